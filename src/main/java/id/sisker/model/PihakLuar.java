package id.sisker.model;

import java.util.Optional;

/** Someone from outside the daerah (lintas instansi), known only as far as letters need. */
public record PihakLuar(
    String id,
    String nama,
    Optional<String> gelarDepan,
    Optional<String> gelarBelakang,
    Optional<String> nip,
    String instansi,
    Optional<String> jabatan,
    Optional<String> unit) {}
