package id.sisker.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sisker.app.SchemaExport;
import id.sisker.source.SourceFile;
import id.sisker.testing.YamlToJson;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YNode;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The emitted JSON Schema is a valid draft 2020-12 schema, and every bundled example validates
 * against it with an off-the-shelf validator (networknt), read as an editor would read the YAML.
 */
class JsonSchemaTest {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  private static com.networknt.schema.JsonSchema schema(String lang) throws Exception {
    return FACTORY.getSchema(JsonSchema.parse(SchemaExport.daerahSchema(lang)));
  }

  @Test
  void schemaIsValidAgainstTheMetaSchema() throws Exception {
    com.networknt.schema.JsonSchema meta =
        FACTORY.getSchema(java.net.URI.create("https://json-schema.org/draft/2020-12/schema"));
    for (String lang : List.of("id", "en")) {
      Set<ValidationMessage> errors =
          meta.validate(JsonSchema.parse(SchemaExport.daerahSchema(lang)));
      assertTrue(errors.isEmpty(), errors.toString());
    }
  }

  @Test
  void schemaRejectsWhatTheLoaderRejects() throws Exception {
    var s = schema("id");
    JsonNode bad =
        JsonSchema.parse(
            "{\"perangkat_daerah\":[{\"id\":\"Dishub\",\"nama\":\"x\",\"jenis\":\"dinass\",\"kepal\":\"a\"}]}");
    Set<ValidationMessage> errors = s.validate(bad);
    String all = errors.toString();
    assertTrue(all.contains("kepal"), all);
    assertTrue(all.contains("dinass") || all.contains("enum"), all);
    assertFalse(errors.isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> everyExampleFileValidatesAgainstTheSchema() throws IOException {
    var s = assertDoesNotThrow();
    var profiles = profileSchema();
    var pemetaan = pemetaanSchema();
    List<Path> files;
    try (Stream<Path> w = Files.walk(Path.of("examples"))) {
      files =
          w.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .filter(p -> !p.startsWith(Path.of("examples", "invalid")))
              .sorted()
              .toList();
    }
    assertFalse(files.isEmpty(), "no examples found");
    return files.stream()
        .map(
            p ->
                DynamicTest.dynamicTest(
                    p.toString(),
                    () -> {
                      var doc = YamlReader.read(SourceFile.of(p, Path.of("")), YamlLimits.DEFAULTS);
                      // A daerah's own regulation profile (docs/profiles.md) lives beside its
                      // daerah and is held to the profile format's schema instead.
                      var against = isProfile(doc.root()) ? profiles : s;
                      // A column mapping for `sisker impor --pemetaan` (docs/peta.md).
                      if (doc.root() instanceof YMapping m && m.entry("kolom") != null) {
                        against = pemetaan;
                      }
                      Set<ValidationMessage> errors =
                          against.validate(YamlToJson.convert(doc.root()));
                      assertEquals(Set.of(), errors, p.toString());
                    }));
  }

  /** A profile file has {@code profil} at its root, which no daerah file has. */
  private static boolean isProfile(YNode root) {
    return root instanceof YMapping m && m.entry("profil") != null;
  }

  private static com.networknt.schema.JsonSchema profileSchema() {
    try {
      return FACTORY.getSchema(JsonSchema.parse(id.sisker.app.SchemaExport.profileSchema("id")));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static com.networknt.schema.JsonSchema pemetaanSchema() {
    try {
      return FACTORY.getSchema(JsonSchema.parse(id.sisker.app.SchemaExport.pemetaanSchema("id")));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void profileSchemaRejectsAMisspeltKey() throws Exception {
    JsonNode bad =
        JsonSchema.parse(
            "{\"profil\":{\"id\":\"x\",\"nama\":\"x\",\"regulasi\":{\"judul\":\"j\","
                + "\"singkatan\":\"s\"},\"penugasn\":{}}}");
    String all = profileSchema().validate(bad).toString();
    assertTrue(all.contains("penugasn"), all);
  }

  private static com.networknt.schema.JsonSchema assertDoesNotThrow() {
    try {
      return schema("id");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
