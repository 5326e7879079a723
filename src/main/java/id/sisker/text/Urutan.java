package id.sisker.text;

/**
 * Labels of ordered lists in naskah dinas: letters for Dasar ("a.", "b.", … "z.", "aa."), numbers
 * for Untuk and Tembusan, and the ordinal words of the diktum of a keputusan (KESATU, KEDUA, …).
 */
public final class Urutan {

  private Urutan() {}

  /** The 1-based {@code i}-th letter label: a, b, … z, aa, ab, … */
  public static String huruf(int i) {
    if (i < 1) {
      throw new IllegalArgumentException("from 1: " + i);
    }
    StringBuilder b = new StringBuilder();
    int n = i;
    while (n > 0) {
      n--;
      b.insert(0, (char) ('a' + n % 26));
      n /= 26;
    }
    return b.toString();
  }

  /** The ordinal word of a diktum: 1 → KESATU, 2 → KEDUA, 12 → KEDUA BELAS. */
  public static String diktum(int i) {
    if (i < 1) {
      throw new IllegalArgumentException("from 1: " + i);
    }
    String w = i == 1 ? "SATU" : Terbilang.kata(i).toUpperCase(java.util.Locale.ROOT);
    return "KE" + w;
  }
}
