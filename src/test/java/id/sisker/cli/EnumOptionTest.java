package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import org.junit.jupiter.api.Test;

/** Enum options accept any case and, when misspelt, list the choices with did-you-mean. */
class EnumOptionTest {

  private static final String INPUT = "examples/indragiri-hilir";

  @Test
  void aMisspeltValueListsTheChoicesWithDidYouMeanInIndonesian() {
    Cli.Run r = Cli.run("validate", "--fail-on", "warnig", INPUT);
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.err());
    assertTrue(r.err().contains("nilai tidak sah untuk --fail-on: 'warnig'"), r.err());
    assertTrue(r.err().contains("pilihan: "), r.err());
    assertTrue(r.err().contains("maksud Anda: warning?"), r.err());
  }

  @Test
  void andInEnglish() {
    Cli.Run r = Cli.run("--lang", "en", "validate", "--fail-on", "warnig", INPUT);
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.err());
    assertTrue(r.err().contains("invalid value for --fail-on: 'warnig'"), r.err());
    assertTrue(r.err().contains("did you mean: warning?"), r.err());
  }

  @Test
  void anyCaseIsAccepted() {
    assertEquals(ExitCodes.CLEAN, Cli.run("validate", "--fail-on", "NEVER", INPUT).exit());
    assertEquals(ExitCodes.CLEAN, Cli.run("validate", "--fail-on", "Never", INPUT).exit());
  }
}
