package id.sisker.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Validation;
import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic daerah of the performance benchmarks (issue 9) are what they claim: valid with no
 * finding under the generic profile, exactly the requested number of jabatan, and the same files
 * for the same seed.
 */
class DaerahSintetisTest {

  @TempDir Path tmp;

  @Test
  void aThousandJabatanValidateWithNoFindingAndTheCountsAreExact() throws IOException {
    DaerahSintetis.Ringkasan r = DaerahSintetis.write(tmp.resolve("d"), 1_000, 5, 9);
    Validation.Outcome o = Validation.standard(Optional.empty(), tmp).validate(tmp.resolve("d"));
    assertFalse(o.unusable(), () -> o.findings().toString());
    assertEquals(List.of(), o.findings());
    Daerah d = o.load().daerah().orElseThrow();
    int jabatan = 0;
    int pemangku = 0;
    for (Jabatan j : new Indeks(d).semuaJabatan()) {
      jabatan++;
      pemangku += j.pemangku().size();
    }
    assertEquals(1_000, jabatan);
    assertEquals(1_000, r.jabatan());
    assertEquals(5, d.perangkatDaerah().size());
    assertEquals(r.pegawai(), d.pegawai().size());
    assertEquals(pemangku, d.pegawai().size(), "every pegawai holds exactly one position");
    assertTrue(d.pegawai().size() > 1_050, "about one position in ten has two holders");
    assertFalse(d.timKerja().isEmpty());
    assertFalse(d.penugasan().isEmpty());
  }

  @Test
  void theSameSeedWritesTheSameBytesAndAnotherSeedOtherData() throws IOException {
    DaerahSintetis.write(tmp.resolve("a"), 1_200, 3, 42);
    DaerahSintetis.write(tmp.resolve("b"), 1_200, 3, 42);
    DaerahSintetis.write(tmp.resolve("c"), 1_200, 3, 43);
    List<Path> files = files(tmp.resolve("a"));
    assertEquals(files, files(tmp.resolve("b")));
    boolean differs = false;
    for (Path f : files) {
      byte[] a = Files.readAllBytes(tmp.resolve("a").resolve(f));
      assertArrayEquals(a, Files.readAllBytes(tmp.resolve("b").resolve(f)), f.toString());
      differs |= !java.util.Arrays.equals(a, Files.readAllBytes(tmp.resolve("c").resolve(f)));
    }
    assertTrue(differs);
  }

  @Test
  void manyOrdinaryDaerahEachValidateWithNoFinding() throws IOException {
    DaerahSintetis.Ringkasan r = DaerahSintetis.writeMany(tmp.resolve("provinsi"), 2, 7);
    assertEquals(2, r.daerah());
    Validation v = Validation.standard(Optional.empty(), tmp);
    for (String name : List.of("daerah-001", "daerah-002")) {
      Validation.Outcome o = v.validate(tmp.resolve("provinsi").resolve(name));
      assertFalse(o.unusable());
      assertEquals(List.of(), o.findings(), name);
      int n = o.load().daerah().orElseThrow().perangkatDaerah().size();
      assertTrue(n >= 20 && n <= 35, name + ": " + n + " perangkat daerah");
    }
    assertTrue(r.jabatan() >= 600 && r.jabatan() <= 6_000, r.toString());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }
}
