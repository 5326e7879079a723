package id.sisker.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.diagram.dot.DotWriter;
import id.sisker.diagram.html.HtmlPage;
import id.sisker.diagram.mermaid.MermaidWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test: names made of every character DOT, Mermaid, HTML, Markdown and template
 * languages treat specially are drawn literally — parsed back from DOT by graphviz-java's parser,
 * decoded from Mermaid's entity codes, unescaped from HTML.
 */
class LabelEscapingPropertyTest {

  /** Every special character of the output languages, and some that are not ASCII. */
  static final String SPECIAL =
      "\"'<>&{}[]|\\;:#%*_~`$@!?/=+-.,()^\u00e9\u00fc\u4e2d\u00a0\u2014\ud83d\ude00";

  static final List<String> FRAGMENTS =
      List.of(
          "${x}",
          "{{y}}",
          "%%",
          "-->",
          "end",
          "subgraph",
          "<b>",
          "&amp;",
          "\\n",
          "\\l",
          "]]>",
          "<!--",
          "{ MERGEFIELD x }",
          "[[",
          "((",
          "{{",
          "|",
          "#35;",
          "&#39;",
          "%}",
          "{%");

  static IntStream seeds() {
    return IntStream.range(0, 60);
  }

  static String name(Random r) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(10);
      if (k < 5) {
        b.appendCodePoint(
            SPECIAL.codePointAt(
                SPECIAL.offsetByCodePoints(
                    0, r.nextInt(SPECIAL.codePointCount(0, SPECIAL.length())))));
      } else if (k < 7) {
        b.append(FRAGMENTS.get(r.nextInt(FRAGMENTS.size())));
      } else if (k < 9) {
        b.append((char) ('a' + r.nextInt(26)));
      } else {
        b.append(' ');
      }
    }
    return b.toString();
  }

  @SuppressWarnings("EnumOrdinal") // a variety of marks, picked by index
  private static Graph graph(List<String> names) {
    List<Graph.Node> nodes = new ArrayList<>();
    List<Graph.Edge> edges = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      nodes.add(
          new Graph.Node(
              "n_" + i,
              names.get(i),
              i % 2 == 0 ? Graph.Shape.STRUKTURAL : Graph.Shape.FUNGSIONAL,
              List.of(names.get(i), "NIP " + i),
              i % 3 == 0 ? Optional.of("c_1") : Optional.empty(),
              Graph.Mark.values()[i % 3],
              Optional.empty(),
              List.of()));
      if (i > 0) {
        edges.add(
            new Graph.Edge(
                "n_0",
                "n_" + i,
                Graph.EdgeKind.MELAPOR,
                Optional.of(names.get(i)),
                Graph.Mark.NONE));
      }
    }
    return new Graph(
        names.get(0),
        List.of(new Graph.Cluster("c_1", names.get(names.size() - 1), Optional.empty(), false)),
        nodes,
        edges,
        List.of(),
        List.of(
            new Graph.LegendEntry(
                Optional.of(Graph.Shape.STRUKTURAL),
                Optional.empty(),
                Optional.empty(),
                names.get(0))),
        List.of());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void dotLabelsParseBackLiterally(int seed) {
    Random r = new Random(seed);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      names.add(name(r));
    }
    DotReader.Parsed p = DotReader.read(DotWriter.write(graph(names)));
    for (int i = 0; i < names.size(); i++) {
      assertEquals(names.get(i) + "\nNIP " + i, p.nodes().get("n_" + i).text(), "seed " + seed);
      // tooltip is an escString: Graphviz reads \\ as one backslash (the parser keeps it raw)
      String tip = p.nodes().get("n_" + i).attrs().get("tooltip").replaceAll("\\\\(.)", "$1");
      assertEquals(names.get(i) + (names.get(i).endsWith("\\") ? " " : ""), tip, "seed " + seed);
    }
    for (DotReader.Edge e : p.edges()) {
      int i = Integer.parseInt(e.to().substring(2));
      assertEquals(names.get(i), e.attrs().get("label"), "seed " + seed);
    }
    assertEquals(List.of(names.get(names.size() - 1)), p.clusterLabels(), "seed " + seed);
  }

  private static final Pattern MERMAID_NODE =
      Pattern.compile("^\\s*(n_\\d+)(\\[\\[|\\{\\{|\\(|>|\\[)\"([^\"]*)\"(\\]\\]|\\}\\}|\\)|\\])$");

  @ParameterizedTest
  @MethodSource("seeds")
  void mermaidLabelsDecodeLiterally(int seed) {
    Random r = new Random(seed);
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      names.add(name(r));
    }
    String mmd = MermaidWriter.write(graph(names));
    int found = 0;
    for (String line : mmd.lines().toList()) {
      Matcher m = MERMAID_NODE.matcher(line);
      if (m.matches()) {
        String label = m.group(3);
        assertTrue(
            label
                .codePoints()
                .allMatch(c -> Character.isLetterOrDigit(c) || " .,-/():#;<>".indexOf(c) >= 0),
            "raw special character in " + label);
        int i = Integer.parseInt(m.group(1).substring(2));
        assertEquals(names.get(i) + "\nNIP " + i, decodeMermaid(label), "seed " + seed);
        found++;
      }
      assertFalse(line.contains("%%"), "a Mermaid comment marker leaked: " + line);
    }
    assertEquals(names.size(), found);
  }

  static String decodeMermaid(String s) {
    Matcher m = Pattern.compile("#(\\d+);").matcher(s.replace("<br>", "\n"));
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          b, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1))))));
    }
    m.appendTail(b);
    return b.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void htmlTextUnescapesLiterally(int seed) {
    String name = name(new Random(seed));
    String e = HtmlPage.esc(name);
    assertFalse(e.contains("<") || e.contains(">") || e.contains("\""));
    assertEquals(name, DotReader.entities(e.replace("&#39;", "'")));
  }
}
