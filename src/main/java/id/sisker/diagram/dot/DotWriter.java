package id.sisker.diagram.dot;

import id.sisker.diagram.Graph;
import id.sisker.diagram.Style;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Graph} as DOT. Labels are HTML-like labels ({@code <…>}) with every character
 * that HTML or DOT treats specially written as an entity, so a name is drawn exactly as written.
 * Node ids are the graph's sanitised ids and need no quoting. Sibling order is enforced with {@code
 * rank=same} groups chained by invisible edges, since Graphviz's {@code ordering=out} is ignored
 * across clusters.
 */
public final class DotWriter {

  private DotWriter() {}

  public static final String FONT = "Helvetica";

  public static String write(Graph g) {
    StringBuilder b = new StringBuilder();
    b.append("digraph sisker {\n");
    b.append("  graph [rankdir=TB, compound=true, newrank=true, nodesep=0.25, ranksep=0.45,")
        .append(" fontname=\"")
        .append(FONT)
        .append("\", fontsize=14, labelloc=t, label=<<B>")
        .append(html(g.title()))
        .append("</B>>];\n");
    b.append("  node [shape=box, style=\"filled\", fontname=\"")
        .append(FONT)
        .append("\", fontsize=10, margin=\"0.12,0.06\", color=\"#404040\"];\n");
    b.append("  edge [fontname=\"").append(FONT).append("\", fontsize=8, arrowsize=0.7];\n");
    Parts parts = new Parts(g);
    for (Graph.Cluster c : parts.clustersIn(Optional.empty())) {
      cluster(b, c, parts, "  ");
    }
    for (Graph.Node n : parts.nodesIn(Optional.empty())) {
      node(b, n, "  ");
    }
    orders(b, parts.ordersIn(Optional.empty()), "  ");
    for (Graph.Edge e : g.edges()) {
      edge(b, e);
    }
    legend(b, g);
    b.append("}\n");
    return b.toString();
  }

