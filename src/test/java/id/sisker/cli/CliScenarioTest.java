package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.SchemaExport;
import id.sisker.testing.Cli;
import id.sisker.testing.Golden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exact output and exit codes, run in-process. */
class CliScenarioTest {

  private static final String BERSIH = "src/test/resources/cli/bersih";
  private static final String BERMASALAH = "src/test/resources/cli/bermasalah";
  private static final String PERINGATAN = "src/test/resources/cli/peringatan";

  @Test
  void cleanDaerahExitsZeroWithASummary() {
    Cli.Run r = Cli.run("validate", BERSIH);
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    Golden.assertMatches("cli/validate-bersih.txt", r.out());
    assertEquals("", r.err());
  }

  @Test
  void findingsExitOneInIndonesianByDefault() {
    Cli.Run r = Cli.run("validate", BERMASALAH);
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Golden.assertMatches("cli/validate-bermasalah.id.txt", r.out());
  }

  @Test
  void englishOnRequest() {
    Cli.Run r = Cli.run("validate", "--lang", "en", BERMASALAH);
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Golden.assertMatches("cli/validate-bermasalah.en.txt", r.out());
  }

  @Test
  void jsonForPrograms() {
    Cli.Run r = Cli.run("validate", "--format", "json", BERMASALAH);
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Golden.assertMatches("cli/validate-bermasalah.json", r.out());
  }

  @Test
  void failOnDecidesTheExitCode() {
    assertEquals(ExitCodes.CLEAN, Cli.run("validate", PERINGATAN).exit());
    assertEquals(
        ExitCodes.FINDINGS, Cli.run("validate", "--fail-on", "warning", PERINGATAN).exit());
    assertEquals(ExitCodes.CLEAN, Cli.run("validate", "--fail-on", "never", BERMASALAH).exit());
    assertEquals(
        ExitCodes.FINDINGS, Cli.run("validate", "--fail-on", "WARNING", BERMASALAH).exit());
  }

  @Test
  void severalInputsAreReportedTogether() {
    Cli.Run r = Cli.run("validate", BERSIH, PERINGATAN);
    assertEquals(ExitCodes.CLEAN, r.exit());
    Golden.assertMatches("cli/validate-dua-masukan.txt", r.out());
  }

  @Test
  void missingPathIsUnusableWithOneClearLine() {
    Cli.Run r = Cli.run("validate", "examples/tidak-ada");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    Golden.assertMatches("cli/validate-tidak-ada.txt", r.out());
    assertFalse(r.out().contains("Exception"));
  }

  @Test
  void unknownFormatIsAUsageErrorListingTheValidOnes() {
    Cli.Run r = Cli.run("validate", "--format", "xml", BERSIH);
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("format \"xml\" tidak dikenal; pilihan: text, json"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void misspeltCommandGetsASuggestion() {
    Cli.Run r = Cli.run("valdate", BERSIH);
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("sisker validate"), r.err());
  }

  @Test
  void zeroFileSizeLimitIsRefused() {
    Cli.Run r = Cli.run("validate", "--max-file-size", "0", BERSIH);
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("--max-file-size harus 1 atau lebih"), r.err());
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    Path cwd = Path.of("").toAbsolutePath();
    String plain = Cli.run(cwd, Map.of(), false, "validate", BERMASALAH).out();
    String coloured = Cli.run(cwd, Map.of(), true, "validate", BERMASALAH).out();
    String noColor = Cli.run(cwd, Map.of("NO_COLOR", "1"), true, "validate", BERMASALAH).out();
    assertFalse(plain.contains("\u001b["));
    assertTrue(coloured.contains("\u001b[31m"));
    assertEquals(plain, noColor);
  }

