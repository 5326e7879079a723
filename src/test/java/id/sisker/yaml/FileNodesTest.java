package id.sisker.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file's nodes are found again after its tree is let go (ADR 88): parsing the kept text again
 * gives the same node at every handle, with the same positions, and only when a position is asked.
 */
class FileNodesTest {

  @TempDir Path dir;

  static Stream<Path> bundledYaml() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("examples"))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  /** Every mapping of the tree with the handle that names it, found by the same steps. */
  private static void mappings(YNode node, FileNodes.Handle h, List<Object[]> out) {
    if (!(node instanceof YMapping m)) {
      return;
    }
    out.add(new Object[] {h, m});
    for (int i = 0; i < m.size(); i++) {
      YNode v = m.value(i);
      if (v instanceof YMapping) {
        mappings(v, h.child(i, -1), out);
      } else if (v instanceof YSequence seq) {
        for (int j = 0; j < seq.items().size(); j++) {
          mappings(seq.items().get(j), h.child(i, j), out);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("bundledYaml")
  void everyMappingIsFoundAgainWithItsPositions(Path file) throws Exception {
    FileNodes.Read r;
    try {
      r = FileNodes.read(SourceFile.of(file, Path.of("")), YamlLimits.DEFAULTS);
    } catch (id.sisker.finding.UnreadableInputException e) {
      // An example of an unreadable file: there is no tree to find again.
      return;
    }
    List<Object[]> all = new ArrayList<>();
    mappings(r.document().root(), r.nodes().root(), all);
    assertFalse(r.nodes().holdsTree(), "nothing asked yet, nothing parsed again");
    for (Object[] pair : all) {
      FileNodes.Handle h = (FileNodes.Handle) pair[0];
      YMapping first = (YMapping) pair[1];
      YMapping again = h.mapping();
      assertEquals(first, again, "the same mapping, positions included");
      for (int i = 0; i < first.size(); i++) {
        String key = first.keyText(i);
        assertEquals(first.entrySpan(key), h.entrySpan(key), key);
        assertEquals(first.key(i).span(), again.key(i).span(), key);
      }
    }
    assertTrue(r.nodes().holdsTree());
  }

  @Test
  void theTextFirstReadIsTheOneParsedAgain() throws Exception {
    Path f = dir.resolve("a.yaml");
    Files.writeString(f, "a:\n  b: 1\n", StandardCharsets.UTF_8);
    FileNodes.Read r = FileNodes.read(SourceFile.of(f, dir), YamlLimits.DEFAULTS);
    // Edited while the run goes on: positions still describe what was validated.
    Files.writeString(f, "\n\n\nzzz:\n  a:\n    b: 1\n", StandardCharsets.UTF_8);
    FileNodes.Handle a = r.nodes().root().child(0, -1);
    assertEquals("a.yaml:2:3", a.span().position());
    assertEquals("a.yaml:2:6", a.entrySpan("b").position());
  }

  @Test
  void aDecodedTextIsKeptAsWellAsBytes() throws Exception {
    SourceFile f = SourceFile.named("t.yaml");
    String text = "x:\n  - {id: a}\n  - id: b\n    n: 2\n";
    YamlDocument doc = YamlReader.parse(f, text, YamlLimits.DEFAULTS);
    FileNodes nodes = FileNodes.ofText(f, text, YamlLimits.DEFAULTS);
    FileNodes.Handle second = nodes.root().child(0, 1);
    YMapping want = (YMapping) ((YSequence) ((YMapping) doc.root()).child("x")).items().get(1);
    assertEquals(want, second.mapping());
    assertEquals("t.yaml:4:8", second.entrySpan("n").position());
  }

  @Test
  void aResidentTreeIsUsedAsItIs() throws Exception {
    SourceFile f = SourceFile.named("r.yaml");
    YamlDocument doc = YamlReader.parse(f, "a: {b: 1}\n", YamlLimits.DEFAULTS);
    FileNodes nodes = FileNodes.resident(doc);
    assertTrue(nodes.holdsTree());
    assertTrue(nodes.root().child(0, -1).mapping() == ((YMapping) doc.root()).child("a"));
  }
}
