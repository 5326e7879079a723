package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sisker.testing.Cli;
import id.sisker.testing.Golden;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * One finding per mistake in every report format (ADR 50): a Puskesmas led by a JF without a unit
 * kerja mandiri is one error; the misplaced positions under it (jenjang, pelaksana, appraiser) are
 * its consequences, written under it and never counted.
 */
class ConsequenceReportsTest {

  private static final Path FIXTURE = Path.of("src/test/resources/cli/akibat/daerah.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CAUSE = "organisasi.kepala-unit";

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
  void textWritesTheCauseWithItsConsequencesUnderItAndCountsOne() {
    Cli.Run r = run("validate", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    Golden.assertMatches("cli/validate-akibat.txt", r.out());
    assertTrue(r.out().contains("Ringkasan: 1 galat, 0 peringatan, 0 info"), r.out());
    int cause = r.out().indexOf(CAUSE + ":");
    int consequence = r.out().indexOf("    akibat: contoh/daerah.yaml:");
    assertTrue(cause >= 0 && consequence > cause, r.out());
    Cli.Run en = run("--lang", "en", "validate", "contoh");
    Golden.assertMatches("cli/validate-akibat.en.txt", en.out());
  }

  @Test
  void jsonPutsEachConsequenceRightAfterItsCause() throws Exception {
    Cli.Run r = run("validate", "--format", "json", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Golden.assertMatches("cli/validate-akibat.json", r.out());
    JsonNode json = JSON.readTree(r.out());
    JsonNode fs = json.get("findings");
    assertEquals(CAUSE, fs.get(0).get("rule").asText());
    assertFalse(fs.get(0).has("consequenceOf"));
    for (int i = 1; i < fs.size(); i++) {
      assertEquals(CAUSE, fs.get(i).get("consequenceOf").get("rule").asText(), fs.toString());
    }
    assertEquals(1, json.get("summary").get("error").asInt());
    assertEquals(fs.size() - 1, json.get("summary").get("consequences").asInt());
  }

  @Test
  void sarifListsConsequencesAsRelatedLocationsOfTheCause() throws Exception {
    Cli.Run r = run("validate", "--format", "sarif=hasil.sarif", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    JsonNode sarif = JSON.readTree(dir.resolve("hasil.sarif").toFile());
    Set<ValidationMessage> errors = sarifSchema().validate(sarif);
    assertTrue(errors.isEmpty(), errors.toString());
    JsonNode results = sarif.get("runs").get(0).get("results");
    assertEquals(1, results.size(), results.toString());
    JsonNode cause = results.get(0);
    assertEquals(CAUSE, cause.get("ruleId").asText());
    List<String> rules = new ArrayList<>();
    for (JsonNode loc : cause.get("relatedLocations")) {
      rules.add(loc.get("properties").get("ruleId").asText());
      assertTrue(loc.get("message").get("text").asText().startsWith("akibat: "), loc.toString());
      assertEquals(
          "contoh/daerah.yaml",
          loc.get("physicalLocation").get("artifactLocation").get("uri").asText());
    }
    assertTrue(rules.contains("penilai.jenis"), rules.toString());
    assertTrue(rules.contains("kedudukan.pelaksana"), rules.toString());
  }

  @Test
  void junitHasOneFailureWithTheConsequencesInItsText() throws Exception {
    Cli.Run r = run("validate", "--format", "junit=hasil.xml", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(dir.resolve("hasil.xml").toFile());
    NodeList failures = d.getElementsByTagName("failure");
    assertEquals(1, failures.getLength());
    Element f = (Element) failures.item(0);
    assertTrue(f.getTextContent().contains("\nakibat: contoh/daerah.yaml:"), f.getTextContent());
    assertEquals("1", d.getDocumentElement().getAttribute("failures"));
  }

  @Test
  void githubAnnotatesTheCauseOnceWithItsConsequences() {
    Cli.Run r = run("validate", "--format", "github", "contoh");
    assertEquals(ExitCodes.FINDINGS, r.exit());
    List<String> annotations = r.out().lines().filter(l -> l.startsWith("::")).toList();
    assertEquals(1, annotations.size(), r.out());
    assertTrue(annotations.get(0).contains(CAUSE), r.out());
    assertTrue(annotations.get(0).contains("%0Aakibat: contoh/daerah.yaml:"), r.out());
  }

  @Test
  void consequencesNeverFailTheRunOnTheirOwn() throws Exception {
    // The cause silenced by an abaikan entry on its unit: the consequences stay visible under it
    // (with --show-suppressed) but count for nothing, whatever --fail-on says.
    Path daerah = dir.resolve("contoh/daerah.yaml");
    String text = Files.readString(daerah, StandardCharsets.UTF_8);
    String unit = "        jenis: puskesmas\n        kepala: kapus\n";
    assertTrue(text.contains(unit));
    Files.writeString(
        daerah,
        text.replace(
            unit,
            unit
                + "        abaikan:\n"
                + "          - aturan: organisasi.kepala-unit\n"
                + "            alasan: Keputusan pengangkatan Kapus sedang diproses\n"),
        StandardCharsets.UTF_8);
    Cli.Run r = run("validate", "--fail-on", "warning", "contoh");
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out());
    assertTrue(r.out().contains("Ringkasan: 0 galat, 0 peringatan, 0 info"), r.out());
    assertFalse(r.out().contains("akibat:"), r.out());
    Cli.Run shown = run("validate", "--show-suppressed", "contoh");
    assertTrue(shown.out().contains("    akibat: "), shown.out());
  }

  @Test
  void aBaselineKnowsTheCauseAndItsConsequences() {
    Cli.Run write = run("validate", "--baseline", "baseline.json", "--update-baseline", "contoh");
    assertEquals(ExitCodes.CLEAN, write.exit(), write.out() + write.err());
    Cli.Run known =
        run("validate", "--baseline", "baseline.json", "--fail-on", "warning", "contoh");
    assertEquals(ExitCodes.CLEAN, known.exit(), known.out());
  }

  private static com.networknt.schema.JsonSchema sarifSchema() throws Exception {
    try (InputStream in =
        ConsequenceReportsTest.class
            .getClassLoader()
            .getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      assertTrue(in != null, "SARIF schema not on the test class path");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(in));
    }
  }
}
