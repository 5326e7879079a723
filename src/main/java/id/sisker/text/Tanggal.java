package id.sisker.text;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Dates the way naskah dinas write them (Permendagri 1/2023 practice): "1 Maret 2024", no leading
 * zero, the month by name; some regulations print the month in capitals ("30 NOVEMBER 2023").
 */
public final class Tanggal {

  private static final String[] BULAN = {
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember"
  };

  private Tanggal() {}

  /** The month name, 1 = Januari. */
  public static String bulan(int month) {
    return BULAN[month - 1];
  }

  /** "1 Maret 2024". */
  public static String format(LocalDate d) {
    return d.getDayOfMonth() + " " + bulan(d.getMonthValue()) + " " + d.getYear();
  }

  /** "1 MARET 2024": the month in capitals, as some regulation texts print it. */
  public static String formatKapital(LocalDate d) {
    return d.getDayOfMonth()
        + " "
        + bulan(d.getMonthValue()).toUpperCase(Locale.ROOT)
        + " "
        + d.getYear();
  }

  /** "1 Maret 2024 s.d. 30 Juni 2024". */
  public static String rentang(LocalDate mulai, LocalDate selesai) {
    return format(mulai) + " s.d. " + format(selesai);
  }

  /**
   * How long the period from {@code mulai} to {@code selesai} (both included) lasts, in the largest
   * whole unit that fits exactly: "1 (satu) tahun", "4 (empat) bulan", "4 (empat) minggu", "26 (dua
   * puluh enam) hari".
   */
  public static String lamanya(LocalDate mulai, LocalDate selesai) {
    if (selesai.isBefore(mulai)) {
      throw new IllegalArgumentException("selesai before mulai: " + mulai + " " + selesai);
    }
    LocalDate end = selesai.plusDays(1);
    long months = ChronoUnit.MONTHS.between(mulai, end);
    if (months > 0 && mulai.plusMonths(months).equals(end)) {
      return months % 12 == 0
          ? Terbilang.bilangan(months / 12) + " tahun"
          : Terbilang.bilangan(months) + " bulan";
    }
    long days = ChronoUnit.DAYS.between(mulai, end);
    if (days % 7 == 0) {
      return Terbilang.bilangan(days / 7) + " minggu";
    }
    return Terbilang.bilangan(days) + " hari";
  }
}
