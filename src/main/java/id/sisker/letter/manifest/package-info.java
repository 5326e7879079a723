/**
 * The manifest of a {@code sisker surat} run ({@code manifest.csv}, {@code manifest.json}): one row
 * per file written, with its SHA-256. Written with commons-csv and jackson-core.
 */
package id.sisker.letter.manifest;
