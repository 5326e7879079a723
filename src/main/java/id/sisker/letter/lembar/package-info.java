/**
 * Assignments from a spreadsheet (XLSX or CSV) with Indonesian column headers, and the template
 * sheet; the only importer of fastexcel and commons-csv. Imports model, finding, source and text.
 */
package id.sisker.letter.lembar;
