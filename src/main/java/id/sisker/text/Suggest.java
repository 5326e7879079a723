package id.sisker.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * "Did you mean …" for misspelt keys and ids: the known names closest to what was written, by
 * Damerau–Levenshtein distance on lower case, plus names that contain it or that it contains.
 */
public final class Suggest {

  private Suggest() {}

  /**
   * Up to {@code max} candidates close enough to {@code wrong} to be worth suggesting, best first.
   */
  public static List<String> closest(String wrong, Collection<String> known, int max) {
    String w = wrong.toLowerCase(Locale.ROOT);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    Rows rows = new Rows();
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      int limit = Math.max(1, Math.min(w.length(), kl.length()) / 3);
      boolean contains = w.length() >= 3 && (kl.contains(w) || w.contains(kl) && kl.length() >= 3);
      if (!contains && Math.abs(w.length() - kl.length()) > limit) {
        continue; // the distance is at least the difference in length
      }
      // Only a distance up to the limit is used (the score of a containing name is capped there):
      // a broken reference in a daerah of 100,000 jabatan compares with each of them.
      int d = distanceAtMost(w, kl, limit, rows);
      if (d <= limit || contains) {
        scored.add(new Scored(k, contains ? Math.min(d, limit) : d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    return scored.stream().limit(max).map(Scored::name).toList();
  }

  /** The single nearest candidate, if any is near enough. */
  public static java.util.Optional<String> best(String wrong, Collection<String> known) {
    return closest(wrong, known, 1).stream().findFirst();
  }

  /** Three rows of the distance table, grown as needed and reused across candidates. */
  private static final class Rows {
    int[] prev2 = new int[0];
    int[] prev = new int[0];
    int[] cur = new int[0];
    char[] a = new char[0];
    char[] b = new char[0];

    void fit(int m) {
      if (cur.length < m + 2) {
        prev2 = new int[m + 2];
        prev = new int[m + 2];
        cur = new int[m + 2];
      }
    }

    /** The characters of {@code a} and {@code b} in arrays (charAt under C1 was half the cost). */
    void load(String x, String y) {
      if (a.length < x.length()) {
        a = new char[Math.max(x.length(), 2 * a.length)];
      }
      if (b.length < y.length()) {
        b = new char[Math.max(y.length(), 2 * b.length)];
      }
      x.getChars(0, x.length(), a, 0);
      y.getChars(0, y.length(), b, 0);
    }
  }

  /**
   * {@link #distance(String, String)} when it is at most {@code limit}, else {@code limit + 1}:
   * only the band of the table within {@code limit} of the diagonal is filled, and the work stops
   * once two rows in a row exceed the limit (every later cell is then above it as well).
   */
  static int distanceAtMost(String a, String b, int limit) {
    return distanceAtMost(a, b, limit, new Rows());
  }

  private static int distanceAtMost(String a, String b, int limit, Rows rows) {
    int n = a.length();
    int m = b.length();
    int big = limit + 1;
    if (Math.abs(n - m) > limit) {
      return big;
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    rows.fit(m);
    rows.load(a, b);
    char[] ac = rows.a;
    char[] bc = rows.b;
    int[] prev2 = rows.prev2;
    int[] prev = rows.prev;
    int[] cur = rows.cur;
    for (int j = 0; j <= m; j++) {
      prev[j] = Math.min(j, big);
    }
    if (m + 1 < prev.length) {
      prev[m + 1] = big;
    }
    int prevMin = 0;
    for (int i = 1; i <= n; i++) {
      int lo = Math.max(1, i - limit);
      int hi = Math.min(m, i + limit);
      cur[0] = Math.min(i, big);
      cur[lo - 1] = lo > 1 ? big : cur[0];
      int rowMin = cur[lo - 1];
      char ai = ac[i - 1];
      for (int j = lo; j <= hi; j++) {
        char bj = bc[j - 1];
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (ai == bj ? 0 : 1));
        if (i > 1 && j > 1 && ai == bc[j - 2] && ac[i - 2] == bj) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        v = Math.min(v, big);
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (hi < m) {
        cur[hi + 1] = big;
      }
      if (rowMin > limit && prevMin > limit) {
        return big;
      }
      prevMin = rowMin;
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], big);
  }

  /** Optimal-string-alignment distance (adjacent transpositions count as one edit). */
  public static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }
}
