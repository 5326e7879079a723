package id.sisker.diagram;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import guru.nidi.graphviz.model.PortNode;
import guru.nidi.graphviz.parse.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DOT back with graphviz-java's parser (an independent reader of the language) and turns
 * HTML-like labels back into the text they show.
 */
final class DotReader {

  /** A node: its id and the lines its label shows. */
  record Node(String id, String text, Map<String, String> attrs) {}

  record Edge(String from, String to, Map<String, String> attrs) {}

  record Parsed(Map<String, Node> nodes, List<Edge> edges, List<String> clusterLabels) {}

  private DotReader() {}

  @SuppressWarnings("ReferenceEquality") // the root graph itself, not a subgraph equal to it
  static Parsed read(String dot) {
    MutableGraph g;
    try {
      g = new Parser().read(dot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<MutableGraph> all = new ArrayList<>();
    all.add(g);
    for (int i = 0; i < all.size(); i++) {
      all.addAll(all.get(i).graphs());
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    List<String> clusters = new ArrayList<>();
    for (MutableGraph s : all) {
      if (s != g && s.graphAttrs().get("label") != null) {
        clusters.add(html(s.graphAttrs().get("label")));
      }
      for (MutableNode n : s.rootNodes()) {
        Object l = n.get("label");
        Map<String, String> attrs = new LinkedHashMap<>();
        n.attrs().forEach(e -> attrs.put(e.getKey(), String.valueOf(e.getValue())));
        // a node named again outside its cluster (in an edge) appears there without attributes
        if (l != null || !nodes.containsKey(n.name().value())) {
          nodes.put(n.name().value(), new Node(n.name().value(), value(l), attrs));
        }
      }
    }
    for (Link l : g.edges()) {
      Map<String, String> attrs = new LinkedHashMap<>();
      l.attrs().forEach(e -> attrs.put(e.getKey(), String.valueOf(e.getValue())));
      Object label = l.get("label");
      if (label != null) {
        attrs.put("label", html(label));
      }
      edges.add(new Edge(name(l.from()), name(l.to()), attrs));
    }
    return new Parsed(nodes, edges, clusters);
  }

  /**
   * An attribute sisker always writes as an HTML-like label (edge and cluster labels; the parser
   * does not keep the HTML flag there).
   */
  private static String html(Object v) {
    String s = v instanceof Label l ? l.value() : String.valueOf(v);
    String t = entities(s.replaceAll("<BR[^>]*/>", "\n").replaceAll("<[^>]+>", ""));
    return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
  }

  private static String value(Object v) {
    return v == null ? "" : v instanceof Label l ? text(l) : String.valueOf(v);
  }

  private static String name(Object end) {
    if (end instanceof MutableNode n) {
      return n.name().value();
    }
    if (end instanceof PortNode p) {
      return name(p.node());
    }
    return String.valueOf(end);
  }

  /** The text an HTML-like label shows: line breaks as newlines, tags dropped, entities decoded. */
  static String text(Label l) {
    String v = l.value();
    if (!l.isHtml()) {
      return v;
    }
    v = v.replaceAll("<BR[^>]*/>", "\n").replaceAll("<[^>]+>", "");
    return entities(v);
  }

  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot);");

  static String entities(String s) {
    Matcher m = ENTITY.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String e = m.group(1);
      String r =
          switch (e) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            default ->
                new String(
                    Character.toChars(
                        e.startsWith("#x")
                            ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1))));
          };
      m.appendReplacement(b, Matcher.quoteReplacement(r));
    }
    m.appendTail(b);
    return b.toString();
  }
}
