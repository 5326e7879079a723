/** The recap as CSV (commons-csv). The only importer of commons-csv; may import peta. */
package id.sisker.peta.csv;
