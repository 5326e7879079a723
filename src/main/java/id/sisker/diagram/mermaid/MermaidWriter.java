package id.sisker.diagram.mermaid;

import id.sisker.diagram.Graph;
import id.sisker.diagram.Style;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link Graph} as a Mermaid {@code flowchart TB}. Every label is a quoted string in which
 * each character other than letters, digits, space and {@code . , - / ( ) :} is a Mermaid entity
 * code ({@code #35;}), so quotes, brackets, {@code %%}, HTML and Markdown in a name are drawn
 * literally. Nodes are declared in YAML order, which Mermaid's layout keeps for siblings.
 */
public final class MermaidWriter {

  private MermaidWriter() {}

  public static String write(Graph g) {
    StringBuilder b = new StringBuilder();
    b.append("---\ntitle: ").append(yaml(g.title())).append("\n---\n");
    b.append("flowchart TB\n");
    Map<Optional<String>, List<Graph.Node>> byCluster = new LinkedHashMap<>();
    for (Graph.Node n : g.nodes()) {
      byCluster.computeIfAbsent(n.cluster(), k -> new ArrayList<>()).add(n);
    }
    for (Graph.Cluster c : g.clusters()) {
      if (c.parent().isEmpty()) {
        cluster(b, g, c, byCluster, "  ");
      }
    }
    for (Graph.Node n : byCluster.getOrDefault(Optional.<String>empty(), List.of())) {
      node(b, n, "  ");
    }
    List<String> linkStyles = new ArrayList<>();
    int i = 0;
    for (Graph.Edge e : g.edges()) {
      b.append("  ").append(e.from()).append(' ').append(arrow(e.kind()));
      e.label().ifPresent(l -> b.append("|\"").append(lines(l)).append("\"|"));
      b.append(' ').append(e.toCluster().orElse(e.to())).append('\n');
      String colour =
          e.mark() == Graph.Mark.NONE ? Style.edgeColour(e.kind()) : Style.markColour(e.mark());
      linkStyles.add("  linkStyle " + i + " stroke:" + colour);
      i++;
    }
    java.util.Set<Graph.Shape> used = new java.util.HashSet<>();
    java.util.Set<Integer> colours = new java.util.TreeSet<>();
    for (Graph.Node n : g.nodes()) {
      used.add(n.shape());
      n.colour().ifPresent(c -> colours.add(c % Style.UNIT_COLOURS.size()));
    }
    for (Graph.Shape s : Graph.Shape.values()) {
      if (!used.contains(s)) {
        continue;
      }
      b.append("  classDef ")
          .append(cls(s))
          .append(" fill:")
          .append(Style.fill(s))
          .append(",stroke:#404040,color:#000000")
          .append(s == Graph.Shape.KELOMPOK ? ",stroke-dasharray:4 3" : "")
          .append('\n');
    }
    for (int c : colours) {
      b.append("  classDef unit")
          .append(c)
          .append(" fill:")
          .append(Style.unitColour(c))
          .append('\n');
    }
    b.append("  classDef galat stroke:").append(Style.ERROR).append(",stroke-width:3px\n");
    b.append("  classDef peringatan stroke:").append(Style.WARNING).append(",stroke-width:3px\n");
    for (Graph.Node n : g.nodes()) {
      b.append("  class ").append(n.id()).append(' ').append(cls(n.shape()));
      n.colour().ifPresent(c -> b.append(",unit").append(c % Style.UNIT_COLOURS.size()));
      if (n.mark() == Graph.Mark.ERROR) {
        b.append(",galat");
      } else if (n.mark() == Graph.Mark.WARNING) {
        b.append(",peringatan");
      }
      b.append('\n');
    }
    linkStyles.forEach(l -> b.append(l).append('\n'));
    return b.toString();
  }

  private static String cls(Graph.Shape s) {
    return "k_" + s.name().toLowerCase(Locale.ROOT);
  }

  private static void cluster(
      StringBuilder b,
      Graph g,
      Graph.Cluster c,
      Map<Optional<String>, List<Graph.Node>> byCluster,
      String indent) {
    b.append(indent)
        .append("subgraph ")
        .append(c.id())
        .append("[\"")
        .append(lines(c.label()))
        .append("\"]\n");
    String in = indent + "  ";
    if (c.kelompok()) {
      b.append(in).append("direction TB\n");
    }
    for (Graph.Cluster sub : g.clusters()) {
      if (sub.parent().equals(Optional.of(c.id()))) {
        cluster(b, g, sub, byCluster, in);
      }
    }
    for (Graph.Node n : byCluster.getOrDefault(Optional.of(c.id()), List.of())) {
      node(b, n, in);
    }
    b.append(indent).append("end\n");
  }

  private static void node(StringBuilder b, Graph.Node n, String indent) {
    String[] brackets =
        switch (n.shape()) {
          case UNIT_JF -> new String[] {"{{", "}}"};
          case UPT -> new String[] {"[[", "]]"};
          case FUNGSIONAL, PELAKSANA, ORANG, KELURAHAN -> new String[] {"(", ")"};
          case PIHAK_LUAR, INSTANSI -> new String[] {">", "]"};
          default -> new String[] {"[", "]"};
        };
    b.append(indent)
        .append(n.id())
        .append(brackets[0])
        .append('"')
        .append(lines(String.join("\n", n.label())))
        .append('"')
        .append(brackets[1])
        .append('\n');
  }

  private static String arrow(Graph.EdgeKind k) {
    return switch (k) {
      case ATASAN, SUBUNIT -> "---";
      case KELOMPOK, KOORDINATOR, PENANGGUNG_JAWAB -> "-.-";
      case PENILAI, MELAPOR_TERCATAT, PENUGASAN_TIM -> "-.->";
      case MELAPOR -> "==>";
      case ANGGOTA, PENUGASAN -> "-->";
    };
  }

  private static String lines(String s) {
    List<String> out = new ArrayList<>();
    for (String l : s.split("\n", -1)) {
      out.add(text(l));
    }
    return String.join("<br>", out);
  }

  /** A YAML double-quoted scalar for the front matter, where entity codes are not decoded. */
  static String yaml(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                b.append('\\').appendCodePoint(c);
              } else if (c == '%') {
                // never "%%", which Mermaid takes for a comment or directive
                b.append("\\x25");
              } else if (c < 0x20 || c == 0x7f) {
                b.append(' ');
              } else {
                b.appendCodePoint(c);
              }
            });
    return b.append('"').toString();
  }

  /** Letters, digits, space and a few plain marks as they are; everything else an entity code. */
  public static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    s.codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == ' ' || ".,-/():".indexOf(c) >= 0) {
                b.appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f) {
                b.append(' ');
              } else {
                b.append('#').append(c).append(';');
              }
            });
    return b.toString();
  }
}
