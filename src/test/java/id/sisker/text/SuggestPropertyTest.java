package id.sisker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The banded, early-stopping distance gives what the full table gives wherever it matters (up to
 * the limit), so "did you mean" suggests exactly what it did before it was made fast.
 */
class SuggestPropertyTest {

  private static String word(Random r, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(maxLength + 1);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  /** A neighbour of {@code w}: a few random edits, transpositions included. */
  private static String edited(Random r, String w, String alphabet) {
    StringBuilder b = new StringBuilder(w);
    int edits = r.nextInt(5);
    for (int e = 0; e < edits; e++) {
      int at = b.length() == 0 ? 0 : r.nextInt(b.length());
      switch (r.nextInt(4)) {
        case 0 -> b.insert(at, alphabet.charAt(r.nextInt(alphabet.length())));
        case 1 -> {
          if (b.length() > 0) {
            b.deleteCharAt(at);
          }
        }
        case 2 -> {
          if (b.length() > 0) {
            b.setCharAt(at, alphabet.charAt(r.nextInt(alphabet.length())));
          }
        }
        default -> {
          if (at + 1 < b.length()) {
            char c = b.charAt(at);
            b.setCharAt(at, b.charAt(at + 1));
            b.setCharAt(at + 1, c);
          }
        }
      }
    }
    return b.toString();
  }

  @Test
  void theBoundedDistanceIsTheFullOneUpToItsLimit() {
    Random r = new Random(20261206);
    String alphabet = "abcde-";
    for (int n = 0; n < 50_000; n++) {
      String a = word(r, alphabet, 14);
      String b = r.nextBoolean() ? edited(r, a, alphabet) : word(r, alphabet, 14);
      int limit = r.nextInt(6);
      int full = Suggest.distance(a, b);
      assertEquals(
          Math.min(full, limit + 1),
          Suggest.distanceAtMost(a, b, limit),
          () -> a + " / " + b + " limit " + limit);
    }
  }

  /** The suggestion as it was computed before: the full distance of every candidate. */
  private static List<String> before(String wrong, Collection<String> known, int max) {
    String w = wrong.toLowerCase(Locale.ROOT);
    record Scored(String name, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (String k : known) {
      String kl = k.toLowerCase(Locale.ROOT);
      int d = Suggest.distance(w, kl);
      int limit = Math.max(1, Math.min(w.length(), kl.length()) / 3);
      boolean contains = w.length() >= 3 && (kl.contains(w) || w.contains(kl) && kl.length() >= 3);
      if (d <= limit || contains) {
        scored.add(new Scored(k, contains ? Math.min(d, limit) : d));
      }
    }
    scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
    return scored.stream().limit(max).map(Scored::name).toList();
  }

  @Test
  void suggestionsAreTheSameAsWithTheFullDistance() {
    Random r = new Random(88);
    String alphabet = "abcdEFG-/_1";
    for (int n = 0; n < 2_000; n++) {
      List<String> known = new ArrayList<>();
      String seed = word(r, alphabet, 20);
      for (int k = 0; k < 40; k++) {
        known.add(r.nextInt(3) == 0 ? word(r, alphabet, 20) : edited(r, seed, alphabet));
      }
      String wrong = r.nextBoolean() ? edited(r, seed, alphabet) : word(r, alphabet, 20);
      assertEquals(
          before(wrong, known, 3), Suggest.closest(wrong, known, 3), wrong + " in " + known);
    }
  }
}
