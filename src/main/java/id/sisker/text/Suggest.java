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
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      int d = distance(w, kl);
      int limit = Math.max(1, Math.min(w.length(), kl.length()) / 3);
      boolean contains = w.length() >= 3 && (kl.contains(w) || w.contains(kl) && kl.length() >= 3);
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
