/**
 * The self-contained HTML page of a diagram: the SVG inline, a legend and the findings with
 * file:line:col, every text escaped. Imports the diagram model only.
 */
package id.sisker.diagram.html;
