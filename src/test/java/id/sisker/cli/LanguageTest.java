package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One language at a time: --lang is checked, defaults from the environment, and covers picocli's
 * and snakeyaml's own words.
 */
class LanguageTest {

  private static final String BERSIH = "src/test/resources/cli/bersih";
  private static final Path WD = Path.of("").toAbsolutePath();

  private static Cli.Run run(Map<String, String> env, String... args) {
    return Cli.run(WD, env, false, args);
  }

  @Test
  void anUnknownLanguageIsAUsageErrorListingTheChoices() {
    Cli.Run r = run(Map.of(), "--lang", "fr", "validate", BERSIH);
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out());
    assertTrue(r.err().contains("nilai tidak sah untuk --lang: 'fr'; pilihan: id, en"), r.err());
    r = run(Map.of(), "--lang", "eb", "validate", BERSIH);
    assertTrue(r.err().contains("maksud Anda: en?"), r.err());
  }

  @Test
  void anyCaseIsAccepted() {
    Cli.Run r = run(Map.of(), "--lang", "EN", "validate", BERSIH);
    assertEquals(ExitCodes.CLEAN, r.exit(), r.err());
    assertTrue(r.out().contains("Summary"), r.out());
  }

  @Test
  void theDefaultComesFromSiskerLangThenTheLocale() {
    assertTrue(run(Map.of("SISKER_LANG", "en"), "validate", BERSIH).out().contains("Summary"));
    assertTrue(run(Map.of("LANG", "en_US.UTF-8"), "validate", BERSIH).out().contains("Summary"));
    assertTrue(run(Map.of("LC_ALL", "en_GB"), "validate", BERSIH).out().contains("Summary"));
    assertTrue(run(Map.of("LANG", "id_ID.UTF-8"), "validate", BERSIH).out().contains("Ringkasan"));
    assertTrue(run(Map.of("LANG", "C.UTF-8"), "validate", BERSIH).out().contains("Ringkasan"));
    assertTrue(
        run(Map.of("SISKER_LANG", "id", "LANG", "en_US"), "validate", BERSIH)
            .out()
            .contains("Ringkasan"));
    assertTrue(
        run(Map.of("SISKER_LANG", "en"), "--lang", "id", "validate", BERSIH)
            .out()
            .contains("Ringkasan"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validat src",
        "validate --bogus src",
        "validate",
        "validate --format",
        "validate --fail-on warnig src",
        "validate --max-file-size abc src",
        "validate --fail-on error --fail-on never src"
      })
  void picocliUsageErrorsAreInIndonesian(String line) {
    Cli.Run r = run(Map.of(), line.split(" ", 0));
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.err());
    for (String english :
        List.of(
            "Unknown option",
            "Unmatched argument",
            "Missing required",
            "Did you mean",
            "Invalid value",
            "should be specified only once",
            "expected one of")) {
      assertFalse(r.err().contains(english), r.err());
    }
    assertTrue(r.err().startsWith("Pemakaian salah: "), r.err());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: [1, 2",
        "a:\n  b: 1\n c: 2",
        "a: b: c",
        "a: @x",
        "a: \"\\q\"",
        "{a: 1",
        "a: \"x",
        "a:\n  - b\n  c: 1",
        "a:\n\t- b"
      })
  void snakeyamlProblemsAreInIndonesian(String yaml, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s.yaml"), yaml + "\n");
    Cli.Run r = Cli.run(dir, Map.of(), false, "validate", "s.yaml");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out());
    for (String english :
        List.of(
            "expected",
            "but found",
            "but got",
            "found character",
            "end of stream",
            "<block",
            "could not find",
            "did not find",
            "while scanning",
            "found unknown")) {
      assertFalse(r.out().contains(english), r.out());
    }
  }
}
