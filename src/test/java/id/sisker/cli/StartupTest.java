package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A run builds only the part of the command tree it needs (ADR 0070), and what the user sees is the
 * same as with the whole tree.
 */
class StartupTest {

  private static final List<String> ALL = List.copyOf(Main.SUBCOMMANDS.keySet());

  @Test
  void eachSubcommandIsRegisteredUnderItsOwnName() {
    for (Map.Entry<String, Class<?>> e : Main.SUBCOMMANDS.entrySet()) {
      assertEquals(e.getKey(), e.getValue().getAnnotation(Command.class).name(), e.getKey());
    }
    assertEquals(
        List.of(
            "validate",
            "rules",
            "explain",
            "profiles",
            "schema",
            "diagram",
            "surat",
            "rekap",
            "beda",
            "impor",
            "help",
            "completion",
            "man"),
        ALL,
        "the order sisker --help lists them in");
  }

  @Test
  void aRunNamingOneCommandBuildsOnlyThatOne() {
    assertEquals(List.of("validate"), Main.needed(new String[] {"validate", "x"}));
    assertEquals(
        List.of("diagram"), Main.needed(new String[] {"--lang", "en", "--debug", "diagram", "x"}));
    assertEquals(List.of("rekap"), Main.needed(new String[] {"--lang=id", "rekap", "--help"}));
    assertEquals(List.of(), Main.needed(new String[] {"--version"}));
    assertEquals(List.of(), Main.needed(new String[] {"-V", "--lang", "en"}));
  }

  @Test
  void runsAboutTheWholeTreeOrAnUnknownCommandBuildItAll() {
    for (String[] args :
        new String[][] {
          {},
          {"--help"},
          {"-h", "validate"},
          {"-V", "-h"},
          {"help", "validate"},
          {"completion", "bash"},
          {"man"},
          {"validat", "x"},
          {"--", "validate"},
          {"--lang", "en"}
        }) {
      assertEquals(ALL, Main.needed(args), String.join(" ", args));
    }
  }

  @Test
  void aCommandsHelpIsTheSameAloneAsInTheWholeTree() {
    for (String lang : new String[] {"id", "en"}) {
      CommandLine whole = Main.commandLine(new Main(), lang);
      for (String name : ALL) {
        CommandLine alone = Main.commandLine(new Main(), lang, List.of(name));
        assertEquals(
            whole.getSubcommands().get(name).getUsageMessage(),
            alone.getSubcommands().get(name).getUsageMessage(),
            name + " " + lang);
      }
    }
  }

  @Test
  void usageErrorsReadTheSameAsBefore() {
    Cli.Run r = Cli.run("validate", "--bogus", "examples/indragiri-hilir");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("--bogus"), r.err());
    assertTrue(r.err().contains("sisker validate --help"), r.err());
    Cli.Run typo = Cli.run("validat", "examples/indragiri-hilir");
    assertEquals(ExitCodes.UNUSABLE, typo.exit());
    assertTrue(
        typo.err().contains("validate"), "did you mean lists the real command: " + typo.err());
  }

  @Test
  void versionOnlyIsRecognisedExactly() {
    assertTrue(Main.versionOnly(new String[] {"--version"}));
    assertTrue(Main.versionOnly(new String[] {"-V"}));
    assertTrue(Main.versionOnly(new String[] {"--lang", "EN", "--version", "--debug"}));
    assertTrue(Main.versionOnly(new String[] {"--lang=id", "-V"}));
    assertFalse(Main.versionOnly(new String[] {}));
    assertFalse(Main.versionOnly(new String[] {"-V", "-V"}));
    assertFalse(Main.versionOnly(new String[] {"--lang", "fr", "--version"}));
    assertFalse(Main.versionOnly(new String[] {"--lang"}));
    assertFalse(Main.versionOnly(new String[] {"--version", "validate"}));
    assertFalse(Main.versionOnly(new String[] {"-hV"}));
  }

  @Test
  void theQuickVersionIsWhatPicocliPrints() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    Main.commandLine(new Main(), "id")
        .printVersionHelp(new PrintStream(b, true, StandardCharsets.UTF_8));
    String picocli = b.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    Cli.Run quick = Cli.run("--version");
    assertEquals(ExitCodes.CLEAN, quick.exit());
    assertEquals(picocli, quick.out().replace(System.lineSeparator(), "\n"));
    assertTrue(quick.out().startsWith("sisker "), quick.out());
    assertEquals(quick.out(), Cli.run("--lang", "en", "-V").out());
  }
}
