package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sisker.testing.Cli;
import id.sisker.testing.Git;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact error and summary lines of {@code beda}, {@code impor} and {@code rekap} in both
 * languages, so moving their texts between bundles (ADR 79) cannot change a byte.
 */
class PetaErrorTextsTest {

  @TempDir Path tmp;

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  private static String lastLine(String s) {
    List<String> lines = s.lines().toList();
    return lines.get(lines.size() - 1);
  }

  private static String usage(String lang, String command, String message) {
    return "en".equals(lang)
        ? "Usage error: " + message + "\nSee \"sisker " + command + " --help\".\n"
        : "Pemakaian salah: " + message + "\nLihat \"sisker " + command + " --help\".\n";
  }

  @Test
  void bedaUsageMistakes() {
    Cli.Run one = Cli.run("beda", "examples/pekanbaru");
    assertEquals(2, one.exit());
    assertEquals(
        usage("id", "beda", "berikan dua PATH (LAMA BARU), atau satu PATH dengan --git REV"),
        one.err());
    Cli.Run two = Cli.run("beda", "--git", "HEAD", "a", "b", "--lang", "en");
    assertEquals(2, two.exit());
    assertEquals(
        usage(
            "en",
            "beda",
            "with --git, give a single PATH: its version at REV is compared with its version now"),
        two.err());
  }

  @Test
  void bedaWithAnUnreadableSide() {
    Cli.Run id = Cli.run("beda", "examples/pekanbaru", "examples/tidak-ada");
    assertEquals(2, id.exit());
    assertEquals(
        "perbedaan tidak dapat dihitung: perbaiki masalah di atas"
            + " (sisker validate menampilkan hal yang sama)",
        lastLine(id.err()));
    Cli.Run en = Cli.run("beda", "examples/pekanbaru", "examples/tidak-ada", "--lang", "en");
    assertEquals(
        "no difference computed: fix the problems above (sisker validate shows the same)",
        lastLine(en.err()));
  }

  @Test
  void bedaGitProblems() throws Exception {
    assumeTrue(Git.available(), "git is not installed: --git cannot be tested here");
    Path d = Files.createDirectories(tmp.resolve("bukan-repo/d"));
    Files.writeString(d.resolve("daerah.yaml"), "sisker: 1\n", StandardCharsets.UTF_8);
    Cli.Run outside =
        Cli.run(tmp.resolve("bukan-repo"), Map.of(), false, "beda", "--git", "HEAD", "d");
    assertEquals(2, outside.exit());
    assertTrue(outside.err().startsWith("d tidak berada di dalam repositori git ("), outside.err());
    assertTrue(
        outside.err().endsWith("); bandingkan dua folder: sisker beda LAMA BARU\n"), outside.err());

    Path repo = Files.createDirectories(tmp.resolve("repo"));
    Files.createDirectories(repo.resolve("lama"));
    Files.writeString(repo.resolve("lama/daerah.yaml"), "sisker: 1\n", StandardCharsets.UTF_8);
    Git.run(repo, "init", "-q");
    Git.run(repo, "add", ".");
    Git.run(repo, "commit", "-q", "-m", "awal");
    Files.createDirectories(repo.resolve("baru"));
    Files.writeString(repo.resolve("baru/daerah.yaml"), "sisker: 1\n", StandardCharsets.UTF_8);

    Cli.Run rev = Cli.run(repo, Map.of(), false, "beda", "--git", "tidak-ada", "lama");
    assertEquals(
        "revisi git \"tidak-ada\" tidak dikenal; contoh yang sah: HEAD~1, main, v1.0, atau hash"
            + " commit\n",
        rev.err());
    Cli.Run revEn =
        Cli.run(repo, Map.of(), false, "beda", "--git", "tidak-ada", "lama", "--lang", "en");
    assertEquals(
        "git revision \"tidak-ada\" is not known; valid examples: HEAD~1, main, v1.0, or a commit"
            + " hash\n",
        revEn.err());
    Cli.Run gone = Cli.run(repo, Map.of(), false, "beda", "--git", "HEAD", "hilang");
    assertEquals(
        "hilang tidak ada; --git membandingkan PATH pada revisi HEAD dengan PATH yang ada"
            + " sekarang\n",
        gone.err());
    Cli.Run goneEn =
        Cli.run(repo, Map.of(), false, "beda", "--git", "HEAD", "hilang", "--lang", "en");
    assertEquals(
        "hilang does not exist; --git compares PATH at revision HEAD with PATH as it is now\n",
        goneEn.err());
    Cli.Run later = Cli.run(repo, Map.of(), false, "beda", "--git", "HEAD", "baru", "--lang", "en");
    assertEquals(2, later.exit());
    assertTrue(later.err().startsWith("baru does not exist at revision HEAD ("), later.err());
    Cli.Run laterId = Cli.run(repo, Map.of(), false, "beda", "--git", "HEAD", "baru");
    assertTrue(laterId.err().startsWith("baru tidak ada pada revisi HEAD ("), laterId.err());
  }

