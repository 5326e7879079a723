package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a hostile pull request or an unusual machine does to sisker: never an internal error (exit
 * 3), never a hang, never a read outside the daerah folder, never a write over an input or a
 * device.
 */
class HardeningTest {

  private static final Path CLEAN = Path.of("src/test/resources/cli/bersih/daerah.yaml");

  @TempDir Path dir;

  @BeforeEach
  void daerah() throws IOException {
    Files.createDirectories(dir.resolve("d"));
    Files.copy(CLEAN, dir.resolve("d/daerah.yaml"));
  }

  private Cli.Run run(String... args) {
    return assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> Cli.run(dir, Map.of(), false, args));
  }

  private void append(String file, String text) throws IOException {
    Files.writeString(
        dir.resolve(file), Files.readString(dir.resolve(file)) + text, StandardCharsets.UTF_8);
  }

  private static void mkfifo(Path p) throws Exception {
    Process pr;
    try {
      pr = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
    } catch (IOException e) {
      Assumptions.abort("mkfifo is not available: " + e.getMessage());
      return;
    }
    Assumptions.assumeTrue(pr.waitFor() == 0, "mkfifo failed");
  }

  // --- exit 3 ---------------------------------------------------------------------------------

  @Test
  void anIncludedFolderThatCannotBeReadIsAFindingNotACrash() throws Exception {
    // A folder nested deeper than PATH_MAX cannot be walked, even by root (chmod would not stop
    // root); the walk used to throw out of Inputs and end in exit 3.
    Path d = dir.resolve("d/data");
    Files.createDirectories(d);
    String name = "x".repeat(200);
    StringBuilder script = new StringBuilder("cd '" + d + "'");
    for (int i = 0; i < 24; i++) {
      script.append(" && mkdir ").append(name).append(" && cd ").append(name);
    }
    script.append(" && echo 'pegawai: []' > p.yaml");
    Process pr = new ProcessBuilder("bash", "-c", script.toString()).inheritIO().start();
    Assumptions.assumeTrue(pr.waitFor() == 0, "cannot build the deep folder");
    try {
      append("d/daerah.yaml", "sertakan:\n  - data/\n");
      Cli.Run r = run("validate", "d");
      assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
      assertTrue(r.out().contains("berkas.tidak-terbaca"), r.out());
      assertTrue(r.out().contains("tidak dapat dibaca"), r.out());
    } finally {
      // JUnit's own clean-up cannot delete below PATH_MAX either; rm works relative to each level.
      new ProcessBuilder("bash", "-c", "cd '" + dir.resolve("d") + "' && rm -rf data")
          .inheritIO()
          .start()
          .waitFor();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "text", "github", "sarif", "junit"})
  void aLoneSurrogateInTheDataIsWrittenToAReportFile(String format) throws Exception {
    append("d/daerah.yaml", "\"kunci\\uD800\": 1\n");
    Cli.Run r = run("validate", "--format", format + "=laporan.out", "d");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    String written = Files.readString(dir.resolve("laporan.out"), StandardCharsets.UTF_8);
    assertTrue(written.contains("kunci"), written);
  }

  @Test
  void aReportIntoProcIsAnExitTwoWithTheReason() {
    Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc here");
    Cli.Run r = run("validate", "--format", "json=/proc/self/laporan.json", "d");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("/proc/self/laporan.json"), r.err());
    assertFalse(r.err().contains("internal"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void aReportIntoAReadOnlyFolderIsAnExitTwoWithTheReason() throws Exception {
    Path ro = Files.createDirectories(dir.resolve("ro"));
    assertTrue(ro.toFile().setWritable(false, false));
    try {
      Assumptions.assumeFalse(Files.isWritable(ro), "running as root: permissions do not apply");
      Cli.Run r = run("validate", "--format", "json=ro/x.json", "d");
      assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
      assertTrue(r.err().contains("izin ditolak"), r.err());
    } finally {
      ro.toFile().setWritable(true, false);
    }
  }

  // --- hangs: only regular files are opened ----------------------------------------------------

  @Test
  void aFifoAsInputIsRefusedByKind() throws Exception {
    mkfifo(dir.resolve("pipa.yaml"));
    Cli.Run r = run("validate", "pipa.yaml");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("pipa bernama (FIFO)"), r.out());
  }

  @Test
  void aFifoAsProfileFileIsRefusedByKind() throws Exception {
    mkfifo(dir.resolve("d/profil.yaml"));
    Files.writeString(
        dir.resolve("d/daerah.yaml"),
        Files.readString(dir.resolve("d/daerah.yaml"))
            .replace("  profil: indragiri-hilir\n", "  profil: x\n  profil_file: profil.yaml\n"));
    Cli.Run r = run("validate", "--lang", "en", "d");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("named pipe (FIFO), not a regular file"), r.out());
  }

  @Test
  void aSocketAndADeviceAreRefusedByKind() throws Exception {
    Path sock = dir.resolve("soket.yaml");
    try (ServerSocketChannel s = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      s.bind(UnixDomainSocketAddress.of(sock));
      Cli.Run r = run("validate", "soket.yaml");
      assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
      assertTrue(r.out().contains("soket, bukan berkas biasa"), r.out());
    }
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
    Cli.Run r = run("validate", "/dev/null");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.out().contains("perangkat karakter"), r.out());
  }

  // --- reading outside the daerah folder -------------------------------------------------------

  @Test
  void anIncludedSymlinkToAFileOutsideIsNotRead() throws Exception {
    Files.writeString(dir.resolve("rahasia.yaml"), "pegawai:\n  - RAHASIA_LUAR: 1\n");
    Files.createSymbolicLink(dir.resolve("d/tautan.yaml"), dir.resolve("rahasia.yaml"));
    append("d/daerah.yaml", "sertakan:\n  - tautan.yaml\n");
    Cli.Run r = run("validate", "d");
    assertFalse(r.out().contains("RAHASIA_LUAR"), r.out());
    assertTrue(r.out().contains("sertakan.di-luar"), r.out());
    // Through a folder entry or a glob too.
    Files.writeString(
        dir.resolve("d/daerah.yaml"),
        Files.readString(dir.resolve("d/daerah.yaml"))
            .replace("  - tautan.yaml", "  - \"*.yaml\""));
    r = run("validate", "d");
    assertFalse(r.out().contains("RAHASIA_LUAR"), r.out());
    assertTrue(r.out().contains("sertakan.di-luar"), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../luar.yaml", "ABS"})
  void aProfileFileOutsideTheFolderIsNotRead(String written) throws Exception {
    Files.writeString(dir.resolve("luar.yaml"), "profil: {id: luar, RAHASIA_PROFIL: 1}\n");
    String path = written.equals("ABS") ? dir.resolve("luar.yaml").toString() : written;
    Files.writeString(
        dir.resolve("d/daerah.yaml"),
        Files.readString(dir.resolve("d/daerah.yaml"))
            .replace(
                "  profil: indragiri-hilir\n",
                "  profil: luar\n  profil_file: \"" + path + "\"\n"));
    Cli.Run r = run("validate", "d");
    assertEquals(ExitCodes.FINDINGS, r.exit(), r.out() + r.err());
    assertFalse(r.out().contains("RAHASIA_PROFIL"), r.out());
    assertTrue(r.out().contains("profil_file \"" + path + "\" berada di luar folder"), r.out());
    // The user may bring it on the command line: then it is read (and its problems shown).
    r = run("validate", "--profile-file", "luar.yaml", "d");
    assertTrue(r.out().contains("RAHASIA_PROFIL"), r.out());
    assertFalse(r.out().contains("berada di luar folder"), r.out());
  }

  @Test
  void aProfileFileSymlinkedOutOfTheFolderIsNotRead() throws Exception {
    Files.writeString(dir.resolve("luar.yaml"), "profil: {id: luar, RAHASIA_PROFIL: 1}\n");
    Files.createSymbolicLink(dir.resolve("d/profil.yaml"), dir.resolve("luar.yaml"));
    Files.writeString(
        dir.resolve("d/daerah.yaml"),
        Files.readString(dir.resolve("d/daerah.yaml"))
            .replace(
                "  profil: indragiri-hilir\n", "  profil: luar\n  profil_file: profil.yaml\n"));
    Cli.Run r = run("validate", "d");
    assertFalse(r.out().contains("RAHASIA_PROFIL"), r.out());
    assertTrue(r.out().contains("berada di luar folder"), r.out());
  }

  // --- writing ---------------------------------------------------------------------------------

  @Test
  void aSymlinkedFolderInsideTheOutputFolderDoesNotLeadOut() throws Exception {
    Files.createDirectories(dir.resolve("keluar"));
    Files.createDirectories(dir.resolve("out"));
    Files.createSymbolicLink(dir.resolve("out/tautan"), dir.resolve("keluar"));
    id.sisker.app.OutputFolder out = new id.sisker.app.OutputFolder(dir.resolve("out"), true);
    assertTrue(out.resolve("tautan/x.json").isEmpty(), "a derived name through the link");
    Path lexical = dir.resolve("out/tautan/x.json");
    assertTrue(out.refusal(lexical).isPresent());
    org.junit.jupiter.api.Assertions.assertThrows(
        id.sisker.app.OutputFolder.Refused.class, () -> out.write(lexical, "{}"));
    assertFalse(Files.exists(dir.resolve("keluar/x.json")));
  }

  @Test
  void aNameDerivedFromTheDataNeverLeavesTheOutputFolder() throws Exception {
    id.sisker.app.OutputFolder out = new id.sisker.app.OutputFolder(dir.resolve("out"), true);
    for (String name : new String[] {"../x.svg", "a/../../x.svg", "/tmp/x.svg", "", "."}) {
      assertTrue(out.resolve(name).isEmpty(), name);
    }
    assertEquals(dir.resolve("out/pd/x.svg"), out.resolve("pd/x.svg").orElseThrow());
  }

  @Test
  void neverOntoAnInputEvenWithForce() throws Exception {
    String before = Files.readString(dir.resolve("d/daerah.yaml"));
    Cli.Run r = run("validate", "--force", "--format", "json=d/daerah.yaml", "d");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("dibaca sebagai masukan"), r.err());
    assertEquals(before, Files.readString(dir.resolve("d/daerah.yaml")));
  }

  @Test
  void neverOntoADeviceOrAFolderEvenWithForce() throws Exception {
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")));
    Cli.Run r = run("validate", "--force", "--format", "json=/dev/null", "d");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("bukan berkas biasa"), r.err());
    assertTrue(Files.exists(Path.of("/dev/null")) && !Files.isRegularFile(Path.of("/dev/null")));
    Files.createDirectories(dir.resolve("folder"));
    r = run("validate", "--force", "--format", "json=folder", "d");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(Files.isDirectory(dir.resolve("folder")));
  }

  @Test
  void aReportPathTypedOnTheCommandLineIsHonouredWhereverItPoints() throws Exception {
    Path elsewhere = Files.createTempDirectory("runner-temp");
    try {
      Path target = elsewhere.resolve("x.sarif");
      Cli.Run r = run("validate", "--output-dir", "laporan", "--format", "sarif=" + target, "d");
      assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
      assertTrue(Files.readString(target).contains("\"2.1.0\""));
      r = run("validate", "--output-dir", "laporan", "--format", "json=../x.json", "d");
      assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
      assertTrue(Files.exists(dir.resolve("x.json")));
    } finally {
      Files.deleteIfExists(elsewhere.resolve("x.sarif"));
      Files.deleteIfExists(elsewhere);
    }
  }
}
