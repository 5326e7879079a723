/**
 * SVG and PNG from DOT: the embedded engine (graphviz-java with its J2V8 engine, confined to this
 * package) or a system Graphviz {@code dot} run directly. Imports the JDK and graphviz-java.
 */
package id.sisker.diagram.render;
