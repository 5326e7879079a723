package id.sisker.peta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Messages;
import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The "Data sisker" cells: written from YAML nodes as flow YAML, read back to the same text. */
class DataYamlTest {

  private static YMapping yaml(String text) {
    try {
      return (YMapping)
          YamlReader.parse(SourceFile.named("t.yaml"), text, YamlLimits.DEFAULTS).root();
    } catch (UnreadableInputException e) {
      throw new AssertionError(e);
    }
  }

  private static final String ISI =
      """
      id: j1
      nama: "Dibuang"
      model: setda/sekda
      kop: {alamat: "Jl. \\"A\\", #1\\n{{x}} ${y}"}
      "kunci aneh": yes
      angka: 12
      kosong: null
      daftar: [kaban, "true", 'a: b']
      """;

  @Test
  void writesFlowYamlQuotingEveryTextThatCouldBeSyntax() {
    assertEquals(
        "{model: setda/sekda, kop: {alamat: \"Jl. \\\"A\\\", #1\\n{{x}} ${y}\"},"
            + " \"kunci aneh\": yes, angka: 12, kosong: null, daftar: [kaban, \"true\", \"a: b\"]}",
        DataYaml.alir(yaml(ISI), Set.of("id", "nama")));
  }

  @Test
  void aCellReadsBackToTheSameValues() {
    String cell = DataYaml.alir(yaml(ISI), Set.of("id", "nama"));
    DataSel.Hasil h = DataYaml.pembaca(Messages.forLanguage("id")).baca(cell);
    assertTrue(h.sah(), h.salah());
    assertEquals(cell, "{" + String.join(", ", join(h.isi())) + "}");
    assertEquals(Map.of("daftar", 3), h.banyak());
  }

  @Test
  void anUnusableCellSaysWhyInTheReadersLanguage() {
    DataSel.Hasil h = DataYaml.pembaca(Messages.forLanguage("en")).baca("{a: 1, a: 2}");
    assertFalse(h.sah());
    assertFalse(h.salah().isBlank());
    assertFalse(DataYaml.pembaca(Messages.forLanguage("id")).baca("- a").sah());
  }

  @Test
  void aSuperiorOutsideTheTableLeadsTheJabatanCell() {
    YMapping j = yaml("{id: j, nama: N, jenis: pelaksana, atasan: x, kelas: 5, catatan: c}");
    assertEquals("{catatan: c}", DataYaml.jabatan(j, Optional.empty()));
    assertEquals(
        "{atasan: kepala_daerah, catatan: c}",
        DataYaml.jabatan(j, Optional.of(DataYaml.KEPALA_DAERAH)));
    assertEquals(
        "{atasan: \"setda/sekda\", catatan: c}", DataYaml.jabatan(j, Optional.of("setda/sekda")));
    assertEquals(
        "{atasan: \"setda/sekda\"}",
        DataYaml.jabatan(yaml("{id: j, nama: N}"), Optional.of("setda/sekda")));
  }

  private static java.util.List<String> join(Map<String, String> m) {
    return m.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
  }
}
