package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/diagram.md and README run as written: every {@code ./sisker} command in their sh blocks
 * succeeds, every committed picture is what its command draws today, and the Mermaid block is the
 * command's output. {@code mvn test -Ddocs.update=true} rewrites the pictures and the block.
 */
class DiagramDocsTest {

  private static final Path DOC = Path.of("docs/diagram.md");
  private static final Path SCRATCH = Path.of("target/docs-diagram");

  private static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("docs.update", "false"));
  }

  /** The {@code ./sisker} command lines of the sh blocks of a Markdown file. */
  static List<String> commands(String markdown) {
    List<String> out = new ArrayList<>();
    boolean sh = false;
    for (String line : markdown.lines().toList()) {
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

  private static String[] args(String command) {
    return command.split(" ", 0);
  }

  @Test
  void everyCommandRunsAndEveryPictureIsCurrent() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    List<String> commands = commands(doc);
    assertTrue(commands.size() >= 6, "docs/diagram.md shows its commands");
    Files.createDirectories(SCRATCH);
    for (String c : commands) {
      String[] a = args(c);
      int o = List.of(a).indexOf("-o");
      Path committed = null;
      if (o >= 0) {
        committed = Path.of(a[o + 1]);
        a[o + 1] = SCRATCH.resolve(committed.getFileName()).toString();
      }
      Cli.Run r = Cli.run(a);
      assertEquals(0, r.exit(), c + "\n" + r.err());
      if (committed != null) {
        String drawn = Files.readString(Path.of(a[o + 1]), StandardCharsets.UTF_8);
        if (updating()) {
          Files.writeString(committed, drawn, StandardCharsets.UTF_8);
        }
        assertEquals(
            Files.readString(committed, StandardCharsets.UTF_8),
            drawn,
            committed + " is stale: mvn test -Ddocs.update=true");
        assertTrue(
            doc.contains("](" + DOC.getParent().relativize(committed) + ")"), committed + " shown");
      }
    }
  }

  @Test
  void mermaidBlockIsTheCommandOutput() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    String command =
        commands(doc).stream()
            .filter(c -> c.contains("--format mermaid"))
            .findFirst()
            .orElseThrow();
    Cli.Run r = Cli.run(args(command));
    assertEquals(0, r.exit(), r.err());
    String begin = "<!-- mermaid:begin -->\n```mermaid\n";
    String end = "```\n<!-- mermaid:end -->";
    int b = doc.indexOf(begin);
    int e = doc.indexOf(end);
    assertTrue(b >= 0 && e > b, "mermaid markers");
    String current = doc.substring(b + begin.length(), e);
    if (updating()) {
      Files.writeString(
          DOC,
          doc.substring(0, b + begin.length()) + r.out() + doc.substring(e),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(r.out(), current, "docs/diagram.md mermaid block is stale: -Ddocs.update=true");
    assertFalse(current.contains("NIP"), "--anonim");
  }

  @Test
  void readmeDiagramCommandRuns() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    List<String> diagram = commands(readme).stream().filter(c -> c.startsWith("diagram ")).toList();
    assertFalse(diagram.isEmpty(), "README shows a diagram command");
    for (String c : diagram) {
      String[] a = args(c);
      int o = List.of(a).indexOf("-o");
      if (o >= 0) {
        Path committed = Path.of(a[o + 1]);
        a[o + 1] = SCRATCH.resolve("readme-" + committed.getFileName()).toString();
        Cli.Run r = Cli.run(a);
        assertEquals(0, r.exit(), c + "\n" + r.err());
        assertEquals(
            Files.readString(committed, StandardCharsets.UTF_8),
            Files.readString(Path.of(a[o + 1]), StandardCharsets.UTF_8),
            "the README picture is what its command draws");
        assertTrue(readme.contains("](" + committed + ")"), "README shows " + committed);
      } else {
        assertEquals(0, Cli.run(a).exit(), c);
      }
    }
  }
}
