/**
 * The self-contained HTML page of a diagram (the SVG inline, a legend and the findings with
 * file:line:col) and the index page of a batch; every text escaped, worded with the bundles.
 */
package id.sisker.diagram.html;
