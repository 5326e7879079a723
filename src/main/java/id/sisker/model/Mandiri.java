package id.sisker.model;

/**
 * Marks a unit kerja mandiri that a jabatan fungsional may head (Puskesmas, satuan pendidikan),
 * with the legal instrument that makes it so.
 */
public record Mandiri(String dasarHukum) {}
