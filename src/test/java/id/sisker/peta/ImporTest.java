package id.sisker.peta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids from names, row ranges, and the same sheet giving the same YAML. */
class ImporTest {

  @Test
  void slugsAreAsciiIdsOfBoundedLength() {
    assertEquals("kepala-dinas-perhubungan", Impor.slug(" Kepala Dinas  Perhubungan ", "x"));
    assertEquals("sekretaris-badan-pendapatan", Impor.slug("Sekretaris Badan Pendapatan", "x"));
    assertEquals("pengelola-aset-teknologi", Impor.slug("Pengelola Aset & Teknologi", "x"));
    assertEquals("analis-kebijakan", Impor.slug("Analis Kébijakan", "x"));
    assertEquals("jabatan", Impor.slug("—", "jabatan"));
    String longName =
        Impor.slug(
            "Kepala Bidang Pajak Bumi dan Bangunan dan Bea Perolehan Hak atas Tanah dan Bangunan",
            "x");
    assertTrue(longName.length() <= 48, longName);
    assertTrue(longName.matches("^[a-z0-9][a-z0-9-]*[a-z0-9]$"), longName);
  }

  @Test
  void rowRangesAreCompact() {
    assertEquals("5\u20139, 12, 15\u201316", Impor.rentang(List.of(5, 6, 7, 8, 9, 12, 15, 16)));
  }

  /** Seeded: random sheets with repeated names give unique, valid ids, the same on every run. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, 2024})
  void idsAreUniqueValidAndStable(long seed) {
    Lembar l = acak(seed);
    String first = render(Impor.impor("acak.csv", List.of(l)));
    String again = render(Impor.impor("acak.csv", List.of(acak(seed))));
    assertEquals(first, again);
    ImporHasil h = Impor.impor("acak.csv", List.of(l));
    Set<String> ids = new HashSet<>();
    for (ImporHasil.Pd pd : h.perangkatDaerah()) {
      collect(pd.akar(), ids);
    }
    assertEquals(l.baris().size() - 2, ids.size(), "one id per jabatan, none shared");
    ids.forEach(id -> assertTrue(id.matches("^[a-z0-9][a-z0-9_-]*$"), id));
  }

  private static void collect(ImporHasil.Unit u, Set<String> ids) {
    for (ImporHasil.Jab j : u.jabatan()) {
      assertTrue(ids.add(j.id()), j.id());
    }
    u.unit().forEach(s -> collect(s, ids));
  }

  private static String render(ImporHasil h) {
    StringBuilder s = new StringBuilder();
    for (ImporHasil.Pd pd : h.perangkatDaerah()) {
      s.append(ImporYaml.render(pd, "acak.csv", Teks.of("id")));
    }
    ImporYaml.laporan(h, Teks.of("id")).forEach(s::append);
    return s.toString();
  }

  private static Lembar acak(long seed) {
    Random r = new Random(seed);
    String[] names = {"Analis", "Pengelola Data", "Penata Kelola", "Pengadministrasi"};
    List<Lembar.Baris> rows = new ArrayList<>();
    rows.add(row(1, "Dinas Uji", "", "", ""));
    rows.add(row(2, "No", "Nama Jabatan", "Jenis Jabatan", "K"));
    rows.add(row(3, "1", "Kepala Dinas Uji", "JPT Pratama", "1"));
    int n = 20 + r.nextInt(40);
    for (int i = 0; i < n; i++) {
      rows.add(
          row(
              4 + i,
              "1." + (i + 1),
              names[r.nextInt(names.length)],
              "Pelaksana",
              String.valueOf(1 + r.nextInt(3))));
    }
    return new Lembar("acak.csv", rows);
  }

  private static Lembar.Baris row(int nomor, String... cells) {
    return new Lembar.Baris(nomor, java.util.Arrays.stream(cells).map(Lembar.Isi::teks).toList());
  }
}
