package id.sisker.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Positions with findings are outlined, with their rule ids; the HTML page lists the findings. */
class FindingsOverlayTest {

  private static final String BERMASALAH = "src/test/resources/cli/bermasalah";

  @TempDir Path tmp;

  @Test
  void errorsOutlinedRedWithRuleIds() {
    Cli.Run r = Cli.run("diagram", BERMASALAH);
    assertEquals(0, r.exit(), r.err());
    DotReader.Node n = DotReader.read(r.out()).nodes().get("j_dishub_pkb_muda");
    assertEquals("#c00000", n.attrs().get("color"));
    assertTrue(n.attrs().get("tooltip").contains("pegawai.pangkat-golongan"), n.attrs().toString());
    Cli.Run off = Cli.run("diagram", BERMASALAH, "--tanpa-temuan");
    assertFalse(off.out().contains("#c00000"), "--tanpa-temuan draws no findings");
    Cli.Run m = Cli.run("diagram", BERMASALAH, "--format", "mermaid");
    assertTrue(m.out().contains("class j_dishub_pkb_muda k_fungsional,galat"), m.out());
  }

  @Test
  void aPenilaiLineTheRegulationForbidsIsRed() {
    Cli.Run r = Cli.run("diagram", "examples/invalid/regulasi-penilai-jenis.yaml");
    assertEquals(0, r.exit(), r.err());
    DotReader.Edge penilai =
        DotReader.read(r.out()).edges().stream()
            .filter(e -> "penilai".equals(e.attrs().get("label")))
            .findFirst()
            .orElseThrow();
    assertEquals("j_dinsos_peksos_muda", penilai.from());
    assertEquals("#c00000", penilai.attrs().get("color"));
    assertEquals("dotted", penilai.attrs().get("style"));
  }

  @Test
  void htmlListsTheDrawnFindingsWithTheirPlace() throws Exception {
    Cli.Run r =
        Cli.run(
            tmp,
            Map.of(),
            false,
            "diagram",
            Path.of(BERMASALAH).toAbsolutePath().toString(),
            "--format",
            "html",
            "--engine",
            "embedded",
            "-o",
            "b.html");
    assertEquals(0, r.exit(), r.err());
    String html = Files.readString(tmp.resolve("b.html"));
    assertTrue(html.contains("daerah.yaml:66:14"), "file:line:col of the finding");
    assertTrue(html.contains("pegawai.pangkat-golongan"));
    assertTrue(html.contains("Penguji Kendaraan Bermotor Ahli Muda"));
  }
}
