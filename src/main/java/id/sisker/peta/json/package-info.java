/** The difference between two versions of a daerah as JSON (jackson); may import peta. */
package id.sisker.peta.json;
