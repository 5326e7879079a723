/**
 * The recap as an XLSX workbook (fastexcel, streaming, deterministic bytes). The only importer of
 * fastexcel; may import peta.
 */
package id.sisker.peta.xlsx;
