package id.sisker.peta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Validation;
import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
import id.sisker.model.Jabatan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The recap counts exactly what validate counts, every jabatan once, totals that add up. */
class RekapTest {

  static Stream<String> examples() {
    return Stream.of(
        "indragiri-hilir", "pekanbaru", "lampung-tengah", "pulang-pisau", "kabupaten-sukamaju");
  }

  static RekapTabel rekap(Path input, Optional<String> pd, Optional<String> unit) {
    Validation.Outcome o = Validation.standard(YamlLimits.DEFAULTS, Path.of("")).validate(input);
    Daerah d = o.load().daerah().orElseThrow();
    return new Rekap(
            d, o.findings(), o.load().sourceMap(), Messages.forLanguage("id"), Teks.of("id"))
        .build(pd, unit);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyJabatanOnceWithTheModelsNumbers(String name) {
    Path input = Path.of("examples", name);
    Validation.Outcome o = Validation.standard(YamlLimits.DEFAULTS, Path.of("")).validate(input);
    Daerah d = o.load().daerah().orElseThrow();
    RekapTabel t = rekap(input, Optional.empty(), Optional.empty());
    int b = 0;
    int k = 0;
    List<String> expected = new ArrayList<>();
    for (PerangkatDaerah p : d.perangkatDaerah()) {
      for (Jabatan j : p.jabatan()) {
        b += j.bezetting();
        k += j.kebutuhan();
        expected.add(j.id() + " B" + j.bezetting() + " K" + j.kebutuhan());
      }
    }
    List<String> rows = new ArrayList<>();
    for (Bagian s : t.bagian()) {
      long sb = 0;
      long sk = 0;
      for (Baris r : s.baris()) {
        if (r.jenis() == Baris.Jenis.JABATAN) {
          rows.add(s.pd() + "/" + r.jabatanId() + " B" + r.b() + " K" + r.k());
        }
        if (r.jenis() == Baris.Jenis.JUMLAH_UNIT) {
          sb += r.b();
          sk += r.k();
        }
      }
      assertEquals(s.jumlah().b(), sb, "unit subtotals add up to the perangkat daerah's");
      assertEquals(s.jumlah().k(), sk);
    }
    assertEquals(b, t.total().b());
    assertEquals(k, t.total().k());
    assertEquals(expected.size(), rows.size());
    assertEquals(new HashSet<>(expected), new HashSet<>(rows), "each jabatan once, same B and K");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void superiorsComeBeforeTheirSubordinatesInTheSameUnit(String name) {
    Path input = Path.of("examples", name);
    Validation.Outcome o = Validation.standard(YamlLimits.DEFAULTS, Path.of("")).validate(input);
    Daerah d = o.load().daerah().orElseThrow();
    RekapTabel t = rekap(input, Optional.empty(), Optional.empty());
    for (Bagian s : t.bagian()) {
      PerangkatDaerah p =
          d.perangkatDaerah().stream().filter(x -> x.id().equals(s.pd())).findFirst().get();
      Set<String> seen = new HashSet<>();
      for (Baris r : s.baris()) {
        if (r.jenis() != Baris.Jenis.JABATAN) {
          continue;
        }
        Jabatan j =
            p.jabatan().stream().filter(x -> x.id().id().equals(r.jabatanId())).findFirst().get();
        j.atasan()
            .filter(a -> a.pd().equals(p.id()))
            .flatMap(a -> p.jabatan().stream().filter(x -> x.id().equals(a)).findFirst())
            .filter(a -> a.unit().equals(j.unit()))
            .ifPresent(
                a ->
                    assertTrue(
                        seen.contains(a.id().id()),
                        a.id() + " is listed before its subordinate " + j.id()));
        seen.add(r.jabatanId());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"examples/invalid/bezetting.yaml"})
  void bezettingFindingsSitBesideTheirRow(String file) {
    RekapTabel t = rekap(Path.of(file), Optional.empty(), Optional.empty());
    List<Baris> noted =
        t.bagian().get(0).baris().stream().filter(r -> !r.catatan().isEmpty()).toList();
    assertEquals(1, noted.size());
    assertEquals("pengadministrasi", noted.get(0).jabatanId());
    Baris.Catatan c = noted.get(0).catatan().get(0);
    assertEquals("jabatan.bezetting", c.aturan());
    assertTrue(c.posisi().startsWith("examples/invalid/bezetting.yaml:"), c.posisi());
    assertEquals(2, noted.get(0).b());
    assertEquals(1, noted.get(0).k());
    assertEquals(1, noted.get(0).selisih());
  }

  @ParameterizedTest
  @ValueSource(strings = {"setda/bagian-organisasi"})
  void aUnitRecapCoversTheUnitAndTheUnitsBelow(String unit) {
    RekapTabel t = rekap(Path.of("examples/pekanbaru"), Optional.empty(), Optional.of(unit));
    assertEquals(1, t.bagian().size());
    List<Baris> units =
        t.bagian().get(0).baris().stream().filter(r -> r.jenis() == Baris.Jenis.UNIT).toList();
    assertEquals("bagian-organisasi", units.get(0).jabatanId());
    assertEquals(1, units.get(0).tingkat(), "the chosen unit is the top of the recap");
    assertTrue(units.size() > 1, "its subunits follow");
    assertEquals(t.total().b(), t.bagian().get(0).jumlah().b());
  }
}
