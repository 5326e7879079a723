package id.sisker.diagram.dot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.diagram.Graph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where {@link DotWriter} puts clusters, nodes and sibling orders: each inside the cluster it
 * belongs to, in graph order, whatever order the graph lists the clusters in.
 */
class DotWriterTest {

  private static Graph.Node node(String id, Optional<String> cluster) {
    return new Graph.Node(
        id,
        id,
        Graph.Shape.PELAKSANA,
        List.of(id),
        cluster,
        Graph.Mark.NONE,
        Optional.empty(),
        List.of());
  }

  /** The body of the DOT without its three header lines and closing brace. */
  private static List<String> body(Graph g) {
    List<String> lines = new ArrayList<>(List.of(DotWriter.write(g).split("\n")));
    return lines.subList(4, lines.size() - 1);
  }

  @Test
  void ordersAndNodesSitInTheirOwnClusterAndRowsAcrossClustersAreLeftOut() {
    Optional<String> a = Optional.of("a");
    Optional<String> b = Optional.of("b");
    Graph g =
        new Graph(
            "t",
            List.of(
                // the child is listed before its parent: still written inside it
                new Graph.Cluster("b", "B", a, true),
                new Graph.Cluster("a", "A", Optional.empty(), false),
                // its parent is not in the graph: never written, as before
                new Graph.Cluster("x", "X", Optional.of("nowhere"), false)),
            List.of(
                node("top", Optional.empty()),
                node("a1", a),
                node("a2", a),
                node("b1", b),
                node("b2", b)),
            List.of(),
            List.of(
                new Graph.Order(List.of("b1", "b2"), false),
                new Graph.Order(List.of("a1", "b1"), false),
                new Graph.Order(List.of("a1", "b1"), true),
                new Graph.Order(List.of("a1", "a2"), false),
                new Graph.Order(List.of("top", "a1"), true)),
            List.of(),
            List.of());
    assertEquals(
        List.of(
            "  subgraph cluster_a {",
            "    label=<A>;",
            "    style=\"rounded,filled\"; color=\"#a6a6a6\"; fillcolor=\"#fafafa\"; fontsize=10;"
                + " labeljust=l;",
            "    subgraph cluster_b {",
            "      label=<B>;",
            "      style=\"dashed,rounded\"; color=\"#7f7f7f\"; fontsize=9; labeljust=l;",
            "      b1 [shape=box, style=\"filled,rounded\", fillcolor=\"#ededed\", label=<b1>,"
                + " tooltip=\"b1\"];",
            "      b2 [shape=box, style=\"filled,rounded\", fillcolor=\"#ededed\", label=<b2>,"
                + " tooltip=\"b2\"];",
            "      { rank=same; b1 -> b2 [style=invis]; }",
            "    }",
            "    a1 [shape=box, style=\"filled,rounded\", fillcolor=\"#ededed\", label=<a1>,"
                + " tooltip=\"a1\"];",
            "    a2 [shape=box, style=\"filled,rounded\", fillcolor=\"#ededed\", label=<a2>,"
                + " tooltip=\"a2\"];",
            "    a1 -> b1 [style=invis, weight=10];",
            "    { rank=same; a1 -> a2 [style=invis]; }",
            "  }",
            "  top [shape=box, style=\"filled,rounded\", fillcolor=\"#ededed\", label=<top>,"
                + " tooltip=\"top\"];",
            "  top -> a1 [style=invis, weight=10];"),
        body(g));
  }

  @Test
  void labelsAndTooltipsEscapeWhatDotAndHtmlReadSpecially() {
    assertEquals(
        "a&amp;b&lt;c&gt;&quot;&#39;&#91;&#93;&#123;&#125;&#124;&#92; &#233;&#128512;~",
        DotWriter.html("a&b<c>\"'[]{}|\\\t\u00e9\ud83d\ude00~"));
    assertEquals("\"a\\\"b\\\\ c\\\\ \"", DotWriter.quoted("a\"b\\\nc\\"));
    assertEquals("\"\ud800\"", DotWriter.quoted("\ud800"));
    assertEquals("&#55296;x", DotWriter.html("\ud800x"));
  }
}
