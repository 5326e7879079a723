package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.report.OutputFormat;
import id.sisker.testing.Cli;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One registry of report formats feeds --format, its help, completion and the usage error. */
class OutputFormatRegistryTest {

  private static final String NAMES = String.join(", ", OutputFormat.names());

  @Test
  void everyFormatHasAWriterOfItsName() {
    for (OutputFormat f : OutputFormat.values()) {
      assertEquals(f.id(), f.create(false).name());
      assertEquals(f, OutputFormat.of(f.id()).orElseThrow());
    }
    assertEquals("text", OutputFormat.names().get(0), "the first format is the default");
    assertTrue(OutputFormat.of("xml").isEmpty());
  }

  @Test
  void helpListsTheRegisteredFormatsInBothLanguages() {
    for (String lang : List.of("id", "en")) {
      String help = Cli.run("--lang", lang, "validate", "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains(NAMES), lang + ": " + help);
    }
  }

  @Test
  void anUnknownFormatListsTheRegisteredOnes() {
    Cli.Run r = Cli.run("validate", "--format", "xml", "examples/pekanbaru");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains(NAMES), r.err());
  }

  @Test
  void completionOffersTheRegisteredFormats() {
    String script = Cli.run("completion", "bash").out();
    assertTrue(
        script.contains("(\"" + String.join("\" \"", OutputFormat.names()) + "\") # --format"),
        "bash completion lacks the --format values");
  }
}
