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
  void aResidentTreeIsUsedAsItIs() throws Exception {
    SourceFile f = SourceFile.named("r.yaml");
    YamlDocument doc = YamlReader.parse(f, "a: {b: 1}\n", YamlLimits.DEFAULTS);
    FileNodes nodes = FileNodes.resident(doc);
    assertTrue(nodes.holdsTree());
    assertTrue(nodes.root().child(0, -1).mapping() == ((YMapping) doc.root()).child("a"));
  }

  /** A seeded mapping of mappings, lists, flow collections, anchors and aliases. */
  private static String randomYaml(java.util.Random r) {
    StringBuilder b = new StringBuilder();
    List<String> anchors = new ArrayList<>();
    block(r, b, 0, anchors, 0);
    return b.toString();
  }

  private static void block(
      java.util.Random r, StringBuilder b, int indent, List<String> anchors, int depth) {
    int keys = 1 + r.nextInt(4);
    for (int k = 0; k < keys; k++) {
      String pad = " ".repeat(indent);
      b.append(pad).append("k").append(k).append(':');
      int kind = depth > 3 ? 0 : r.nextInt(6);
      switch (kind) {
        case 0 ->
            b.append(' ')
                .append(r.nextBoolean() ? "v" + r.nextInt(99) : "'q: " + k + "'")
                .append('\n');
        case 1 -> {
          String a = "a" + anchors.size() + "_" + depth + "_" + k;
          b.append(" &").append(a).append('\n');
          block(r, b, indent + 2, anchors, depth + 1);
          // Usable once written: an alias inside its own anchor would be a recursion.
          anchors.add(a);
        }
        case 2 -> {
          b.append('\n');
          int items = 1 + r.nextInt(3);
          for (int i = 0; i < items; i++) {
            b.append(pad).append("  -\n");
            block(r, b, indent + 4, anchors, depth + 1);
          }
        }
        case 3 -> b.append(" {x: 1, y: [2, {z: 3}], w: {u: v}}\n");
        case 4 ->
            b.append(
                anchors.isEmpty() ? " ~\n" : " *" + anchors.get(r.nextInt(anchors.size())) + "\n");
        default -> {
          b.append('\n');
          block(r, b, indent + 2, anchors, depth + 1);
        }
      }
    }
  }

  @Test
  void seededShapesWithFlowAnchorsAndAliasesAreFoundAgain() throws Exception {
    java.util.Random r = new java.util.Random(88);
    for (int n = 0; n < 300; n++) {
      String text = randomYaml(r);
      Path f = dir.resolve("r" + n + ".yaml");
      Files.writeString(f, text, StandardCharsets.UTF_8);
      FileNodes.Read read = FileNodes.read(SourceFile.of(f, dir), YamlLimits.DEFAULTS);
      List<Object[]> all = new ArrayList<>();
      mappings(read.document().root(), read.nodes().root(), all);
      for (Object[] pair : all) {
        FileNodes.Handle h = (FileNodes.Handle) pair[0];
        assertEquals(pair[1], h.mapping(), text);
      }
    }
  }
}
