package id.sisker.model;

import java.util.Optional;

/**
 * The Bupati or Wali Kota, who heads the daerah and is nobody's subordinate in the peta jabatan.
 */
public record KepalaDaerah(
    String sebutan,
    Optional<String> nama,
    Optional<String> gelarDepan,
    Optional<String> gelarBelakang,
    StatusJabatan status) {}
