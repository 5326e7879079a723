package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.sisker.testing.Cli;
import id.sisker.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./sisker surat} command shown in README.md and docs/surat.md runs as shown, in
 * order, in a fresh folder per document holding a copy of the examples (a command may use a file an
 * earlier one wrote).
 */
class SuratDocsTest {

  @TempDir Path tmp;

  static List<String> commands(Path doc) throws IOException {
    List<String> out = new ArrayList<>();
    boolean sh = false;
    for (String line : Files.readAllLines(doc)) {
      if (line.startsWith("```")) {
        sh = line.equals("```sh");
        continue;
      }
      if (sh && line.startsWith("./sisker surat")) {
        out.add(line);
      }
    }
    return out;
  }

  @Test
  void commandsInTheDocsRunAsShown() throws IOException {
    for (String doc : List.of("README.md", "docs/surat.md")) {
      Path dir = tmp.resolve(doc.replace('/', '-'));
      copy(Path.of("examples"), dir.resolve("examples"));
      List<String> all = commands(Path.of(doc));
      assertFalse(all.isEmpty(), doc);
      for (String c : all) {
        String[] args = c.substring("./sisker ".length()).split(" ", 0);
        Cli.Run r = Cli.run(dir, Map.of(), false, args);
        assertEquals(0, r.exit(), doc + ": " + c + "\n" + r.err() + Arrays.toString(args));
      }
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Trees.copy(from, to);
  }
}
