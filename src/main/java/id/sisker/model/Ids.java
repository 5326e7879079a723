package id.sisker.model;

/** Hashing and ordering shared by the two-part ids ({@link JabatanId}, {@link UnitId}). */
final class Ids {

  private Ids() {}

  /**
   * Combines the hashes of the two parts. Not {@code 31 * a + b}: String hashes are themselves
   * polynomials in 31, so ids such as {@code pd1/j10-2} and {@code pd10/…} collided often enough
   * that hash tables of a large daerah degraded into trees.
   */
  static int hash(int a, int b) {
    int h = a * 0x9E3779B1 + b;
    return h ^ (h >>> 16);
  }

  /**
   * Compares {@code a1/a2} with {@code b1/b2} as the written strings would compare (a part that is
   * empty, the Kepala Daerah's perangkat daerah, is written without its slash).
   */
  static int compare(String a1, String a2, String b1, String b2) {
    int la = length(a1, a2);
    int lb = length(b1, b2);
    int n = Math.min(la, lb);
    for (int i = 0; i < n; i++) {
      char x = charAt(a1, a2, i);
      char y = charAt(b1, b2, i);
      if (x != y) {
        return x - y;
      }
    }
    return la - lb;
  }

  private static int length(String first, String second) {
    return first.isEmpty() ? second.length() : first.length() + 1 + second.length();
  }

  private static char charAt(String first, String second, int i) {
    if (first.isEmpty()) {
      return second.charAt(i);
    }
    if (i < first.length()) {
      return first.charAt(i);
    }
    return i == first.length() ? '/' : second.charAt(i - first.length() - 1);
  }
}