  @Test
  void versionAndHelp() {
    Cli.Run v = Cli.run("--version");
    assertEquals(ExitCodes.CLEAN, v.exit());
    assertTrue(v.out().startsWith("sisker "), v.out());
    Cli.Run h = Cli.run("validate", "--help");
    assertEquals(ExitCodes.CLEAN, h.exit());
    assertTrue(
        h.out().contains("Contoh:") && h.out().contains("sisker validate examples/indragiri-hilir"),
        h.out());
    Cli.Run en = Cli.run("--lang", "en", "--help");
    assertTrue(en.out().contains("Examples:"), en.out());
    Cli.Run none = Cli.run();
    assertEquals(ExitCodes.CLEAN, none.exit());
    assertTrue(none.out().contains("validate"), none.out());
  }

  /**
   * Help speaks one language: no sentence of the other language's bundle leaks in (a key missing
   * from one bundle makes picocli fall back to another).
   */
  @Test
  void helpOfEveryCommandIsInOneLanguage() throws Exception {
    for (String cmd :
        List.of("sisker", "validate", "schema", "rules", "explain", "profiles", "help")) {
      for (String lang : List.of("id", "en")) {
        String other = lang.equals("id") ? "_en" : "";
        List<String> args = new java.util.ArrayList<>(List.of("--lang", lang));
        if (!cmd.equals("sisker")) {
          args.add(cmd);
        }
        args.add("--help");
        String help = Cli.run(args.toArray(String[]::new)).out().replaceAll("\\s+", " ");
        for (String bundle : List.of(cmd, "sisker")) {
          java.util.Properties p = new java.util.Properties();
          try (var in =
              getClass()
                  .getResourceAsStream("/id/sisker/i18n/cli/" + bundle + other + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
          }
          for (String key : p.stringPropertyNames()) {
            String v = p.getProperty(key).replaceAll("%n", " ").replaceAll("\\s+", " ").trim();
            if (v.length() < 25 || v.startsWith("sisker ") || v.contains("{")) {
              continue; // examples and short labels read the same in both languages
            }
            assertFalse(help.contains(v), cmd + " --lang " + lang + " shows " + key + ": " + v);
          }
        }
      }
    }
  }

  @Test
  void schemaIsPrintedAndMatchesTheCommittedCopy() throws Exception {
    Cli.Run r = Cli.run("schema");
    assertEquals(ExitCodes.CLEAN, r.exit());
    assertEquals(SchemaExport.daerahSchema("id"), r.out());
    Path committed = Path.of("docs/schema/sisker-daerah.json");
    if (Golden.updating()) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, r.out(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(committed, StandardCharsets.UTF_8),
        r.out(),
        "docs/schema/sisker-daerah.json is stale: run mvn test -Dgolden.update=true");
  }

  @Test
  void profileSchemaIsPrintedAndMatchesTheCommittedCopy() throws Exception {
    Cli.Run r = Cli.run("schema", "--profil");
    assertEquals(ExitCodes.CLEAN, r.exit());
    assertTrue(r.out().contains("\"extends\""), r.out());
    Path committed = Path.of("docs/schema/sisker-profil.json");
    if (Golden.updating()) {
      Files.writeString(committed, r.out(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(committed, StandardCharsets.UTF_8),
        r.out(),
        "docs/schema/sisker-profil.json is stale: run mvn test -Dgolden.update=true");
  }

  @Test
  void schemaOutputIsNeverOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("out/schema.json");
    Cli.Run first = Cli.run(dir, Map.of(), false, "schema", "--output", "out/schema.json");
    assertEquals(ExitCodes.CLEAN, first.exit(), first.err());
    assertTrue(Files.readString(f).startsWith("{"));
    Files.writeString(f, "punya pengguna");
    Cli.Run second = Cli.run(dir, Map.of(), false, "schema", "--output", "out/schema.json");
    assertEquals(ExitCodes.UNUSABLE, second.exit());
    assertEquals("punya pengguna", Files.readString(f));
    Cli.Run forced =
        Cli.run(dir, Map.of(), false, "schema", "--output", "out/schema.json", "--force");
    assertEquals(ExitCodes.CLEAN, forced.exit());
    assertTrue(Files.readString(f).startsWith("{"));
    try (var s = Files.list(f.getParent())) {
      assertEquals(1, s.count(), "no temporary files left behind");
    }
  }
}
