package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code rekap} → {@code impor} → load gives back every jabatan of every example daerah: its id,
 * name, kind, kelas, K, B (from a sheet without NIPs: as {@code bezetting}), unit and superior
 * within the perangkat daerah, in the same order; and rekap of the result gives the same B and K.
 */
class ImporRoundTripTest {

  static Stream<String> examples() {
    return Stream.of(
        "indragiri-hilir", "pekanbaru", "lampung-tengah", "pulang-pisau", "kabupaten-sukamaju");
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
    return examples()
        .flatMap(
            e ->
                Stream.of(
                    org.junit.jupiter.params.provider.Arguments.of(e, Rekapitulasi.Format.XLSX),
                    org.junit.jupiter.params.provider.Arguments.of(e, Rekapitulasi.Format.CSV)));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void sameJabatanAfterRoundTrip(String name, Rekapitulasi.Format f, @TempDir Path tmp)
      throws IOException {
    Path example = Path.of("examples", name);
    Validation v = Validation.standard(YamlLimits.DEFAULTS, Path.of(""));
    Rekapitulasi.Hasil r =
        new Rekapitulasi(v).rekap(example, Optional.empty(), Optional.empty(), "id");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.content(f).writeTo(bytes);
    Path sheet = tmp.resolve("peta." + f.key());
    Files.write(sheet, bytes.toByteArray());

    Pengimporan.Hasil h = Pengimporan.impor(sheet, "id");
    assertTrue(h.takTerbaca().isEmpty(), () -> h.takTerbaca().get().toString());
    assertFalse(h.adaGalat(), () -> String.join("\n", h.laporan()));
    // A sheet without NIPs gives B as the bezetting key (ADR 84), not as a comment.
    assertTrue(
        h.berkas().values().stream().anyMatch(y -> y.contains(", bezetting: ")),
        "B written as bezetting");
    assertFalse(
        h.berkas().values().stream().anyMatch(y -> y.contains("# B di lembar kerja")),
        "no B left in a comment");
    Path daerah = daerah(example, tmp.resolve("hasil"), h.berkas());

    Validation.Outcome before = v.validate(example);
    Validation.Outcome after = v.validate(daerah);
    assertTrue(after.load().daerah().isPresent(), () -> after.findings().toString());
    List<String> want = jabatan(before.load().daerah().get());
    List<String> got = jabatan(after.load().daerah().get());
    List<String> missing = new ArrayList<>(want);
    missing.removeAll(got);
    List<String> extra = new ArrayList<>(got);
    extra.removeAll(want);
    assertEquals(List.of(), missing, () -> "imported instead: " + extra);
    assertEquals(List.of(), extra);
    assertEquals(want.size(), got.size(), () -> "size; got " + got);
    assertEquals(want, got);
    // And rekap of the imported daerah counts the same B and K as rekap of the example.
    Rekapitulasi.Hasil again =
        new Rekapitulasi(v).rekap(daerah, Optional.empty(), Optional.empty(), "id");
    assertEquals(r.bezetting(), again.bezetting(), "B total");
    assertEquals(r.kebutuhan(), again.kebutuhan(), "K total");
    assertEquals(r.jumlahJabatan(), again.jumlahJabatan(), "jabatan");
  }

  /** A daerah root beside the imported files: the example's root, including only those files. */
  static Path daerah(Path example, Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path p = dir.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
    }
    String root = Files.readString(example.resolve("daerah.yaml"), StandardCharsets.UTF_8);
    root = root.replaceAll("(?ms)^sertakan:\\n(  - .*?\\n)+", "sertakan:\n  - perangkat-daerah/\n");
    Files.writeString(dir.resolve("daerah.yaml"), root, StandardCharsets.UTF_8);
    // A daerah that carries its own profile (profil_file) needs it beside the root.
    Path profil = example.resolve("profil");
    if (Files.isDirectory(profil)) {
      Files.createDirectories(dir.resolve("profil"));
      try (Stream<Path> ps = Files.list(profil)) {
        for (Path p : ps.toList()) {
          Files.copy(p, dir.resolve("profil").resolve(p.getFileName().toString()));
        }
      }
    }
    return dir;
  }

  /** One line per jabatan: what a peta jabatan sheet can carry. */
  static List<String> jabatan(Daerah d) {
    List<String> out = new ArrayList<>();
    for (PerangkatDaerah p : d.perangkatDaerah()) {
      for (Jabatan j : p.jabatan()) {
        String atasan = j.atasan().filter(a -> a.pd().equals(p.id())).map(a -> a.id()).orElse("-");
        out.add(
            p.id()
                + "/"
                + j.id().id()
                + " "
                + j.nama()
                + " | "
                + j.jenis()
                + " "
                + j.jenjang().map(Object::toString).orElse("")
                + " kelas "
                + j.kelas().map(String::valueOf).orElse("-")
                + " K "
                + j.kebutuhan()
                + " B "
                + j.bezetting()
                + " unit "
                + j.unit().unit().orElse("")
                + " atasan "
                + atasan);
      }
    }
    out.sort(null);
    return out;
  }
}
