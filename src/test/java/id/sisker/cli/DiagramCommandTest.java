package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sisker diagram} as a user meets it: scopes, mistakes, batches, exit codes. */
class DiagramCommandTest {

  @TempDir Path tmp;

  private static final String PEKANBARU = Path.of("examples/pekanbaru").toAbsolutePath().toString();

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  @Test
  void misspeltPdGetsDidYouMean() {
    Cli.Run r = Cli.run("diagram", "examples/pekanbaru", "--pd", "dishbu");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("perangkat daerah \"dishbu\" tidak ada"), r.err());
    assertTrue(r.err().contains("maksud Anda \"dishub\"?"), r.err());
    assertEquals("", r.out());
  }

  @Test
  void unknownViewAndFormatListTheChoicesInEnglishToo() {
    Cli.Run r = Cli.run("diagram", "examples/pekanbaru", "--view", "kedudukn", "--lang", "en");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("unknown view \"kedudukn\""), r.err());
    assertTrue(r.err().contains("did you mean \"kedudukan\"?"), r.err());
    Cli.Run f = Cli.run("diagram", "examples/pekanbaru", "--format", "jpg");
    assertTrue(f.err().contains("dot, mermaid, svg, png, html"), f.err());
  }

  @Test
  void unreadableDaerahDrawsNothingAndSaysWhy() {
    Cli.Run r = Cli.run("diagram", "examples/invalid/kutip-tak-tertutup.yaml", "--format", "dot");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().contains("tidak ada yang digambar"), r.err());
    assertTrue(r.err().contains("kutip-tak-tertutup.yaml:"), r.err());
  }

  @Test
  void anonimShowsNoNamesOrNip() {
    Cli.Run named = Cli.run("diagram", "examples/pekanbaru", "--pd", "dishub");
    Cli.Run anon = Cli.run("diagram", "examples/pekanbaru", "--pd", "dishub", "--anonim");
    assertTrue(named.out().contains("Susi Handayani"));
    assertTrue(named.out().contains("NIP 197104101994032001"));
    assertFalse(anon.out().contains("Susi Handayani"));
    assertFalse(anon.out().contains("NIP "));
    assertTrue(anon.out().contains("Kepala Dinas Perhubungan"));
  }

  @Test
  void kelasAndBkInLabels() {
    Cli.Run r = Cli.run("diagram", "examples/pekanbaru", "--pd", "dishub", "--kelas", "--bk");
    assertTrue(r.out().contains("kelas 14 &#183; B/K 1/1"), r.out());
  }

  @Test
  void personScopeIsTheChainUp() {
    Cli.Run r =
        Cli.run(
            "diagram",
            "examples/pekanbaru",
            "--pegawai",
            "198408252011042001",
            "--format",
            "mermaid");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Perencana Ahli Pertama"));
    assertTrue(r.out().contains("Sekretaris Dinas Perhubungan"));
    assertTrue(r.out().contains("Kepala Dinas Perhubungan"));
    assertFalse(r.out().contains("Kepala Bidang Lalu Lintas"), "only the chain up");
  }

  @Test
  void depthLimitsTheLevels() {
    Cli.Run r =
        Cli.run(
            "diagram",
            "examples/pekanbaru",
            "--pd",
            "dishub",
            "--view",
            "struktur",
            "--kedalaman",
            "0");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Dinas Perhubungan"));
    assertFalse(r.out().contains("Bidang Lalu Lintas"));
  }

  @Test
  void pngNeedsAFileAndATypedFileIsHonouredButNeverAnInput() throws Exception {
    assertTrue(run("diagram", PEKANBARU, "--format", "png").err().contains("-o BERKAS"));
    // The user typed the path: it is written wherever it points (as validate's report paths).
    Path work = Files.createDirectories(tmp.resolve("kerja"));
    Cli.Run out = Cli.run(work, Map.of(), false, "diagram", PEKANBARU, "-o", "../x.dot");
    assertEquals(ExitCodes.CLEAN, out.exit(), out.err());
    assertTrue(Files.readString(tmp.resolve("x.dot")).startsWith("digraph"));
    // Never onto a file the command read, even with --force.
    Path daerah = tmp.resolve("d.yaml");
    Files.copy(Path.of("examples/perbedaan/pelaporan-ketua.yaml"), daerah);
    byte[] before = Files.readAllBytes(daerah);
    Cli.Run onto = run("diagram", daerah.toString(), "-o", daerah.toString(), "--force");
    assertEquals(ExitCodes.UNUSABLE, onto.exit(), onto.err());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(daerah)), "input untouched");
  }

  @Test
  void dotEngineWithoutDotSaysHowToGetIt() {
    Cli.Run r =
        Cli.run(
            tmp,
            Map.of("PATH", tmp.toString()),
            false,
            "diagram",
            PEKANBARU,
            "--pd",
            "dishub",
            "--format",
            "svg",
            "--engine",
            "dot");
    assertEquals(ExitCodes.UNUSABLE, r.exit());
    assertTrue(r.err().contains("--engine embedded"), r.err());
  }

  @Test
  void wholeDaerahBatchWithIndexNoOverwriteWithoutForce() throws Exception {
    Cli.Run r =
        run(
            "diagram",
            PEKANBARU,
            "--semua",
            "--view",
            "struktur,tim",
            "--format",
            "mermaid",
            "--out",
            "bagan");
    assertEquals(0, r.exit(), r.err());
    Path dir = tmp.resolve("bagan");
    assertTrue(Files.exists(dir.resolve("index.html")));
    assertTrue(Files.exists(dir.resolve("dishub-struktur.mmd")));
    assertTrue(Files.exists(dir.resolve("dinkes-tim.mmd")));
    String index = Files.readString(dir.resolve("index.html"));
    assertTrue(index.contains("href=\"dishub-struktur.mmd\""), index);
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.sorted().toList();
    }
    long before = Files.getLastModifiedTime(dir.resolve("index.html")).toMillis();
    Cli.Run again =
        run(
            "diagram",
            PEKANBARU,
            "--semua",
            "--view",
            "struktur,tim",
            "--format",
            "mermaid",
            "--out",
            "bagan");
    assertEquals(ExitCodes.UNUSABLE, again.exit());
    assertTrue(again.err().contains("--force"), again.err());
    assertEquals(before, Files.getLastModifiedTime(dir.resolve("index.html")).toMillis());
    Cli.Run forced =
        run(
            "diagram",
            PEKANBARU,
            "--semua",
            "--view",
            "struktur,tim",
            "--format",
            "mermaid",
            "--out",
            "bagan",
            "--force");
    assertEquals(0, forced.exit(), forced.err());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(files, s.sorted().toList());
    }
    assertFalse(r.err().contains("\r"), "no progress line when stderr is not a terminal");
  }

  @Test
  void progressLineOnATerminal() {
    Cli.Run r =
        Cli.run(
            tmp,
            Map.of(),
            true,
            "diagram",
            PEKANBARU,
            "--semua",
            "--view",
            "struktur",
            "--out",
            "p");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("\r"), "a progress line");
  }
}
