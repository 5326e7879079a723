package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.model.Jabatan;
import id.sisker.source.Span;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code bezetting} key of a jabatan (ADR 84): B written as a number, read as B when no {@code
 * pemangku} are listed; a bad value is reported where it stands and then counts as not written.
 */
class BezettingKeyTest {

  static final Messages ID = Messages.forLanguage("id");
  static final Messages EN = Messages.forLanguage("en");

  /** {@code pkb-muda} (kebutuhan 2) with its one holder replaced by {@code line}. */
  static final String PKB_PEMANGKU = "            pemangku: [\"198803122012122001\"]\n";

  @TempDir Path dir;

  LoadResult load(String text) {
    Fixtures.write(dir, "daerah.yaml", text);
    return new Loader(YamlLimits.DEFAULTS, dir).load(Path.of("daerah.yaml"));
  }

  /** The clean daerah with {@code pkb-muda}'s holders replaced by {@code lines}. */
  static String pkb(String lines) {
    assertTrue(Fixtures.CLEAN.contains(PKB_PEMANGKU));
    return Fixtures.CLEAN.replace(PKB_PEMANGKU, lines);
  }

  static String key(String value) {
    return "            bezetting: " + value + "\n";
  }

  static Jabatan pkbMuda(LoadResult r) {
    return r.daerah().orElseThrow().perangkatDaerah().get(0).jabatan().stream()
        .filter(j -> j.id().id().equals("pkb-muda"))
        .findFirst()
        .orElseThrow();
  }

  /** 1-based line of the first line containing {@code s}. */
  static int line(String text, String s) {
    int at = text.indexOf(s);
    return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  static String where(Finding f) {
    return f.span().map(Span::position).orElse("-") + " " + f.rule().value();
  }

  @Test
  void writtenWithoutHoldersItIsTheBezetting() {
    LoadResult r = load(pkb(key("3")));
    assertEquals(List.of(), r.findings().stream().map(BezettingKeyTest::where).toList());
    Jabatan j = pkbMuda(r);
    assertEquals(List.of(), j.pemangku());
    assertEquals(Optional.of(3), j.bezettingTertulis());
    assertEquals(3, j.bezetting());
    assertTrue(j.bezettingDariKunci());
  }

  @Test
  void withHoldersListedTheHoldersAreCounted() {
    LoadResult r = load(pkb(PKB_PEMANGKU + key("5")));
    assertEquals(List.of(), r.findings().stream().map(BezettingKeyTest::where).toList());
    Jabatan j = pkbMuda(r);
    assertEquals(1, j.bezetting());
    assertEquals(Optional.of(5), j.bezettingTertulis());
    assertFalse(j.bezettingDariKunci());
  }

  @Test
  void anEmptyHolderListLeavesTheWrittenBezetting() {
    Jabatan j = pkbMuda(load(pkb("            pemangku: []\n" + key("2"))));
    assertEquals(2, j.bezetting());
  }

  @Test
  void neitherWrittenIsZero() {
    Jabatan j = pkbMuda(load(pkb("")));
    assertEquals(0, j.bezetting());
    assertEquals(Optional.empty(), j.bezettingTertulis());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "-1         | yaml.nilai | nilai -1 di luar rentang 0\u2013100000",
        "100001     | yaml.nilai | nilai 100001 di luar rentang 0\u2013100000",
        "99999999999| yaml.nilai | bilangan \"99999999999\" tidak dapat dibaca",
        "tiga       | yaml.tipe  | bezetting harus berupa bilangan bulat, tertulis teks",
        "2.5        | yaml.tipe  | bezetting harus berupa bilangan bulat, tertulis bilangan 2.5",
        "\"3\"        | yaml.tipe  | bezetting harus berupa bilangan bulat, tertulis teks",
        "[3]        | yaml.tipe  | bezetting harus berupa bilangan bulat, tertulis daftar"
      })
  void aBadValueIsReportedAtTheValueAndThenNotCounted(String value, String rule, String message) {
    String text = pkb(key(value.strip()));
    LoadResult r = load(text);
    assertEquals(1, r.findings().size(), () -> r.findings().toString());
    Finding f = r.findings().get(0);
    int col = "            bezetting: ".length() + 1;
    assertEquals("daerah.yaml:" + line(text, "bezetting:") + ":" + col + " " + rule, where(f));
    assertEquals(message, ID.format(f.message()));
    assertEquals(
        "perangkat_daerah[dishub].jabatan[pkb-muda].bezetting", f.path().value(), f.toString());
    assertEquals(0, pkbMuda(r).bezetting());
    assertEquals(Optional.empty(), pkbMuda(r).bezettingTertulis());
  }

  @Test
  void overTheMaximumInEnglish() {
    Finding f = load(pkb(key("100001"))).findings().get(0);
    assertEquals("value 100001 is outside 0\u2013100000", EN.format(f.message()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"bezeting", "bezzetting", "Bezetting", "bezettng"})
  void aMisspeltKeySuggestsBezetting(String misspelt) {
    LoadResult r = load(pkb("            " + misspelt + ": 3\n"));
    assertEquals(1, r.findings().size(), () -> r.findings().toString());
    Finding f = r.findings().get(0);
    assertEquals("yaml.kunci-tak-dikenal", f.rule().value());
    assertEquals("maksud Anda \"bezetting\"?", f.hint().map(ID::format).orElse(""));
    assertEquals("did you mean \"bezetting\"?", f.hint().map(EN::format).orElse(""));
    assertEquals(0, pkbMuda(r).bezetting());
  }
}
