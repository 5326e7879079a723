package id.sisker.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The instrument that sets a team or an assignment: its kind, the position that issues it (or the
 * Kepala Daerah), its number and date.
 */
public record Dasar(
    JenisInstrumen jenis, JabatanId penetap, Optional<String> nomor, Optional<LocalDate> tanggal) {}
