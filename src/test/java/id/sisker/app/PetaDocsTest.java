package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import id.sisker.testing.Git;
import id.sisker.testing.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./sisker} command in the {@code sh} blocks of docs/peta.md (and the README's peta
 * section) runs as shown, from a copy of the repository's examples, and exits 0; the sample output
 * in docs/peta.md is what the first beda command prints.
 */
class PetaDocsTest {

  @TempDir Path tmp;

  static List<String> commands(Path doc) throws IOException {
    List<String> out = new ArrayList<>();
    boolean sh = false;
    for (String line : Files.readAllLines(doc, StandardCharsets.UTF_8)) {
      if (line.startsWith("```")) {
        sh = !sh && line.equals("```sh");
        continue;
      }
      if (sh && line.startsWith("./sisker ")) {
        out.add(line.substring("./sisker ".length()));
      }
    }
    return out;
  }

  /** A shell line's words: split at spaces, except inside double quotes (which are dropped). */
  static String[] words(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
        any = true;
      } else if (ch == ' ' && !quoted) {
        if (any || w.length() > 0) {
          out.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(ch);
      }
    }
    if (any || w.length() > 0) {
      out.add(w.toString());
    }
    return out.toArray(new String[0]);
  }

  private void copyExamples() throws IOException {
    copyExamples(tmp);
  }

  private static void copyExamples(Path dir) throws IOException {
    Trees.copy(Path.of("examples"), dir.resolve("examples"));
  }

  @Test
  void everyCommandRunsAsShown() throws Exception {
    copyExamples();
    boolean git = Git.available();
    if (git) {
      Git.run(tmp, "init", "-q");
      Git.run(tmp, "add", ".");
      Git.run(tmp, "commit", "-q", "-m", "contoh");
    }
    List<String> all = new ArrayList<>(commands(Path.of("docs/peta.md")));
    all.addAll(
        commands(Path.of("README.md")).stream()
            .filter(c -> c.startsWith("rekap") || c.startsWith("beda") || c.startsWith("impor"))
            .toList());
    assertTrue(all.size() >= 10, "docs/peta.md shows the commands: " + all);
    for (String c : all) {
      if (c.contains("--git") && !git) {
        System.err.println("PetaDocsTest: git is not installed, skipped: " + c);
        continue;
      }
      Cli.Run r = Cli.run(tmp, Map.of(), false, words(c));
      assertEquals(0, r.exit(), c + "\n" + r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    }
    assertTrue(Files.size(tmp.resolve("rekap.xlsx")) > 0);
  }

  /** The examples in `sisker rekap --help` and `sisker beda --help` (git ones need history). */
  @Test
  void helpExamplesRun() throws Exception {
    for (String bundle : List.of("rekap", "rekap_en", "beda", "beda_en", "impor", "impor_en")) {
      Path dir = tmp.resolve(bundle);
      copyExamples(dir);
      java.util.Properties p = new java.util.Properties();
      try (var in =
          Files.newBufferedReader(
              Path.of("src/main/resources/id/sisker/i18n/cli/" + bundle + ".properties"),
              StandardCharsets.UTF_8)) {
        p.load(in);
      }
      for (String line : p.getProperty("usage.footer").split("%n", -1)) {
        String c = line.strip();
        if (!c.startsWith("sisker ") || c.contains("--git")) {
          continue;
        }
        Cli.Run r = Cli.run(dir, Map.of(), false, c.substring("sisker ".length()).split(" ", 0));
        assertEquals(0, r.exit(), bundle + ": " + c + "\n" + r.err());
      }
    }
  }

  @Test
  void theSampleOutputIsWhatTheCommandPrints() throws IOException {
    String doc = Files.readString(Path.of("docs/peta.md"), StandardCharsets.UTF_8);
    int at = doc.indexOf("```text\nPerbedaan examples/versi/2024.yaml");
    assertTrue(at > 0, "docs/peta.md shows the sample");
    String sample = doc.substring(at + "```text\n".length(), doc.indexOf("```\n", at + 8));
    Cli.Run r = Cli.run("beda", "examples/versi/2024.yaml", "examples/versi/2025.yaml");
    assertEquals(sample, r.out());
  }
}
