package id.sisker.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written pattern tests agree with the expressions they replace, on random values. */
class PatternsTest {

  private static final String ALPHABET = "az09_-/AZ.: \n\t\u00e9";

  @Test
  void handWrittenPatternsAgreeWithTheirExpressions() {
    Random r = new Random(20261206);
    for (String regex :
        new String[] {
          DaerahFormat.ID_PATTERN, DaerahFormat.REF_PATTERN, DaerahFormat.DATE_PATTERN
        }) {
      Pattern p = Pattern.compile(regex);
      var test = Patterns.compile(regex);
      for (int i = 0; i < 200_000; i++) {
        String v = value(r);
        assertEquals(p.matcher(v).matches(), test.test(v), regex + " on \"" + v + "\"");
      }
      for (String v :
          new String[] {
            "", "a", "a/", "/a", "a/b", "a//b", "a/b/c", "-a", "2024-01-31", "dishub\n"
          }) {
        assertEquals(p.matcher(v).matches(), test.test(v), regex + " on \"" + v + "\"");
      }
    }
  }

  private static String value(Random r) {
    if (r.nextInt(4) == 0) {
      // Date-shaped values, with an occasional wrong character.
      StringBuilder b =
          new StringBuilder(
              String.format("%04d-%02d-%02d", r.nextInt(3000), r.nextInt(13), r.nextInt(32)));
      if (r.nextBoolean()) {
        b.setCharAt(r.nextInt(b.length()), ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      return b.toString();
    }
    int n = r.nextInt(8);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
    }
    return b.toString();
  }
}
