package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Output a reader can trust: nothing from the data forges a line, drives a terminal or is lost. */
class TrustedOutputTest {

  private static final Path CLEAN = Path.of("src/test/resources/cli/bersih/daerah.yaml");

  @TempDir Path dir;

  @BeforeEach
  void daerah() throws IOException {
    Files.createDirectories(dir.resolve("d"));
    Files.copy(CLEAN, dir.resolve("d/daerah.yaml"));
  }

  private Cli.Run run(String... args) {
    return Cli.run(dir, Map.of(), false, args);
  }

  private void append(String text) throws IOException {
    Path p = dir.resolve("d/daerah.yaml");
    Files.writeString(p, Files.readString(p) + text);
  }

  /** Any character below U+0020 other than a line feed, DEL and C1 controls. */
  private static boolean hasRawControl(String s) {
    return s.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0);
  }

  @Test
  void aKeyCannotForgeACiAnnotationOrDriveTheTerminal() throws IOException {
    append("\"x\\n::error file=forged.yaml,line=1::palsu\\u001b[31m\\u0007\": 1\n");
    for (String format : new String[] {"text", "github"}) {
      Cli.Run r = run("validate", "--format", format, "d");
      assertEquals(ExitCodes.FINDINGS, r.exit(), r.out());
      assertFalse(hasRawControl(r.out()), format + ": " + r.out());
      assertTrue(
          r.out().lines().noneMatch(l -> l.startsWith("::error file=forged.yaml")),
          format + ": " + r.out());
    }
  }

  @Test
  void aFileNameWithAControlCharacterIsEscapedInText() throws IOException {
    Path odd = dir.resolve("d/ba\u001bris.yaml");
    Files.writeString(odd, "pegawai: []\nkunci_asing: 1\n");
    append("sertakan:\n  - \"*.yaml\"\n");
    Cli.Run r = run("validate", "d");
    assertFalse(hasRawControl(r.out()), r.out());
    assertTrue(r.out().contains("d/ba\\u001bris.yaml"), r.out());
  }

  @Test
  void junitKeepsACarriageReturnAndUsesErrorForAnUnreadableInput() throws Exception {
    append("\"satu\\rdua\": 1\n");
    Files.writeString(dir.resolve("rusak.yaml"), "daerah: [\n");
    Cli.Run r = run("validate", "--format", "junit=hasil.xml", "d", "rusak.yaml");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.err());
    Document doc;
    try (InputStream in = Files.newInputStream(dir.resolve("hasil.xml"))) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(in);
    }
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertTrue(failure.getTextContent().contains("satu\rdua"), failure.getTextContent());
    assertTrue(failure.getAttribute("message").contains("satu\\rdua"), "visible in the attribute");
    assertEquals(1, doc.getElementsByTagName("error").getLength(), "the unreadable input");
    assertEquals("1", doc.getDocumentElement().getAttribute("errors"));
    Element first = (Element) doc.getElementsByTagName("testcase").item(0);
    assertEquals("d", first.getAttribute("classname"));
    Element second = (Element) doc.getElementsByTagName("testsuite").item(1);
    assertEquals(
        "rusak",
        ((Element) second.getElementsByTagName("testcase").item(0)).getAttribute("classname"));
  }

  @Test
  void anInputOutsideTheWorkingFolderKeepsTheRelativePathTheUserTyped() throws Exception {
    Path work = Files.createDirectories(dir.resolve("kerja"));
    append("kunci_asing: 1\n");
    Cli.Run r = Cli.run(work, Map.of(), false, "validate", "--format", "sarif", "../d");
    assertFalse(r.out().contains("file://"), r.out());
    JsonNode loc =
        new ObjectMapper()
            .readTree(r.out())
            .at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertEquals("../d/daerah.yaml", loc.get("uri").asText(), r.out());
    assertEquals("%SRCROOT%", loc.get("uriBaseId").asText());
    r = Cli.run(work, Map.of(), false, "validate", "../d");
    assertTrue(r.out().contains("../d:"), r.out());
    assertFalse(r.out().contains(dir.toString()), r.out());
  }

  @Test
  void aStandardTagContradictingItsValueIsAnError() throws IOException {
    Path p = dir.resolve("d/daerah.yaml");
    Files.writeString(
        p, Files.readString(p).replace("  nama: Kabupaten Contoh", "  nama: !!int Ahmad"));
    Cli.Run r = run("validate", "d");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out());
    assertTrue(r.out().contains("tag !!int bertentangan dengan nilai \"Ahmad\""), r.out());
    // A tag that agrees is fine.
    Files.writeString(p, Files.readString(p).replace("  nama: !!int Ahmad", "  nama: !!str 123"));
    assertEquals(ExitCodes.CLEAN, run("validate", "d").exit());
  }

  @Test
  void utf32IsCalledUtf32() throws IOException {
    byte[] bom = {(byte) 0xff, (byte) 0xfe, 0, 0, 'a', 0, 0, 0};
    Files.write(dir.resolve("u32.yaml"), bom);
    Cli.Run r = run("validate", "u32.yaml");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.out().contains("UTF-32"), r.out());
  }

  @Test
  void aSymlinkLoopSaysSoAndSuggestsNothing() throws IOException {
    Files.createSymbolicLink(dir.resolve("putar.yaml"), dir.resolve("putar.yaml"));
    Cli.Run r = run("validate", "putar.yaml");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.out().contains("tautan simbolik"), r.out());
    assertFalse(r.out().contains("maksud Anda"), r.out());
  }

  @Test
  void aNonMappingIncludedFileNamesItsSubject() throws IOException {
    Files.writeString(dir.resolve("d/daftar.yaml"), "- a\n- b\n");
    append("sertakan:\n  - daftar.yaml\n");
    Cli.Run r = run("validate", "d");
    assertTrue(r.out().contains("yaml.tipe: isi berkas harus berupa pemetaan"), r.out());
  }

  @Test
  void anUndefinedAliasHintNamesTheAnchor() throws IOException {
    append("kunci: *tidakada\n");
    Cli.Run r = run("validate", "d");
    assertTrue(r.out().contains("definisikan &tidakada"), r.out());
    assertFalse(r.out().contains("&{0}"), r.out());
  }

  @Test
  void aSelfCycleIsReportedOnceNotAlsoAsAUnitMismatch() throws IOException {
    Path p = dir.resolve("d/daerah.yaml");
    Files.writeString(
        p,
        Files.readString(p).replaceFirst("atasan: kadis", "atasan: kabid-lalin"),
        StandardCharsets.UTF_8);
    Cli.Run r = run("validate", "d");
    assertTrue(r.out().contains("kedudukan.siklus"), r.out());
    assertFalse(r.out().contains("kedudukan.unit"), r.out());
  }

  /**
   * A tim kerja is a ketua with anggota under every profile: {@code anggota: []} is a warning and a
   * tim with neither ketua nor anggota an error, whichever profile validates it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "permenpanrb-7-2022",
        "indragiri-hilir",
        "pekanbaru",
        "lampung-tengah",
        "pulang-pisau"
      })
  void aTeamWithoutMembersFailsUnderEveryProfile(String profile) throws IOException {
    Path fixture = Path.of("src/main/resources/id/sisker/fixtures/tim.anggota-kosong/fail.yaml");
    Files.writeString(
        dir.resolve("tim.yaml"),
        Files.readString(fixture, StandardCharsets.UTF_8)
            + "  - id: tim-kosong\n"
            + "    nama: Tim Tanpa Ketua dan Anggota\n"
            + "    jenis_tugas: insidental\n"
            + "    lingkup: dalam_unit\n"
            + "    unit_pemilik_kinerja: dishub/sekretariat\n"
            + "    cara: penunjukan\n",
        StandardCharsets.UTF_8);
    Cli.Run r = run("validate", "--profile", profile, "tim.yaml");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out());
    assertTrue(
        r.out().contains("tim.anggota-kosong: tim tim-arsip tidak mempunyai anggota"), r.out());
    assertTrue(
        r.out()
            .contains(
                "yaml.wajib: kunci wajib \"anggota\" tidak ada di tim_kerja\n"
                    + "    jalur: tim_kerja[tim-kosong].anggota"),
        r.out());
  }

  @Test
  void aProfileNameCannotForgeALineInProfiles() throws IOException {
    Files.writeString(
        dir.resolve("uji.yaml"),
        "sisker: 1\nprofil:\n  id: uji\n  nama: \"Uji\\n::error file=x::palsu\\u001b[2J\"\n"
            + "  extends: permenpanrb-7-2022\n"
            + "  regulasi: {judul: Perbup Uji, singkatan: Perbup Uji 1/2025}\n");
    Cli.Run r = run("profiles", "--profile-file", "uji.yaml");
    assertFalse(hasRawControl(r.out()), r.out());
    assertTrue(r.out().lines().noneMatch(l -> l.startsWith("::error")), r.out());
    assertTrue(r.out().contains("Uji\\n::error"), r.out());
  }
}
