/**
 * The peta jabatan as a table: the B/K recap of a daerah, a perangkat daerah or a unit, and the
 * semantic difference between two loaded versions of a daerah. Values only; spreadsheet and JSON
 * writers live in the sub-packages. May import model, finding, source and text.
 */
package id.sisker.peta;
