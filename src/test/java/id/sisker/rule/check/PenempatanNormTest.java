package id.sisker.rule.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The name comparison of placements reads names exactly as its former regex did. */
class PenempatanNormTest {

  private static String byRegex(String s) {
    return s.toLowerCase(Locale.ROOT).replace('.', ' ').replaceAll("\\s+", " ").strip();
  }

  @Test
  void sameAsTheRegexOnSeededNames() {
    char[] alphabet = {
      'a', 'B', 'z', ' ', '.', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '\u001C', 'É',
      'İ', '&', '-', '1'
    };
    Random r = new Random(20261206);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(24);
      for (int i = 0; i < len; i++) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      assertEquals(
          byRegex(s), PenempatanCheck.norm(s), () -> "for " + s.codePoints().boxed().toList());
    }
    assertEquals("kepala sub bagian umum", PenempatanCheck.norm("  Kepala  Sub.Bagian\tUMUM. "));
  }
}
