package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.model.Daerah;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sheets {@code examples/<daerah>/peta-jabatan.xlsx} are what {@code sisker rekap
 * --format xlsx --lengkap} writes for the example today (regenerate with {@code
 * -Dgolden.update=true}); and the "done when": {@code impor} of each, then {@code validate}
 * of the result, gives the same findings as the example itself, with the same jabatan, the same B
 * and K on each, and the same pegawai.
 */
class ImporExamplesTest {

  static java.util.stream.Stream<String> examples() {
    return ImporRoundTripTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void bundledSheetIsCurrentAndImportsToTheSameDaerah(String name, @TempDir Path tmp)
      throws IOException {
    Path example = Path.of("examples", name);
    Validation v = Validation.standard(YamlLimits.DEFAULTS, Path.of(""));
    Rekapitulasi.Hasil r =
        new Rekapitulasi(v).rekap(example, Optional.empty(), Optional.empty(), "id", true);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.content(Rekapitulasi.Format.XLSX).writeTo(bytes);
    Path sheet = example.resolve("peta-jabatan.xlsx");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(sheet, bytes.toByteArray());
    }
    assertTrue(Files.exists(sheet), sheet + " is missing: run mvn test -Dgolden.update=true");
    assertArrayEquals(
        bytes.toByteArray(),
        Files.readAllBytes(sheet),
        sheet + " is stale: run mvn test -Dtest=ImporExamplesTest -Dgolden.update=true");

    Pengimporan.Hasil h = Pengimporan.impor(sheet, "id");
    assertFalse(h.adaGalat(), () -> String.join("\n", h.laporan()));
    assertTrue(h.berkas().containsKey("daerah.yaml"), () -> String.join("\n", h.laporan()));
    Path out = tmp.resolve("hasil");
    for (Map.Entry<String, String> e : h.berkas().entrySet()) {
      Path p = out.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }

    Validation.Outcome before = v.validate(example);
    Validation.Outcome after = v.validate(out);
    assertTrue(after.load().daerah().isPresent(), () -> after.findings().toString());
    assertEquals(findings(before), findings(after), "the same findings as the example");
    Daerah d0 = before.load().daerah().get();
    Daerah d1 = after.load().daerah().get();
    assertEquals(jabatan(d0), jabatan(d1));
    assertEquals(d0.pegawai(), d1.pegawai());
    assertEquals(d0.nama(), d1.nama());
    assertEquals(d0.profil(), d1.profil());
    // impor → validate → rekap gives back the same table: every row, B, K and ± (CSV: all columns).
    Rekapitulasi.Hasil again =
        new Rekapitulasi(v).rekap(out, Optional.empty(), Optional.empty(), "id");
    assertEquals(
        r.render(Rekapitulasi.Format.CSV),
        again.render(Rekapitulasi.Format.CSV),
        "rekap of the import equals rekap of the example");
    for (int i = 0; i < d0.perangkatDaerah().size(); i++) {
      PerangkatDaerah p0 = d0.perangkatDaerah().get(i);
      PerangkatDaerah p1 =
          d1.perangkatDaerah().stream().filter(p -> p.id().equals(p0.id())).findFirst().get();
      assertEquals(p0.model(), p1.model(), p0.id());
      assertEquals(p0.kop(), p1.kop(), p0.id());
      assertEquals(p0.perjanjianKinerja(), p1.perjanjianKinerja(), p0.id());
    }
  }

  /** Active findings as severity, rule and data path (not line numbers: the files differ). */
  static List<String> findings(Validation.Outcome o) {
    List<String> out = new ArrayList<>();
    for (Finding f : o.findings()) {
      if (!f.isSuppressed()) {
        out.add(f.severity().key() + " " + f.rule().value() + " " + f.path().value());
      }
    }
    out.sort(null);
    return out;
  }

  /** Every jabatan with everything the model holds, B (the holders) and K included. */
  static List<String> jabatan(Daerah d) {
    List<String> out = new ArrayList<>();
    for (PerangkatDaerah p : d.perangkatDaerah()) {
      for (Jabatan j : p.jabatan()) {
        out.add(j + " B " + j.bezetting() + " K " + j.kebutuhan());
      }
    }
    out.sort(null);
    return out;
  }
}