  @Test
  void imporMessages() throws IOException {
    assertEquals(
        usage("id", "impor", "berkas tidak-ada.xlsx tidak ada"),
        run("impor", "tidak-ada.xlsx").err());
    assertEquals(
        usage("en", "impor", "file tidak-ada.xlsx does not exist"),
        run("impor", "tidak-ada.xlsx", "--lang", "en").err());
    Files.copy(Path.of("examples/pulang-pisau/peta-jabatan.xlsx"), tmp.resolve("peta.xlsx"));
    Cli.Run id = run("impor", "peta.xlsx", "--out", "a");
    assertEquals(0, id.exit(), id.err());
    assertEquals("(241 jabatan dalam 13 berkas; 0 galat, 1 catatan)", lastLine(id.err()));
    Cli.Run en = run("impor", "peta.xlsx", "--out", "b", "--lang", "en");
    assertEquals("(241 positions in 13 files; 0 errors, 1 notes)", lastLine(en.err()));
    Files.writeString(tmp.resolve("kosong.csv"), "No;Nama Jabatan;Jenis Jabatan;B;K\n");
    Cli.Run empty = run("impor", "kosong.csv", "--out", "c");
    assertEquals(2, empty.exit(), empty.err());
    assertEquals("tidak ada yang ditulis: perbaiki masalah di atas", lastLine(empty.err()));
    Cli.Run emptyEn = run("impor", "kosong.csv", "--out", "c", "--lang", "en");
    assertEquals("nothing written: fix the problems above", lastLine(emptyEn.err()));
  }

  @Test
  void rekapMessages() throws IOException {
    String pp = Path.of("examples/pulang-pisau").toAbsolutePath().toString();
    assertEquals(
        usage(
            "id",
            "rekap",
            "xlsx adalah berkas biner: tulis ke berkas dengan --output, misalnya -o rekap.xlsx"),
        run("rekap", pp, "--format", "xlsx").err());
    assertEquals(
        usage(
            "en",
            "rekap",
            "--lengkap is for --format xlsx only (the sisker data column and the Pegawai sheet)"),
        run("rekap", pp, "--lengkap", "--lang", "en").err());
    assertEquals(
        usage(
            "id",
            "rekap",
            "--lengkap hanya untuk --format xlsx (kolom Data sisker dan lembar Pegawai)"),
        run("rekap", pp, "--lengkap", "--format", "csv").err());
    Cli.Run bad = run("rekap", "tidak-ada");
    assertEquals(2, bad.exit());
    assertEquals(
        "rekap tidak dapat dibuat: perbaiki masalah di atas (sisker validate menampilkan hal yang"
            + " sama)",
        lastLine(bad.err()));
    assertEquals(
        "no recap: fix the problems above (sisker validate shows the same)",
        lastLine(run("rekap", "tidak-ada", "--lang", "en").err()));
    Cli.Run csv = run("rekap", pp, "-o", "r.csv");
    assertEquals(0, csv.exit(), csv.err());
    assertEquals("ditulis: r.csv (241 jabatan, B 253, K 287)\n", csv.err());
    Cli.Run en = run("rekap", pp, "-o", "r.xlsx", "--lang", "en");
    assertEquals("written: r.xlsx (241 positions, B 253, K 287)\n", en.err());
  }
}
