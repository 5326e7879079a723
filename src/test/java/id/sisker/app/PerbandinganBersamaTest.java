package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sisker.finding.Finding;
import id.sisker.load.ParseCache;
import id.sisker.source.SourceFile;
import id.sisker.testing.Git;
import id.sisker.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code beda} with the two versions sharing the trees of the files they have in common (ADR 80)
 * says, byte for byte, what it says when it parses everything twice, and every position names the
 * file of its own side: the old folder's, the new folder's, or git's copy of the old revision.
 */
class PerbandinganBersamaTest {

  @TempDir Path tmp;

  private static Validation standard(Path workingDir) {
    return Validation.standard(Optional.empty(), workingDir);
  }

  private static final String DISHUB = "perangkat-daerah/dishubkan.yaml";

  private static void copy(Path from, Path to) throws IOException {
    Trees.copy(from, to);
  }

  /**
   * The head of Bidang Perikanan Budidaya gets another id in the one changed file; penugasan.yaml,
   * the same in both versions, still names the old id, so a finding appears there.
   */
  private static void renameHead(Path daerah) throws IOException {
    Path f = daerah.resolve(DISHUB);
    String s = Files.readString(f, StandardCharsets.UTF_8);
    assertTrue(s.contains("kabid-budidaya"));
    Files.writeString(f, s.replace("kabid-budidaya", "kabid-budi-daya"), StandardCharsets.UTF_8);
    assertTrue(
        Files.readString(daerah.resolve("penugasan.yaml"), StandardCharsets.UTF_8)
            .contains("penetap: dishubkan/kabid-budidaya"));
  }

  /**
   * A finding of the checks (not of loading) in bkad.yaml, a file the versions share: its position
   * comes from the source map, which must name the file of its own side.
   */
  private static void kedudukan(Path daerah) throws IOException {
    Path f = daerah.resolve("perangkat-daerah/bkad.yaml");
    String s = Files.readString(f, StandardCharsets.UTF_8);
    String from = "kelas: 10, atasan: sekretaris, pemangku: [\"198304222014122007\"]";
    assertTrue(s.contains(from));
    Files.writeString(
        f, s.replace(from, from.replace("sekretaris", "kabid-anggaran")), StandardCharsets.UTF_8);
  }

  private static void assertSameBytes(Perbandingan.Hasil expected, Perbandingan.Hasil actual) {
    assertFalse(actual.unusable());
    for (Perbandingan.Format f : Perbandingan.Format.values()) {
      assertEquals(expected.render(f), actual.render(f), f.key());
    }
  }

  /** Every finding of each side is positioned in a file that side read. */
  private static void assertOwnFiles(Perbandingan.Hasil h) {
    for (Validation.Outcome o : h.outcomes()) {
      Set<SourceFile> own = Set.copyOf(o.load().files());
      assertTrue(
          o.findings().stream()
              .anyMatch(
                  f ->
                      f.rule().value().equals("kedudukan.unit")
                          && f.span().orElseThrow().file().name().endsWith("/bkad.yaml")),
          o.input());
      for (Finding f : o.findings()) {
        f.span().ifPresent(s -> assertTrue(own.contains(s.file()), o.input() + ": " + s));
        f.related().forEach(s -> assertTrue(own.contains(s.file()), o.input() + ": " + s));
      }
    }
  }

  private static List<String> lines(String text, String containing) {
    List<String> out = new ArrayList<>();
    String[] all = text.split("\n", -1);
    for (int i = 0; i + 1 < all.length; i++) {
      if (all[i].contains(containing)) {
        out.add(all[i] + "\n" + all[i + 1]);
      }
    }
    return out;
  }

  @Test
  void twoFoldersSomeFilesTheSameSomeNot() throws IOException {
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("lama"));
    copy(Path.of("examples/pulang-pisau"), tmp.resolve("baru"));
    kedudukan(tmp.resolve("lama"));
    kedudukan(tmp.resolve("baru"));
    renameHead(tmp.resolve("baru"));
    for (String[] arah : new String[][] {{"lama", "baru"}, {"baru", "lama"}}) {
      ParseCache c = new ParseCache();
      Perbandingan.Hasil shared =
          new Perbandingan(PerbandinganBersamaTest::standard, () -> Optional.of(c))
              .banding(tmp, Path.of(arah[0]), Path.of(arah[1]), "id");
      Perbandingan.Hasil plain =
          new Perbandingan(PerbandinganBersamaTest::standard, Optional::empty)
              .banding(tmp, Path.of(arah[0]), Path.of(arah[1]), "id");
      // Every included file but dishubkan.yaml (the root is read before any other).
      assertEquals(13, c.taken());
      assertSameBytes(plain, shared);
      assertOwnFiles(shared);
      String text = shared.render(Perbandingan.Format.TEXT);
      // The finding in the file both versions share names the version that has it.
      String jenis = arah[0].equals("lama") ? "temuan baru" : "temuan hilang";
      List<String> ref = lines(text, jenis + ": error ref.jabatan");
      assertEquals(1, ref.size(), text);
      assertTrue(ref.get(0).contains(" baru/penugasan.yaml:34:"), ref.get(0));
      assertFalse(ref.get(0).contains("lama/penugasan.yaml"), ref.get(0));
    }
  }

  /**
   * {@code --git HEAD}: the old side's files are git's blobs in a temporary folder, the new side's
   * the working tree; the blobs that equal the working files are parsed once.
   */
  @Test
  void gitRevisionAgainstTheWorkingTree() throws Exception {
    assumeTrue(Git.available(), "git is not installed: --git cannot be tested here");
    Path repo = tmp.resolve("repo");
    copy(Path.of("examples/pulang-pisau"), repo.resolve("pulang-pisau"));
    kedudukan(repo.resolve("pulang-pisau"));
    Git.run(repo, "init", "-q");
    Git.run(repo, "add", ".");
    Git.run(repo, "commit", "-q", "-m", "awal");
    renameHead(repo.resolve("pulang-pisau"));

    ParseCache c = new ParseCache();
    Perbandingan.Hasil shared =
        new Perbandingan(PerbandinganBersamaTest::standard, () -> Optional.of(c))
            .bandingGit(repo, "HEAD", Path.of("pulang-pisau"), "id");
    Perbandingan.Hasil plain =
        new Perbandingan(PerbandinganBersamaTest::standard, Optional::empty)
            .bandingGit(repo, "HEAD", Path.of("pulang-pisau"), "id");
    assertEquals(13, c.taken());
    assertSameBytes(plain, shared);
    assertOwnFiles(shared);
    // The old side read git's copy, the new side the working tree: the same names, other files.
    Path workTree = repo.toRealPath();
    for (SourceFile f : shared.outcomes().get(0).load().files()) {
      assertFalse(f.path().startsWith(workTree), f.path().toString());
    }
    for (SourceFile f : shared.outcomes().get(1).load().files()) {
      assertTrue(f.path().toRealPath().startsWith(workTree), f.path().toString());
    }
    List<String> ref =
        lines(shared.render(Perbandingan.Format.TEXT), "temuan baru: error ref.jabatan");
    assertEquals(1, ref.size());
    assertTrue(ref.get(0).contains(" pulang-pisau/penugasan.yaml:34:"), ref.get(0));
  }
}
