package id.sisker.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The parts of an 18-digit NIP (Peraturan Kepala BKN 22/2007): birth date (digits 1–8), TMT CPNS
 * year and month (9–14), sex (15), sequence (16–18). An NI PPPK has the same shape, but the meaning
 * of digits 13–14 is not settled, so only the year of digits 9–12 is read for PPPK.
 */
public record Nip(String digits) {

  public Nip {
    if (!eighteenDigits(digits)) {
      throw new IllegalArgumentException("not 18 digits: " + digits);
    }
  }

  /** Drops an {@code NIP.} prefix, spaces and dots, the ways an NIP is commonly written. */
  public static String normalise(String written) {
    String s = written.strip();
    if (s.regionMatches(true, 0, "NIP", 0, 3)) {
      s = s.substring(3);
    }
    // By hand, not replaceAll: this runs for every NIP of a daerah (100,000 at provincial scale).
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      // Dots and what the regex \\s matched: space and \\t to \\r.
      boolean drop = c == '.' || c == ' ' || c >= '\t' && c <= '\r';
      if (drop && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!drop && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static boolean eighteenDigits(String d) {
    if (d.length() != 18) {
      return false;
    }
    for (int i = 0; i < 18; i++) {
      char c = d.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The NIP if {@code written} normalises to 18 digits. */
  public static Optional<Nip> parse(String written) {
    String d = normalise(written);
    return eighteenDigits(d) ? Optional.of(new Nip(d)) : Optional.empty();
  }

  /** Digits 1–8 as a date, if they are one. */
  public Optional<LocalDate> tanggalLahir() {
    try {
      return Optional.of(LocalDate.of(num(0, 4), num(4, 6), num(6, 8)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Digits 9–12: the year of the first appointment. */
  public int tahunPengangkatan() {
    return num(8, 12);
  }

  /** Digits 13–14: the month of TMT CPNS (PNS only). */
  public int bulanPengangkatan() {
    return num(12, 14);
  }

  /** Digit 15: 1 for male, 2 for female. */
  public int kodeJenisKelamin() {
    return num(14, 15);
  }

  /** Digits 16–18. */
  public int urutan() {
    return num(15, 18);
  }

  /** The sex digit 15 encodes, if it is 1 or 2. */
  public Optional<JenisKelamin> jenisKelamin() {
    return switch (kodeJenisKelamin()) {
      case 1 -> Optional.of(JenisKelamin.L);
      case 2 -> Optional.of(JenisKelamin.P);
      default -> Optional.empty();
    };
  }

  /** The grouping used on letters: {@code 19780406 200501 1 009}. */
  public String display() {
    return digits.substring(0, 8)
        + " "
        + digits.substring(8, 14)
        + " "
        + digits.charAt(14)
        + " "
        + digits.substring(15);
  }

  /** The number digits {@code from}–{@code to} spell, read in place (no substring). */
  private int num(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (digits.charAt(i) - '0');
    }
    return n;
  }

  @Override
  public String toString() {
    return digits;
  }
}
