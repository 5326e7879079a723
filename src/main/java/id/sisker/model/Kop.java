package id.sisker.model;

import java.util.Optional;

/** The letterhead data of a perangkat daerah or unit (Permendagri 1/2023 on tata naskah dinas). */
public record Kop(
    String alamat,
    Optional<String> kodePos,
    Optional<String> telepon,
    Optional<String> faksimile,
    Optional<String> email,
    Optional<String> laman) {}
