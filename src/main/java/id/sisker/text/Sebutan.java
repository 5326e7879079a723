package id.sisker.text;

import java.util.regex.Pattern;

/**
 * How a person is named on a letter: the NIP in its 8-6-1-3 groups, pangkat with golongan, the name
 * with gelar.
 */
public final class Sebutan {

  private static final Pattern EIGHTEEN = Pattern.compile("[0-9]{18}");

  private Sebutan() {}

  /**
   * An 18-digit NIP or NI PPPK grouped as on letters, {@code 19780406 200501 1 009}; anything else
   * as written.
   */
  public static String nip(String digits) {
    if (!EIGHTEEN.matcher(digits).matches()) {
      return digits;
    }
    return digits.substring(0, 8)
        + " "
        + digits.substring(8, 14)
        + " "
        + digits.charAt(14)
        + " "
        + digits.substring(15);
  }

  /** "Pembina Tingkat I (IV/b)"; a golongan alone (PPPK) as "IX"; a pangkat alone as written. */
  public static String pangkatGolongan(String pangkat, String golongan) {
    boolean p = pangkat != null && !pangkat.isBlank();
    boolean g = golongan != null && !golongan.isBlank();
    if (p && g) {
      return pangkat.strip() + " (" + golongan.strip() + ")";
    }
    return p ? pangkat.strip() : g ? golongan.strip() : "";
  }

  /** "dr. Ani Lestari, M.Kes.": front titles, the name, then back titles after a comma. */
  public static String namaGelar(String depan, String nama, String belakang) {
    StringBuilder b = new StringBuilder();
    if (depan != null && !depan.isBlank()) {
      b.append(depan.strip()).append(' ');
    }
    b.append(nama.strip());
    if (belakang != null && !belakang.isBlank()) {
      b.append(", ").append(belakang.strip());
    }
    return b.toString();
  }
}
