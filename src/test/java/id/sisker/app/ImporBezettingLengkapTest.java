package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.model.Jabatan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.yaml.YamlLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rekap --lengkap} → {@code impor} keeps {@code bezetting} (ADR 84): written alone it comes
 * back from the B column, written beside different holders it travels in the data cell, so the
 * imported daerah has the same B, the same written numbers and the same findings.
 */
class ImporBezettingLengkapTest {

  static final Path FAIL =
      Path.of("src/main/resources/id/sisker/fixtures/jabatan.bezetting-pemangku/fail.yaml");

  @Test
  void bezettingSurvivesTheFullSheet(@TempDir Path tmp) throws IOException {
    String yaml = Files.readString(FAIL, StandardCharsets.UTF_8);
    String vacant =
        "      - id: pengemudi\n"
            + "        nama: Pengemudi\n"
            + "        jenis: pelaksana\n"
            + "        atasan: kadis\n"
            + "        kebutuhan: 1\n"
            + "        bezetting: 2\n";
    assertTrue(yaml.contains("pegawai:\n"));
    yaml = yaml.replace("pegawai:\n", vacant + "pegawai:\n");
    Path daerah = tmp.resolve("lama");
    Files.createDirectories(daerah);
    Files.writeString(daerah.resolve("daerah.yaml"), yaml, StandardCharsets.UTF_8);

    Validation v = Validation.standard(YamlLimits.DEFAULTS, Path.of(""));
    Rekapitulasi.Hasil r =
        new Rekapitulasi(v).rekap(daerah, Optional.empty(), Optional.empty(), "id", true);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.content(Rekapitulasi.Format.XLSX).writeTo(bytes);
    Path sheet = tmp.resolve("peta.xlsx");
    Files.write(sheet, bytes.toByteArray());

    Pengimporan.Hasil h = Pengimporan.impor(sheet, "id");
    assertFalse(h.adaGalat(), () -> String.join("\n", h.laporan()));
    Path out = tmp.resolve("hasil");
    for (Map.Entry<String, String> e : h.berkas().entrySet()) {
      Path p = out.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
    String pd = h.berkas().get("perangkat-daerah/dishub.yaml");
    assertTrue(pd.contains("kebutuhan: 1, atasan: kadis, bezetting: 2}"), pd);

    Validation.Outcome before = v.validate(daerah);
    Validation.Outcome after = v.validate(out);
    assertEquals(b(before), b(after));
    assertEquals(
        List.of(
            "dishub/kadis B 1 tertulis Optional.empty",
            "dishub/penguji B 1 tertulis Optional[3]",
            "dishub/pengadministrasi B 2 tertulis Optional[0]",
            "dishub/pengemudi B 2 tertulis Optional[2]"),
        b(after));
    assertEquals(
        ImporExamplesTest.findings(before),
        ImporExamplesTest.findings(after),
        "the same findings, jabatan.bezetting-pemangku and jabatan.bezetting included");
    assertTrue(
        ImporExamplesTest.findings(after).stream()
            .anyMatch(f -> f.contains("jabatan.bezetting-pemangku")),
        ImporExamplesTest.findings(after).toString());
  }

  static List<String> b(Validation.Outcome o) {
    List<String> out = new ArrayList<>();
    for (PerangkatDaerah p : o.load().daerah().orElseThrow().perangkatDaerah()) {
      for (Jabatan j : p.jabatan()) {
        out.add(j.id() + " B " + j.bezetting() + " tertulis " + j.bezettingTertulis());
      }
    }
    return out;
  }
}
