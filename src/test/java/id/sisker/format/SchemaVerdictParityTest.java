package id.sisker.format;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import id.sisker.app.SchemaExport;
import id.sisker.app.Validation;
import id.sisker.finding.Finding;
import id.sisker.finding.Severity;
import id.sisker.finding.UnreadableInputException;
import id.sisker.rule.Catalogue;
import id.sisker.rule.Stage;
import id.sisker.source.SourceFile;
import id.sisker.testing.YamlToJson;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The editor (JSON Schema) and sisker agree on which files in examples/invalid have a format
 * problem: sisker reports an error of the reading or format stage exactly when the schema rejects a
 * file (or it cannot be read as YAML at all). Where a schema cannot see what sisker sees, the
 * reason is written below.
 */
class SchemaVerdictParityTest {

  /** Files where the verdicts differ by nature, and why. */
  static final Map<String, String> REASONS =
      Map.ofEntries(
          Map.entry(
              "kunci-ganda.yaml",
              "a JSON Schema sees one value per key; duplicates vanish before it"),
          Map.entry(
              "sertakan-di-luar.yaml", "where an include points is a question of the file system"),
          Map.entry(
              "sertakan-tidak-cocok.yaml",
              "whether an include matches a file is a question of the file system"),
          Map.entry(
              "sertakan-pola-rusak.yaml",
              "a glob's syntax is not a string pattern the schema states"),
          Map.entry(
              "ref-jabatan.yaml", "references between entities are not expressible in JSON Schema"),
          Map.entry(
              "ref-unit.yaml", "references between entities are not expressible in JSON Schema"),
          Map.entry(
              "ref-pegawai.yaml", "references between entities are not expressible in JSON Schema"),
          Map.entry(
              "ref-pihak-luar.yaml",
              "references between entities are not expressible in JSON Schema"),
          Map.entry(
              "ref-model.yaml", "a model id names an entry of the profile, not of the schema"),
          Map.entry("ref-profil.yaml", "the known profiles are bundled or files, not a fixed list"),
          Map.entry(
              "id-ganda.yaml", "uniqueness across entities is not expressible in JSON Schema"),
          Map.entry(
              "nip-ganda.yaml", "uniqueness across entities is not expressible in JSON Schema"),
          Map.entry(
              "penugasan-asal.yaml",
              "references between entities are not expressible in JSON Schema"),
          Map.entry(
              "penugasan-tujuan.yaml",
              "references between entities are not expressible in JSON Schema"),
          Map.entry(
              "penugasan-lingkup.yaml", "a penugasan's lingkup follows from where its people sit"),
          Map.entry(
              "sebutan-kepala.yaml",
              "the head's title depends on the daerah's jenis (kabupaten/kota)"),
          Map.entry("alias-bom.yaml", "aliases are expanded before the schema sees the data"),
          Map.entry("bilangan-terlalu-besar.yaml", "checked where sisker reads the number"),
          Map.entry(
              "bukan-akar.yaml",
              "one schema serves root and included files; only a root must hold daerah"),
          Map.entry(
              "daerah-kosong.yaml",
              "one schema serves root and included files; only a root must hold daerah"),
          Map.entry(
              "tanpa-akar", "whether a folder holds daerah.yaml is a question of the file system"),
          Map.entry("abaikan-aturan.yaml", "abaikan takes glob patterns over the rule catalogue"),
          Map.entry(
              "kelas-di-luar-rentang.yaml",
              "both reject it: the schema by its range, sisker by rule jabatan.kelas (integrity stage)"),
          Map.entry(
              "nilai-tanggal.yaml",
              "format: date is an annotation in draft 2020-12; validators need not assert it"),
          Map.entry(
              "periode-terbalik.yaml", "the order of two dates is not expressible in JSON Schema"),
          Map.entry("tim-lingkup.yaml", "a team's lingkup follows from where its people sit"));

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @TestFactory
  Stream<DynamicTest> formatVerdictsAgree() throws Exception {
    var schema = FACTORY.getSchema(JsonSchema.parse(SchemaExport.daerahSchema("id")));
    List<Path> inputs;
    try (Stream<Path> s = Files.list(Path.of("examples/invalid"))) {
      inputs =
          s.filter(p -> Files.isDirectory(p) || p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path in : inputs) {
      String name = in.getFileName().toString();
      boolean sisker = formatError(in);
      boolean schemaRejects = false;
      List<Path> files = new ArrayList<>();
      if (Files.isDirectory(in)) {
        try (Stream<Path> s = Files.list(in)) {
          s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
      } else {
        files.add(in);
      }
      for (Path f : files) {
        schemaRejects |= rejects(schema, f);
      }
      boolean agree = sisker == schemaRejects;
      boolean explained = REASONS.containsKey(name);
      String verdict = "sisker format error: " + sisker + ", schema rejects: " + schemaRejects;
      tests.add(
          DynamicTest.dynamicTest(
              name,
              () ->
                  assertTrue(
                      agree || explained,
                      name
                          + ": "
                          + verdict
                          + " and no reason in SchemaVerdictParityTest.REASONS")));
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void theSchemaStatesWhatTheCheckerChecks() throws Exception {
    var schema = FACTORY.getSchema(JsonSchema.parse(SchemaExport.daerahSchema("id")));
    String pd =
        "{\"perangkat_daerah\":[{\"id\":\"dishub\",\"nama\":\"x\",\"jenis\":\"dinas\","
            + "\"jabatan\":[{\"id\":\"a\",\"nama\":\"A\",\"jenis\":\"pelaksana\",%s}]}]}";
    // kebutuhan has the checker's maximum; an unquoted NIP must be 18 digits.
    assertTrue(
        !schema
            .validate(JsonSchema.parse(String.format(pd, "\"kebutuhan\": 3000000000")))
            .isEmpty());
    assertTrue(
        !schema
            .validate(JsonSchema.parse("{\"pegawai\":[{\"nip\":5,\"nama\":\"A\"}]}"))
            .toString()
            .isEmpty());
    assertTrue(
        schema
            .validate(JsonSchema.parse("{\"pegawai\":[{\"nip\":5,\"nama\":\"A\"}]}"))
            .toString()
            .contains("nip"));
    // An optional key without a value is absent for the checker (a warning): no error here.
    assertTrue(
        schema.validate(JsonSchema.parse(String.format(pd, "\"kelas\": null"))).isEmpty(),
        schema.validate(JsonSchema.parse(String.format(pd, "\"kelas\": null"))).toString());
  }

  private static boolean formatError(Path input) {
    Validation.Outcome o = Validation.standard(YamlLimits.DEFAULTS, Path.of("")).validate(input);
    for (Finding f : o.findings()) {
      Stage st = Catalogue.get().get(f.rule()).stage();
      if (f.severity() == Severity.ERROR && (st == Stage.BERKAS || st == Stage.FORMAT)) {
        return true;
      }
    }
    return false;
  }

  private static boolean rejects(com.networknt.schema.JsonSchema schema, Path f)
      throws IOException {
    try {
      var doc = YamlReader.read(SourceFile.of(f, Path.of("")), YamlLimits.DEFAULTS);
      if (!doc.findings().isEmpty()) {
        return true; // the YAML itself is wrong (tabs, duplicate keys, tags): editors flag it
      }
      return !schema.validate(YamlToJson.convert(doc.root())).isEmpty();
    } catch (UnreadableInputException e) {
      return true;
    }
  }
}
