package id.sisker.model;

import java.time.LocalDate;
import java.util.Optional;

/** An official document known by its number and date. */
public record Naskah(Optional<String> nomor, Optional<LocalDate> tanggal) {}
