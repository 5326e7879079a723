/**
 * The DOT writer: a {@code Graph} as Graphviz source, every label an HTML-like label with each
 * character escaped. Imports the diagram model only.
 */
package id.sisker.diagram.dot;
