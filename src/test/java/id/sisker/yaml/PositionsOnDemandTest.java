package id.sisker.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import org.junit.jupiter.api.Test;

/** Positions of fields and items are found from the registered object above them (ADR 75). */
class PositionsOnDemandTest {

  private static final String TEXT =
      """
      a:
        b: 1
        c:
          - x
          - y
        d: {k: v}
      """;

  private static String at(SourceMap m, NodePath p) {
    Span s = m.find(p).orElseThrow();
    return s.line() + ":" + s.column() + "-" + s.endLine() + ":" + s.endColumn();
  }

  @Test
  void fieldsAndItemsAreLocatedFromTheirObject() throws Exception {
    YamlDocument doc = YamlReader.parse(SourceFile.named("x.yaml"), TEXT, YamlLimits.DEFAULTS);
    YMapping root = (YMapping) doc.root();
    SourceMap m = new SourceMap();
    NodePath a = NodePath.of("a");
    m.tree(a, root.child("a"));
    // A scalar field: its value.
    assertEquals("2:6-2:7", at(m, a.key("b")));
    // A list field: from its key to the end of the list.
    assertEquals("3:3-6:3", at(m, a.key("c")));
    // An item of it, by index.
    assertEquals("5:7-5:8", at(m, a.key("c").index(1)));
    // A field of a mapping below a field.
    assertEquals("6:10-6:11", at(m, a.key("d").key("k")));
    // Unknown: the nearest ancestor that has a position.
    assertEquals("2:3-7:1", at(m, a.key("tidak-ada")));
  }

  @Test
  void aRegisteredItemWinsOverAnIndexItsIdLooksLike() throws Exception {
    YamlDocument doc = YamlReader.parse(SourceFile.named("x.yaml"), TEXT, YamlLimits.DEFAULTS);
    YMapping a = (YMapping) ((YMapping) doc.root()).child("a");
    SourceMap m = new SourceMap();
    m.tree(NodePath.of("a"), a);
    // An object whose id is "0" is registered at c[0]; its own position is used, not item 0's.
    NodePath idLikeIndex = NodePath.of("a").id("c", "0");
    m.tree(idLikeIndex, a.child("d"));
    assertEquals("6:6-6:12", at(m, idLikeIndex));
    // The first record of a path wins, as before.
    m.tree(idLikeIndex, a.child("b"));
    assertEquals("6:6-6:12", at(m, idLikeIndex));
  }
}
