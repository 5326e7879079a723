package id.sisker.model;

import java.time.LocalDate;
import java.util.Optional;

/** A period of work; routine work may be open-ended within its fiscal year. */
public record Periode(LocalDate mulai, Optional<LocalDate> selesai) {}
