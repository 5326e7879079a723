package id.sisker.model;

import java.time.LocalDate;
import java.util.Optional;

/** The written answer to a request to involve an employee: agreed, or refused with reasons. */
public record Jawaban(
    Optional<String> nomor,
    Optional<LocalDate> tanggal,
    Optional<JabatanId> dari,
    boolean setuju,
    Optional<String> alasan) {}
