package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bugs found by the loader tests, each pinned where it was found. */
class LoaderRegressionTest {

  @TempDir Path dir;

  /**
   * snakeyaml's StreamReader copied its whole look-ahead window on every 1 KiB read, so a single
   * value without spaces took time quadratic in its length: 8 MB took 25 s, 30 MB (within the
   * default 32 MiB limit) many minutes.
   */
  @Test
  void aLongValueWithoutSpacesIsReadInLinearTime() {
    String text = Fixtures.HEADER + "catatan: " + "a".repeat(30 * 1024 * 1024) + "\n";
    Fixtures.write(dir, "daerah.yaml", text);
    InProcess.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> InProcess.validate(dir, "daerah.yaml"));
    InProcess.assertWellFormed(r);
    assertEquals(List.of("yaml.kunci-tak-dikenal"), r.rules(), r.all());
    assertEquals("daerah.yaml:12:1", r.lines().get(0).position());
  }

  /** A control character used to be reported at 1:1 whatever line it was on. */
  @Test
  void aControlCharacterIsReportedWhereItIs() {
    Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "catatan: a\u001bb\n");
    InProcess.Result r = InProcess.validate(dir, "daerah.yaml");
    InProcess.assertWellFormed(r);
    assertEquals(2, r.exit());
    assertEquals(List.of("yaml.sintaks"), r.rules(), r.all());
    assertEquals("daerah.yaml:12:11", r.lines().get(0).position());
  }

  /**
   * An integer beyond int but within long (kebutuhan has no maximum) passed the range check, then
   * crashed Obj.integer with NumberFormatException: exit 3, "internal error".
   */
  @Test
  void anIntegerBeyondIntIsAFindingNotACrash() {
    Fixtures.write(
        dir, "daerah.yaml", Fixtures.CLEAN.replace("kebutuhan: 2", "kebutuhan: 99999999999"));
    InProcess.Result r = InProcess.validate(dir, "daerah.yaml");
    InProcess.assertWellFormed(r);
    assertEquals(1, r.exit(), r.all());
    assertEquals(List.of("yaml.nilai"), r.rules(), r.all());
    assertEquals("daerah.yaml:42:24", r.lines().get(0).position());
  }

  /**
   * A malformed glob ("{", "[") threw PatternSyntaxException and a path with a NUL character
   * InvalidPathException out of Inputs.expand: exit 3. Each names no file, so it is reported as
   * such. On Windows every glob crashed the same way, since "*" is no legal path character.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\"{\"", "\"[\"", "\"a\\0b.yaml\"", "\"*.{yaml\""})
  void aMalformedIncludeIsAFindingNotACrash(String entry) {
    Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "sertakan: [" + entry + "]\n");
    InProcess.Result r = InProcess.validate(dir, "daerah.yaml");
    InProcess.assertWellFormed(r);
    assertEquals(1, r.exit(), r.all());
    assertEquals(List.of("sertakan.tidak-cocok"), r.rules(), r.all());
    assertEquals("daerah.yaml:12:12", r.lines().get(0).position());
  }

  /** "daerah:" with no value passed the root test, built nothing, and exited 2 with no finding. */
  @ParameterizedTest
  @ValueSource(strings = {"daerah:\n", "daerah: ~\n", "daerah: null\n"})
  void anEmptyDaerahIsNotARootFile(String daerah) {
    Fixtures.write(dir, "daerah.yaml", "sisker: 1\n" + daerah);
    InProcess.Result r = InProcess.validate(dir, "daerah.yaml");
    InProcess.assertWellFormed(r);
    assertEquals(2, r.exit(), r.all());
    assertEquals(List.of("masukan.bukan-akar"), r.rules(), r.all());
  }

  /**
   * A daerah mapping with a missing or invalid nama, jenis or profil built no model: exit 2 and
   * "tidak dapat dibaca" for a file that was read, every other problem in it left unreported.
   * docs/adr/0004: problems of form are ordinary errors, exit 1, and loading goes on.
   */
  @ParameterizedTest
  @MethodSource("badIdentities")
  void aDaerahWithABadIdentityIsStillChecked(String from, String to, List<String> rules) {
    String text = Fixtures.CLEAN.replace(from, to).replace("kelas: 11", "kelas: 18");
    Fixtures.write(dir, "daerah.yaml", text);
    InProcess.Result r = InProcess.validate(dir, "daerah.yaml");
    InProcess.assertWellFormed(r);
    assertEquals(1, r.exit(), r.all());
    List<String> expected = new ArrayList<>(rules);
    expected.add("jabatan.kelas"); // the rest of the file is still checked
    assertEquals(
        expected.stream().sorted().toList(), r.rules().stream().sorted().toList(), r.all());
  }

  static Stream<Arguments> badIdentities() {
    return Stream.of(
        Arguments.of("jenis: kabupaten", "jenis: kotamadya", List.of("yaml.nilai")),
        Arguments.of(
            "  nama: Kabupaten Contoh\n",
            "  nma: Kabupaten Contoh\n",
            List.of("yaml.kunci-tak-dikenal", "yaml.wajib")),
        Arguments.of("  profil: permenpanrb-7-2022\n", "", List.of("yaml.wajib")));
  }

  /**
   * A root key in an included file was reported at its value, which for a mapping is the line after
   * the key; the finding is about the key.
   */
  @Test
  void aRootKeyInAnIncludedFileIsReportedAtTheKey() {
    Fixtures.write(dir, "daerah.yaml", Fixtures.HEADER + "sertakan: [lain.yaml]\n");
    Fixtures.write(dir, "lain.yaml", "pegawai: []\ndaerah:\n  nama: Kabupaten Lain\n");
    InProcess.Result r = InProcess.validate(dir, ".");
    InProcess.assertWellFormed(r);
    assertEquals(List.of("sertakan.kunci-akar"), r.rules(), r.all());
    assertEquals("lain.yaml:2:1", r.lines().get(0).position());
  }

  /**
   * The position of a bad byte was counted on raw bytes: a UTF-8 byte-order mark took a column and
   * a lone CR did not end a line, while every other finding (counted by the YAML reader) did the
   * opposite, so one file could have two numberings.
   */
  @ParameterizedTest
  @MethodSource("badBytes")
  void aBadByteIsPlacedAsTheYamlReaderCountsLines(byte[] content, String where) {
    Fixtures.write(dir, "daerah.yaml", content);
    InProcess.Result r = InProcess.validate(dir, "daerah.yaml");
    assertEquals(1, r.lines().size(), r.all());
    assertEquals(where, r.lines().get(0).position() + " " + r.lines().get(0).rule(), r.all());
  }

  static Stream<Arguments> badBytes() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    return Stream.of(
        Arguments.of(
            bytes(bom, "sisker: 1\ncaf", new byte[] {(byte) 0xe9}),
            "daerah.yaml:2:4 berkas.bukan-utf8"),
        Arguments.of(
            bytes(bom, "ab", new byte[] {(byte) 0xe9}), "daerah.yaml:1:3 berkas.bukan-utf8"),
        Arguments.of(
            bytes(new byte[0], "a: 1\rb: 2\r\nc: x", new byte[] {0}),
            "daerah.yaml:3:5 berkas.biner"),
        Arguments.of(
            bytes(new byte[0], "a: 1\r", new byte[] {(byte) 0xff}),
            "daerah.yaml:2:1 berkas.bukan-utf8"),
        Arguments.of(
            bytes(new byte[0], "a: \u00e9\u20ac", new byte[] {(byte) 0xc3}),
            "daerah.yaml:1:6 berkas.bukan-utf8"));
  }

  private static byte[] bytes(byte[] head, String text, byte[] tail) {
    byte[] t = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = new byte[head.length + t.length + tail.length];
    System.arraycopy(head, 0, out, 0, head.length);
    System.arraycopy(t, 0, out, head.length, t.length);
    System.arraycopy(tail, 0, out, head.length + t.length, tail.length);
    return out;
  }
}