  /** The legend as one table node, so an SVG or PNG explains itself without the HTML page. */
  private static void legend(StringBuilder b, Graph g) {
    if (g.legend().isEmpty() || g.nodes().isEmpty()) {
      return;
    }
    b.append("  legenda [shape=plaintext, style=\"\", fontsize=9, label=<")
        .append("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
    for (Graph.LegendEntry e : g.legend()) {
      b.append("<TR>");
      if (e.shape().isPresent()) {
        b.append("<TD BORDER=\"1\" BGCOLOR=\"")
            .append(Style.fill(e.shape().get()))
            .append("\" WIDTH=\"28\"> </TD>");
      } else if (e.edge().isPresent()) {
        Graph.EdgeKind k = e.edge().get();
        String line =
            switch (k) {
              case KELOMPOK, KOORDINATOR, MELAPOR_TERCATAT, PENANGGUNG_JAWAB, PENUGASAN_TIM ->
                  "- - -";
              case PENILAI -> "&#183; &#183; &#183;";
              default -> "&#8212;&#8212;";
            };
        b.append("<TD><FONT COLOR=\"")
            .append(Style.edgeColour(k))
            .append("\">")
            .append(line)
            .append("</FONT></TD>");
      } else {
        b.append("<TD BORDER=\"1\" BGCOLOR=\"")
            .append(Style.unitColour(e.colour().orElse(0)))
            .append("\" WIDTH=\"28\"> </TD>");
      }
      b.append("<TD ALIGN=\"LEFT\">").append(html(e.text())).append("</TD></TR>");
    }
    b.append("</TABLE>>];\n");
  }

  /**
   * The graph grouped by where each part is written: the clusters, nodes and sibling orders inside
   * each cluster (empty: at the top level), each in graph order. Built once, so writing is linear
   * in the size of the graph however many clusters it has.
   */
  private static final class Parts {
    private final Map<Optional<String>, List<Graph.Cluster>> clusters = new HashMap<>();
    private final Map<Optional<String>, List<Graph.Node>> nodes = new HashMap<>();
    private final Map<Optional<String>, List<Graph.Order>> orders = new HashMap<>();

    Parts(Graph g) {
      Map<String, Graph.Node> byId = new HashMap<>();
      for (Graph.Node n : g.nodes()) {
        nodes.computeIfAbsent(n.cluster(), k -> new ArrayList<>()).add(n);
        byId.put(n.id(), n);
      }
      for (Graph.Cluster c : g.clusters()) {
        clusters.computeIfAbsent(c.parent(), k -> new ArrayList<>()).add(c);
      }
      for (Graph.Order o : g.orders()) {
        // An order belongs to the cluster of its first node; a side-by-side order whose nodes
        // sit in different clusters is not written (rank=same across clusters breaks layout).
        Optional<String> where = Optional.empty();
        boolean same = true;
        for (int i = 0; i < o.nodes().size(); i++) {
          Graph.Node n = byId.get(o.nodes().get(i));
          Optional<String> c = n == null ? Optional.empty() : n.cluster();
          if (i == 0) {
            where = c;
          } else if (!c.equals(where)) {
            same = false;
          }
        }
        if (o.vertical() || same) {
          orders.computeIfAbsent(where, k -> new ArrayList<>()).add(o);
        }
      }
    }

    List<Graph.Cluster> clustersIn(Optional<String> cluster) {
      return clusters.getOrDefault(cluster, List.of());
    }

    List<Graph.Node> nodesIn(Optional<String> cluster) {
      return nodes.getOrDefault(cluster, List.of());
    }

    List<Graph.Order> ordersIn(Optional<String> cluster) {
      return orders.getOrDefault(cluster, List.of());
    }
  }

  private static void cluster(StringBuilder b, Graph.Cluster c, Parts parts, String indent) {
    b.append(indent).append("subgraph cluster_").append(c.id()).append(" {\n");
    String in = indent + "  ";
    b.append(in)
        .append("label=<")
        .append(lines(List.of(c.label().split("\n", -1)), false))
        .append(">;\n");
    b.append(in)
        .append(
            c.kelompok()
                ? "style=\"dashed,rounded\"; color=\"#7f7f7f\"; fontsize=9; labeljust=l;\n"
                : "style=\"rounded,filled\"; color=\"#a6a6a6\"; fillcolor=\"#fafafa\"; fontsize=10; labeljust=l;\n");
    Optional<String> here = Optional.of(c.id());
    for (Graph.Cluster sub : parts.clustersIn(here)) {
      cluster(b, sub, parts, in);
    }
    for (Graph.Node n : parts.nodesIn(here)) {
      node(b, n, in);
    }
    orders(b, parts.ordersIn(here), in);
    b.append(indent).append("}\n");
  }

  /** Sibling orders: a vertical one as a chain of invisible edges, a row as a rank=same group. */
  private static void orders(StringBuilder b, List<Graph.Order> orders, String indent) {
    for (Graph.Order o : orders) {
      if (o.vertical()) {
        b.append(indent)
            .append(String.join(" -> ", o.nodes()))
            .append(" [style=invis, weight=10];\n");
      } else {
        b.append(indent)
            .append("{ rank=same; ")
            .append(String.join(" -> ", o.nodes()))
            .append(" [style=invis]; }\n");
      }
    }
  }

  private static void node(StringBuilder b, Graph.Node n, String indent) {
    b.append(indent).append(n.id()).append(" [");
    b.append(shape(n.shape()));
    String fill = n.colour().map(Style::unitColour).orElse(Style.fill(n.shape()));
    b.append(", fillcolor=\"").append(fill).append('"');
    if (n.mark() != Graph.Mark.NONE) {
      b.append(", color=\"").append(Style.markColour(n.mark())).append("\", penwidth=2.5");
    }
    b.append(", label=<").append(lines(n.label(), false)).append('>');
    String tip = n.rules().isEmpty() ? n.key() : n.key() + ": " + String.join(", ", n.rules());
    b.append(", tooltip=").append(quoted(tip));
    b.append("];\n");
  }

  private static String shape(Graph.Shape s) {
    return switch (s) {
      case KEPALA -> "shape=box, style=\"filled,bold\", penwidth=1.6";
      case UNIT, STRUKTURAL, SUBUNIT -> "shape=box, style=\"filled\"";
      case KECAMATAN -> "shape=box, style=\"filled\", peripheries=2";
      case KELURAHAN -> "shape=box, style=\"filled,rounded\", peripheries=2";
      case UPT -> "shape=component, style=\"filled\"";
      case UNIT_JF -> "shape=hexagon, style=\"filled\"";
      case KELOMPOK -> "shape=box, style=\"filled,dashed\"";
      case FUNGSIONAL, PELAKSANA, ORANG -> "shape=box, style=\"filled,rounded\"";
      case KEPALA_DAERAH -> "shape=box, style=\"filled,bold\", penwidth=2";
      case PIHAK_LUAR -> "shape=note, style=\"filled\"";
      case INSTANSI -> "shape=tab, style=\"filled\"";
    };
  }

  private static void edge(StringBuilder b, Graph.Edge e) {
    b.append("  ").append(e.from()).append(" -> ").append(e.to()).append(" [");
    String colour =
        e.mark() == Graph.Mark.NONE ? Style.edgeColour(e.kind()) : Style.markColour(e.mark());
    b.append("color=\"").append(colour).append('"');
    b.append(
        switch (e.kind()) {
          case ATASAN, SUBUNIT -> ", dir=none";
          case KELOMPOK -> ", dir=none, style=dashed";
          case KOORDINATOR -> ", dir=none, style=dashed, penwidth=0.7, constraint=false";
          case PENILAI -> ", style=dotted, penwidth=1.6, constraint=false, fontcolor=\"#2e75b6\"";
          case ANGGOTA -> "";
          case MELAPOR -> ", penwidth=1.8";
          case MELAPOR_TERCATAT -> ", style=dashed, penwidth=1.4";
          case PENANGGUNG_JAWAB -> ", style=dashed, dir=none";
          case PENUGASAN -> ", penwidth=1.4";
          case PENUGASAN_TIM -> ", style=dashed, penwidth=1.4";
        });
    e.toCluster().ifPresent(c -> b.append(", lhead=cluster_").append(c));
    e.label()
        .ifPresent(
            l ->
                b.append(", label=<").append(lines(List.of(l.split("\n", -1)), false)).append('>'));
    b.append("];\n");
  }

  /** Label lines as HTML-like label content; the first line bold when asked. */
  static String lines(List<String> lines, boolean boldFirst) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        b.append("<BR/>");
      }
      String t = html(lines.get(i));
      if (t.isEmpty()) {
        continue;
      }
      b.append(i == 0 && boldFirst ? "<B>" + t + "</B>" : t);
    }
    return b.toString();
  }

  /**
   * Text for an HTML-like label: the characters HTML gives meaning to as entities, control
   * characters as spaces, and every non-ASCII character as a numeric reference (ASCII-only DOT is
   * safe whatever encoding a reader assumes).
   */
  public static String html(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        case '[', ']', '{', '}', '|', '\\' -> b.append("&#").append(c).append(';');
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(' ');
          } else if (c > 0x7e) {
            b.append("&#").append(c).append(';');
          } else {
            b.append((char) c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * A DOT quoted string: backslash and double quote escaped, line breaks as spaces. Graphviz's
   * scanner reads a backslash just before the closing quote as escaping it, so text ending in a
   * backslash gets a trailing space. Only tooltips (ids and rule ids) use these; labels never do.
   */
  public static String quoted(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    if (b.charAt(b.length() - 1) == '\\') {
      b.append(' ');
    }
    return b.append('"').toString();
  }
}
