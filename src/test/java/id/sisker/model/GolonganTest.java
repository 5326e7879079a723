package id.sisker.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a written pangkat is matched against its golongan ruang. */
class GolonganTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Penata Muda Tingkat I",
        "Penata Muda Tk. I",
        "Penata Muda Tk.I",
        "Penata Muda Tk I",
        "Penata Muda TK. I",
        "penata muda tk. i",
        "PENATA MUDA TINGKAT I",
        "  Penata  Muda   Tingkat I ",
      })
  void penataMudaTingkatIIsWrittenManyWays(String written) {
    assertTrue(Golongan.III_B.matchesPangkat(written), written);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Penata Muda", "Penata Tingkat I", "Penata Muda Tingkat II", "Penata Muda Tk."})
  void otherPangkatDoNotMatchIIIb(String written) {
    assertFalse(Golongan.III_B.matchesPangkat(written), written);
  }

  @Test
  void penataMudaIsIIIaNotIIIb() {
    assertTrue(Golongan.III_A.matchesPangkat("PENATA MUDA"));
    assertFalse(Golongan.III_A.matchesPangkat("Penata Muda Tk. I"));
  }

  @Test
  void everyPnsGolonganMatchesItsOwnPangkatAndNoOther() {
    for (Golongan g : Golongan.values()) {
      if (g.status() != StatusPegawai.PNS) {
        continue;
      }
      String abbreviated = g.pangkat().replace("Tingkat", "Tk.");
      for (Golongan other : Golongan.values()) {
        boolean same = other == g;
        assertEquals(same, other.matchesPangkat(g.pangkat()), other + " vs " + g.pangkat());
        assertEquals(same, other.matchesPangkat(abbreviated), other + " vs " + abbreviated);
        assertEquals(
            same, other.matchesPangkat(g.pangkat().toUpperCase(java.util.Locale.ROOT)), other + "");
      }
    }
  }

  @Test
  void pppkGolonganHaveNoPangkat() {
    for (Golongan g : Golongan.values()) {
      if (g.status() == StatusPegawai.PPPK) {
        assertEquals(null, g.pangkat(), g.key());
        assertFalse(g.matchesPangkat("Penata"), g.key());
      }
    }
  }
}
