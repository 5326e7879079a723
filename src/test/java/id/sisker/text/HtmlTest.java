package id.sisker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlTest {

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void plainTextIsReturnedAsIs() {
    String s = "Kepala Bidang Lalu Lintas, S.SiT.";
    assertSame(s, Html.escape(s));
  }

  @Test
  void everySpecialCharacterBecomesAReference() {
    assertEquals(
        "&lt;b&gt;R&amp;D &quot;x&quot; &#39;y&#39;&lt;/b&gt;",
        Html.escape("<b>R&D \"x\" 'y'</b>"));
  }

  /** Seeded property: no raw markup character survives, and the text comes back unchanged. */
  @Test
  void escapingRoundTripsAndLeavesNoMarkup() {
    String alphabet = "<>&\"'; ${x}{{y}}\n\t\u00e9\u2014\uD83D\uDE00abc&amp;";
    Random r = new Random(20261206L);
    for (int n = 0; n < 500; n++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      String e = Html.escape(s);
      assertFalse(e.matches("(?s).*[<>\"'].*"), e);
      assertEquals(s, unescape(e), s);
    }
  }
}
