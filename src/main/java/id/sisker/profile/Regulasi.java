package id.sisker.profile;

import java.time.LocalDate;
import java.util.Optional;

/** The regulation a profile encodes. */
public record Regulasi(
    String judul, String singkatan, Optional<LocalDate> ditetapkan, Optional<LocalDate> berlaku) {}
