package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion, the manual page and the launcher's own checks, as a new user meets them. */
class ShellTest {

  @Test
  void completionForBashAndZsh() {
    for (String shell : new String[] {"bash", "zsh", "BASH"}) {
      Cli.Run r = Cli.run("completion", shell);
      assertEquals(ExitCodes.CLEAN, r.exit(), r.err());
      assertTrue(r.out().contains("complete -F"), r.out());
      assertTrue(r.out().contains("validate"), "subcommands are completed");
      assertTrue(r.out().contains("--fail-on"), "options are completed");
    }
    assertEquals(ExitCodes.UNUSABLE, Cli.run("completion", "fish").exit());
  }

  @Test
  void theCompletionScriptIsValidBash() throws Exception {
    Cli.Run r = Cli.run("completion", "bash");
    Path script = Files.createTempFile("sisker-completion", ".bash");
    try {
      Files.writeString(script, r.out());
      Process p = new ProcessBuilder("bash", "-n", script.toString()).inheritIO().start();
      assertTrue(p.waitFor(20, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), "bash -n accepts the script");
    } finally {
      Files.deleteIfExists(script);
    }
  }

  @Test
  void theManPageNamesEveryCommandInTheChosenLanguage() throws Exception {
    for (String lang : new String[] {"id", "en"}) {
      Cli.Run r = Cli.run("--lang", lang, "man");
      assertEquals(ExitCodes.CLEAN, r.exit(), r.err());
      String page = r.out();
      assertTrue(page.startsWith(".TH SISKER 1"), page);
      for (String c :
          new String[] {
            "validate",
            "rules",
            "explain",
            "profiles",
            "schema",
            "diagram",
            "surat",
            "rekap",
            "beda",
            "completion"
          }) {
        assertTrue(page.contains(".SS sisker " + c), c);
      }
      assertTrue(page.contains(lang.equals("en") ? ".SH EXIT STATUS" : ".SH KODE KELUAR"), page);
      assertTrue(page.contains("\\-\\-fail\\-on"), "hyphens escaped for roff");
    }
    Path groff = Path.of("/usr/bin/groff");
    Assumptions.assumeTrue(Files.isExecutable(groff), "groff not installed: rendering not checked");
    Path page = Files.createTempFile("sisker", ".1");
    try {
      Files.writeString(page, Cli.run("man").out());
      Process p =
          new ProcessBuilder(groff.toString(), "-man", "-Tutf8", "-ww", "-z", page.toString())
              .redirectErrorStream(true)
              .start();
      String warnings = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(20, TimeUnit.SECONDS));
      assertEquals("", warnings.strip(), "groff has no complaints");
    } finally {
      Files.deleteIfExists(page);
    }
  }

  private static Path fakeJava(Path dir, String versionLine) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dir;
  }

  private static String launch(Map<String, String> env, String... args) throws Exception {
    String[] cmd = new String[args.length + 2];
    cmd[0] = "bash";
    cmd[1] = Path.of("sisker").toAbsolutePath().toString();
    System.arraycopy(args, 0, cmd, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("SISKER_LANG");
    pb.environment().remove("LC_ALL");
    pb.environment().remove("LC_MESSAGES");
    pb.environment().remove("LANG");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    return p.exitValue() + " " + out;
  }

  @Test
  void theLauncherSaysExactlyWhenJavaIsTooOld(@TempDir Path dir) throws Exception {
    Path home = fakeJava(dir, "openjdk version \"11.0.2\" 2019-01-15");
    String out = launch(Map.of("JAVA_HOME", home.toString()), "validate", "x");
    assertTrue(out.startsWith("2 "), out);
    assertTrue(out.contains("Java 11.0.2"), out);
    assertTrue(out.contains("memerlukan Java 17 atau lebih baru"), out);
    out = launch(Map.of("JAVA_HOME", home.toString(), "LANG", "en_US.UTF-8"), "validate", "x");
    assertTrue(out.contains("sisker needs Java 17 or later"), out);
    out = launch(Map.of("JAVA_HOME", home.toString()), "--lang", "en", "validate", "x");
    assertTrue(out.contains("sisker needs Java 17 or later"), out);
    Path old = fakeJava(dir.resolve("lama"), "java version \"1.8.0_292\"");
    out = launch(Map.of("JAVA_HOME", old.toString()), "validate", "x");
    assertTrue(out.contains("Java 1.8.0_292"), out);
  }

  @Test
  void theLauncherSaysExactlyWhenJavaIsMissing(@TempDir Path dir) throws Exception {
    // A PATH with the tools the script needs but no java.
    Path bin = Files.createDirectories(dir.resolve("bin"));
    for (String tool : new String[] {"dirname", "sed", "head", "cut", "find", "bash"}) {
      Path real = Path.of("/usr/bin", tool);
      if (!Files.exists(real)) {
        real = Path.of("/bin", tool);
      }
      Assumptions.assumeTrue(Files.exists(real), tool + " not found");
      Files.createSymbolicLink(bin.resolve(tool), real);
    }
    try {
      String out = launch(Map.of("PATH", bin.toString(), "JAVA_HOME", ""), "validate", "x");
      assertTrue(out.startsWith("2 "), out);
      assertTrue(out.contains("Java tidak ditemukan"), out);
    } finally {
      // Remove the links ourselves: JUnit warns about links out of its temporary folder.
      try (var links = Files.list(bin)) {
        for (Path l : links.toList()) {
          Files.delete(l);
        }
      }
    }
  }
}
