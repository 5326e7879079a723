package id.sisker.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one rule-id glob agrees with the regular expression the three copies used to build. */
class RulePatternTest {

  @Test
  void examples() {
    assertTrue(RulePattern.matches("*", "kedudukan.atasan-wajib"));
    assertTrue(RulePattern.matches("kedudukan.*", "kedudukan.atasan-wajib"));
    assertTrue(RulePattern.matches("*.atasan-*", "kedudukan.atasan-wajib"));
    assertTrue(RulePattern.matches("tim.ketua", "tim.ketua"));
    assertFalse(RulePattern.matches("tim.ketua", "tim.ketua-wajib"));
    assertFalse(RulePattern.matches("tim.k?tua", "tim.ketua"), "? is no wildcard");
    assertFalse(RulePattern.matches("", "x"));
    assertTrue(RulePattern.matches("", ""));
  }

  @Test
  void agreesWithTheOldRegexOnSeededPatterns() {
    Random r = new Random(42);
    String alphabet = "ab.-*?[";
    for (int n = 0; n < 20_000; n++) {
      String p = random(r, alphabet, 6);
      String s = random(r, "ab.-?[", 8);
      boolean old = s.matches(Pattern.quote(p).replace("*", "\\E.*\\Q"));
      assertEquals(old, RulePattern.matches(p, s), p + " vs " + s);
    }
  }

  private static String random(Random r, String alphabet, int max) {
    StringBuilder b = new StringBuilder();
    for (int i = r.nextInt(max + 1); i > 0; i--) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
