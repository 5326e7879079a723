package id.sisker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The issue 9 section of docs/performance.md can be followed as written: every {@code
 * scripts/bench.sh} command it shows is accepted by the script (run with {@code --check}, which
 * parses the options and prints the plan; the measurement itself takes an hour and needs npm), and
 * every {@code ./mvnw} command names a profile, an execution and test classes that exist.
 */
class PerformanceDocsTest {

  static final String HEADING = "## Validasi skala provinsi (issue 9)";

  static String section() throws IOException {
    String doc = Files.readString(Path.of("docs/performance.md"), StandardCharsets.UTF_8);
    int at = doc.indexOf(HEADING);
    assertTrue(at >= 0, "docs/performance.md has the section " + HEADING);
    int end = doc.indexOf("\n## ", at + HEADING.length());
    return end < 0 ? doc.substring(at) : doc.substring(at, end);
  }

  /** The lines of the sh blocks of {@code markdown} that start with {@code prefix}. */
  static List<String> commands(String markdown, String prefix) {
    List<String> out = new ArrayList<>();
    boolean sh = false;
    for (String line : markdown.split("\n", 0)) {
      if (line.startsWith("```")) {
        sh = !sh && line.equals("```sh");
        continue;
      }
      if (sh && line.startsWith(prefix)) {
        out.add(line.strip());
      }
    }
    return out;
  }

  @Test
  void everyBenchScriptCommandIsAccepted() throws Exception {
    List<String> cmds = commands(section(), "scripts/bench.sh");
    assertFalse(cmds.isEmpty(), "the section shows how to reproduce its table");
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    for (String c : cmds) {
      List<String> argv = new ArrayList<>(List.of("bash"));
      argv.addAll(List.of(c.split(" +", 0)));
      argv.add("--check");
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS), c);
      assertEquals(0, p.exitValue(), c + " --check:\n" + out);
      assertTrue(out.contains("would run"), out);
    }
  }

  @Test
  void everyMavenCommandNamesWhatExists() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    List<String> cmds = commands(section(), "./mvnw");
    assertFalse(cmds.isEmpty());
    for (String c : cmds) {
      Matcher profile = Pattern.compile("-P([a-z]+)").matcher(c);
      while (profile.find()) {
        assertTrue(pom.contains("<id>" + profile.group(1) + "</id>"), c);
      }
      Matcher exec = Pattern.compile("exec:exec@([a-z]+)").matcher(c);
      while (exec.find()) {
        assertTrue(pom.contains("<id>" + exec.group(1) + "</id>"), c);
      }
      Matcher test = Pattern.compile("-Dtest=([A-Za-z]+)").matcher(c);
      while (test.find()) {
        assertTrue(
            Files.exists(Path.of("src/test/java/id/sisker/bench", test.group(1) + ".java")), c);
      }
      Matcher jmh = Pattern.compile("\\b([A-Z][A-Za-z]+Jmh)\\b").matcher(c);
      while (jmh.find()) {
        assertTrue(
            Files.exists(Path.of("src/jmh/java/id/sisker/bench/jmh", jmh.group(1) + ".java")), c);
      }
    }
  }
}
