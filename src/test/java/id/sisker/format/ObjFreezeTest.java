package id.sisker.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.yaml.FileNodes;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frozen object answers as the object it was, without its tree (ADR 88): the same values, the
 * same positions (found by parsing the file again), and the findings of everything below it once,
 * in document order.
 */
class ObjFreezeTest {

  private static final SourceFile FILE = SourceFile.named("pd.yaml");

  private static final String TEXT =
      """
      perangkat_daerah:
        - id: dinkes
          nama: Dinas Kesehatan
          jenis: dinas
          kop:
            alamat: Jl. Sudirman 1
            telepon: "0768-21000"
          jabatan:
            - id: kadis
              nama: Kepala Dinas
              jenis: jpt_pratama
              pemangku: ["197001011990031001", "197001011990031002"]
          unit:
            - id: sekretariat
              nama: Sekretariat
              jenis: sekretariat
              unit:
                - id: umum
                  nama: Subbagian Umum
                  jenis: subbagian
                  jabatan:
                    - id: kasubag
                      nama: Kepala Subbagian Umum
                      jenis: pengawas
                      atasan: sekdis
                      kelas: 9
      """;

  private record Loaded(Obj file, Findings findings) {}

  @TempDir static Path dir;

  /** {@code text} read from a file as the loader reads one whose tree it lets go. */
  private static FileNodes.Read read(String text) throws Exception {
    Path f = dir.resolve("pd.yaml");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return FileNodes.read(SourceFile.of(f, dir), YamlLimits.DEFAULTS);
  }

  private static Loaded load(boolean freeze) throws Exception {
    Findings findings = new Findings();
    if (!freeze) {
      YamlDocument doc = YamlReader.parse(FILE, TEXT, YamlLimits.DEFAULTS);
      Shape shape = new Shape(DaerahFormat.get(), findings, new SourceMap());
      return new Loaded(shape.object(doc.root(), DaerahFormat.FILE, NodePath.ROOT), findings);
    }
    Obj o = checked(TEXT, findings);
    o.freeze("perangkat_daerah", Set.of("unit", "jabatan"));
    return new Loaded(o, findings);
  }

  /** What the model builder reads, in the order it reads it, with every position. */
  private static List<String> read(Obj file) {
    List<String> out = new ArrayList<>();
    for (Obj pd : file.objects("perangkat_daerah")) {
      out.add(pd.path() + " " + pd.text("nama") + " " + pd.span().position());
      pd.object("kop")
          .ifPresent(k -> out.add(k.path() + " " + k.text("telepon") + " " + k.keySpan("alamat")));
      read(pd, pd.path(), out);
    }
    return out;
  }

  private static void read(Obj unit, NodePath pd, List<String> out) {
    for (Obj j : unit.objects("jabatan", pd)) {
      out.add(j.path() + " " + j.text("nama") + " " + j.integer("kelas") + " " + j.span("kelas"));
      out.add(j.at("atasan").path() + " " + j.at("atasan").span() + " " + j.has("atasan"));
      for (Obj.Item it : j.scalars("pemangku")) {
        out.add(it.path() + " " + it.value() + " " + it.span());
      }
    }
    for (Obj u : unit.objects("unit", pd)) {
      out.add(u.path() + " " + u.enumValue("jenis", id.sisker.model.JenisUnit.class));
      read(u, pd, out);
    }
  }

  @Test
  void aFrozenObjectReadsAsTheObjectItWas() throws Exception {
    Loaded attached = load(false);
    Loaded frozen = load(true);
    List<String> expected = read(attached.file());
    assertEquals(expected, read(frozen.file()));
    assertEquals(
        "perangkat_daerah[dinkes].jabatan[kasubag].atasan pd.yaml:25:25 true",
        expected.stream().filter(l -> l.contains("kasubag].atasan")).findFirst().orElseThrow());
  }

  @Test
  void findingsBelowAFrozenObjectComeOnceInDocumentOrder() throws Exception {
    String bad =
        TEXT.replace("jenis: sekretariat", "jenis: sekretariatt")
            .replace("telepon: \"0768-21000\"", "telpon: \"0768-21000\"")
            .replace("kelas: 9", "kelas: sembilan");
    Findings findings = new Findings();
    Obj o = checked(bad, findings);
    o.freeze("perangkat_daerah", Set.of("unit", "jabatan"));
    List<String> where = findings.list().stream().map(ObjFreezeTest::where).toList();
    assertEquals(
        List.of(
            "pd.yaml:7:7 yaml.kunci-tak-dikenal",
            "pd.yaml:16:16 yaml.nilai",
            "pd.yaml:26:24 yaml.tipe"),
        where);
    // Read again, nothing more is reported.
    read(o);
    assertEquals(3, findings.size());
  }

  /** {@code text} checked as a daerah file whose tree will be let go, not yet frozen. */
  private static Obj checked(String text, Findings findings) throws Exception {
    FileNodes.Read r = read(text);
    Shape shape = new Shape(DaerahFormat.get(), findings, new SourceMap());
    return shape.object(r.document().root(), DaerahFormat.FILE, NodePath.ROOT, r.nodes().root());
  }

  private static String where(Finding f) {
    return f.span().orElseThrow().position() + " " + f.rule().value();
  }

  @Test
  void aFrozenListAnswersOnlyWithTheBaseItWasFrozenWith() throws Exception {
    Obj pd = load(true).file().objects("perangkat_daerah").get(0);
    Obj sekretariat = pd.objects("unit", pd.path()).get(0);
    assertThrows(
        IllegalStateException.class, () -> sekretariat.objects("unit", sekretariat.path()));
  }

  @Test
  void aSkippedFieldIsNeitherCheckedNorRead() throws Exception {
    String text = "daerah:\n  namaa: x\nperangkat_daerah: []\n";
    Findings findings = new Findings();
    Obj o = checked(text, findings);
    o.freeze("perangkat_daerah", Set.of("unit", "jabatan"), Set.of("daerah"));
    assertTrue(o.object("daerah").isEmpty());
    assertTrue(findings.list().stream().noneMatch(f -> f.path().value().startsWith("daerah")));
  }

  @Test
  void onlyAnObjectWhoseTreeIsLetGoIsFrozen() throws Exception {
    assertThrows(IllegalStateException.class, () -> load(false).file().freeze("x", Set.of()));
  }
}
