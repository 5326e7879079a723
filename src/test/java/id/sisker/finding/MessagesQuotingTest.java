package id.sisker.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A text without arguments still follows MessageFormat's quoting, as the bundles are written. */
class MessagesQuotingTest {

  @Test
  void quotedBracesOfATextWithoutArgumentsArePrintedAsBraces() {
    for (String lang : new String[] {"id", "en"}) {
      String hint =
          Messages.forLanguage(lang).format(Message.of("organisasi.kepala-unit.fungsional.saran"));
      assertTrue(hint.contains("mandiri: {dasar_hukum: \"...\"}"), hint);
      assertTrue(!hint.contains("'{'") && !hint.contains("'}'"), hint);
    }
  }

  @Test
  void aKeyWithoutTextIsShownAsItself() {
    assertEquals(
        "tidak.ada.{kunci", Messages.forLanguage("id").format(Message.of("tidak.ada.{kunci")));
  }
}
