package id.sisker.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.cli.ExitCodes;
import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A daerah outside the bundled four brings its own profile as data (docs/profiles.md): the commands
 * that page documents work on the worked example examples/kabupaten-sukamaju, and a broken copy of
 * its profile or daerah is reported at file:line:col with "did you mean".
 */
class OwnProfileTest {

  static final Path EXAMPLE = Path.of("examples", "kabupaten-sukamaju");
  static final Path PROFILE = EXAMPLE.resolve("profil").resolve("sukamaju.yaml");
  static final String CLEAN = "Ringkasan: 0 galat, 0 peringatan, 0 info";

  @Test
  void theExampleValidatesCleanThroughItsProfilFile() {
    Cli.Run r = Cli.run("validate", EXAMPLE.toString());
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("(profil sukamaju)"), r.out());
    assertTrue(r.out().contains(CLEAN), r.out());
  }

  @Test
  void theExampleValidatesCleanWithProfileFileToo() {
    // The same file named on the command line and by daerah.profil_file is read once.
    Cli.Run r = Cli.run("validate", "--profile-file", PROFILE.toString(), EXAMPLE.toString());
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(CLEAN), r.out());
  }

  @Test
  void profilesListsTheOwnProfileAndItsModels() {
    Cli.Run r = Cli.run("profiles", "--profile-file", PROFILE.toString());
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("sukamaju — Sistem Kerja ASN Kabupaten Sukamaju"), r.out());
    assertTrue(r.out().contains("extends: permenpanrb-7-2022"), r.out());
    assertTrue(r.out().contains("sukamaju-a"), r.out());
    assertTrue(r.out().contains("sukamaju-b"), r.out());
  }

  @Test
  void explainShowsTheOwnCitation() {
    Cli.Run r =
        Cli.run(
            "explain", "sukarela.lingkup", "--profile", "sukamaju", "--profile-file", "" + PROFILE);
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("sukamaju: Perbup Sukamaju 7/2025, Pasal 11 ayat (2)"), r.out());
  }

  @Test
  void rulesForTheProfileListWhatItEnforces() {
    Cli.Run r = Cli.run("rules", "--profile", "sukamaju", "--profile-file", PROFILE.toString());
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("Perbup Sukamaju 7/2025, Lampiran I huruf A angka 1"), r.out());
    // An adjustment in `aturan` is shown with its own citation.
    assertTrue(r.out().contains("Perbup Sukamaju 7/2025, Pasal 9 ayat (3)"), r.out());
  }

  @Test
  void theProfileDiffersVisiblyFromTheBase(@TempDir Path tmp) throws IOException {
    Path d = copy(tmp);
    // A lead from the administrator ranks: an error in Sukamaju (raised by `aturan`).
    replace(
        d.resolve("tim-kerja.yaml"),
        "ketua: \"199411222020121002\"",
        "ketua: \"198106192007012003\"");
    // Pengajuan sukarela across units: allowed in Indragiri Hilir, not in Sukamaju.
    replace(
        d.resolve("penugasan.yaml"),
        "tujuan: bapperida/subbidang-pertanian\n    lingkup: dalam_unit",
        "tujuan: bapperida/subbag-keuangan\n    lingkup: lintas_unit");
    Cli.Run r = sisker(tmp, "validate", "sukamaju");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("galat tim.ketua:"), r.out());
    assertTrue(r.out().contains("sumber: Perbup Sukamaju 7/2025, Pasal 9 ayat (3)"), r.out());
    assertTrue(r.out().contains("galat sukarela.lingkup:"), r.out());
  }

  @Test
  void aMisspeltKeyInTheProfileIsReportedWithPositionAndSuggestion(@TempDir Path tmp)
      throws IOException {
    Path d = copy(tmp);
    replace(d.resolve("profil/sukamaju.yaml"), "\n  penugasan:\n", "\n  penugasn:\n");
    Cli.Run v = sisker(tmp, "validate", "sukamaju");
    assertEquals(ExitCodes.FINDINGS, v.exit(), v.out() + v.err());
    assertTrue(
        v.out()
            .contains(
                "sukamaju/profil/sukamaju.yaml:37:3: galat yaml.kunci-tak-dikenal: kunci"
                    + " \"penugasn\" tidak dikenal di profil"),
        v.out());
    assertTrue(v.out().contains("saran: maksud Anda \"penugasan\"?"), v.out());

    // `sisker profiles` checks the file too, and says so in its exit status.
    Cli.Run p = sisker(tmp, "profiles", "--profile-file", "sukamaju/profil/sukamaju.yaml");
    assertEquals(ExitCodes.FINDINGS, p.exit(), p.out() + p.err());
    assertTrue(
        p.err().contains("sukamaju/profil/sukamaju.yaml:37:3: galat yaml.kunci-tak-dikenal"),
        p.err());
    assertTrue(p.err().contains("maksud Anda \"penugasan\"?"), p.err());
  }

  @Test
  void aMisspeltExtendsIsReportedWithSuggestion(@TempDir Path tmp) throws IOException {
    Path d = copy(tmp);
    replace(
        d.resolve("profil/sukamaju.yaml"),
        "extends: permenpanrb-7-2022",
        "extends: permenpan-7-2022");
    Cli.Run r = sisker(tmp, "profiles", "--profile-file", "sukamaju/profil/sukamaju.yaml");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    assertTrue(
        r.err().contains("sukamaju/profil/sukamaju.yaml:17:12: galat profil.extends:"), r.err());
    assertTrue(r.err().contains("maksud Anda \"permenpanrb-7-2022\"?"), r.err());
  }

  @Test
  void anUnknownModelInTheDaerahIsReportedWithTheProfilesModels(@TempDir Path tmp)
      throws IOException {
    Path d = copy(tmp);
    replace(d.resolve("perangkat-daerah/bapperida.yaml"), "model: sukamaju-b", "model: sukamaju-c");
    Cli.Run r = sisker(tmp, "validate", "sukamaju");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    assertTrue(
        r.out()
            .contains(
                "sukamaju/perangkat-daerah/bapperida.yaml:10:12: galat ref.model: model struktur"
                    + " \"sukamaju-c\" tidak ada di profil sukamaju"),
        r.out());
    assertTrue(r.out().contains("maksud Anda \"sukamaju-a\", \"sukamaju-b\"?"), r.out());
  }

  @Test
  void aMissingProfileFileMakesTheInputUnusable(@TempDir Path tmp) throws IOException {
    Path d = copy(tmp);
    replace(d.resolve("daerah.yaml"), "profil_file: profil/sukamaju.yaml", "profil_file: x.yaml");
    Cli.Run r = sisker(tmp, "validate", "sukamaju");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("berkas.tidak-terbaca"), r.out());
    assertTrue(r.out().contains("galat ref.profil: profil regulasi \"sukamaju\""), r.out());
  }

  @Test
  void theProfileFileIsNotReportedAsLeftOutOfSertakan(@TempDir Path tmp) throws IOException {
    // A single-file daerah without sertakan: other YAML files in its folder are reported as
    // sertakan.terlewat, but not the profile file named by profil_file (it must not be included).
    Path d = tmp.resolve("satu");
    Files.createDirectories(d.resolve("profil"));
    Files.copy(PROFILE, d.resolve("profil/sukamaju.yaml"));
    String root = Files.readString(EXAMPLE.resolve("daerah.yaml"), StandardCharsets.UTF_8);
    Files.writeString(d.resolve("daerah.yaml"), root.substring(0, root.indexOf("sertakan:")));
    Cli.Run r = sisker(tmp, "validate", "satu");
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains(CLEAN), r.out());
  }

  private static Path copy(Path tmp) throws IOException {
    Path target = tmp.resolve("sukamaju");
    try (Stream<Path> w = Files.walk(EXAMPLE)) {
      for (Path p : w.toList()) {
        Path t = target.resolve(EXAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    return target;
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String s = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(s.contains(from), file + " lacks " + from);
    Files.writeString(file, s.replace(from, to), StandardCharsets.UTF_8);
  }

  /** sisker run in-process in {@code dir}, as a user would in a terminal-less shell there. */
  private static Cli.Run sisker(Path dir, String... args) {
    return Cli.run(dir, Map.of(), false, args);
  }
}
