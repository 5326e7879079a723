package id.sisker.diagram.html;

import id.sisker.diagram.Graph;
import id.sisker.diagram.Overlay;
import id.sisker.diagram.Style;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Writes one diagram as a self-contained HTML page (no scripts, no external files). */
public final class HtmlPage {

  private HtmlPage() {}

  /**
   * A finding as the page lists it.
   *
   * @param severity the severity word in the page's language
   * @param where {@code file:line:col}, or empty
   */
  public record Temuan(String severity, boolean error, String rule, String where, String message) {}

  /** Texts of the page in its language. */
  public record Texts(String lang, String legend, String findings, String noFindings) {}

  /**
   * The page of {@code g} in the language of {@code m}, listing the findings the overlay draws on
   * it (unsuppressed, above INFO), by position then rule.
   */
  public static String write(Graph g, String svg, List<Finding> findings, Messages m) {
    return write(
        g,
        svg,
        temuan(g, findings, m),
        new Texts(
            m.language(),
            m.text("diagram.html.legenda"),
            m.text("diagram.html.temuan"),
            m.text("diagram.html.tanpa-temuan")));
  }

  private static List<Temuan> temuan(Graph g, List<Finding> findings, Messages m) {
    Set<String> marked = new HashSet<>(g.marked());
    List<Finding> shown = new ArrayList<>();
    for (Finding f : findings) {
      if (!f.isSuppressed()
          && f.severity() != Severity.INFO
          && (marked.contains(Overlay.owner(f.path().value()))
              || marked.contains(f.path().value()))) {
        shown.add(f);
      }
    }
    shown.sort(
        Comparator.comparing((Finding f) -> f.span().map(s -> s.position()).orElse(""))
            .thenComparing(f -> f.rule().value()));
    List<Temuan> out = new ArrayList<>();
    for (Finding f : shown) {
      out.add(
          new Temuan(
              m.text("keparahan." + f.severity().key()),
              f.severity() == Severity.ERROR,
              f.rule().value(),
              f.span().map(s -> s.position()).orElse(f.path().value()),
              m.format(f.message())));
    }
    return out;
  }

  public static String write(Graph g, String svg, List<Temuan> temuan, Texts t) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(t.lang())).append("\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n");
    b.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    b.append("<title>").append(esc(g.title())).append("</title>\n");
    b.append("<style>\n")
        .append("body{font-family:Helvetica,Arial,sans-serif;margin:1.5em;color:#222}\n")
        .append(".diagram{overflow:auto;border:1px solid #ccc;padding:.5em;background:#fff}\n")
        .append(".diagram svg{max-width:none;height:auto}\n")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{padding:.2em .6em;")
        .append("text-align:left;vertical-align:top;border-bottom:1px solid #eee}\n")
        .append(".swatch{display:inline-block;width:2.2em;height:1em;border:1px solid #404040}\n")
        .append(".line{display:inline-block;width:2.2em;height:0;border-top-width:2px}\n")
        .append(".galat{color:")
        .append(Style.ERROR)
        .append("}.peringatan{color:#9a6200}\n")
        .append("code{font-size:90%}\n</style>\n</head>\n<body>\n");
    b.append("<h1>").append(esc(g.title())).append("</h1>\n");
    b.append("<div class=\"diagram\">\n").append(inline(svg)).append("\n</div>\n");
    b.append("<h2>").append(esc(t.legend())).append("</h2>\n<table>\n");
    for (Graph.LegendEntry e : g.legend()) {
      b.append("<tr><td>");
      if (e.shape().isPresent()) {
        b.append("<span class=\"swatch\" style=\"background:")
            .append(Style.fill(e.shape().get()))
            .append("\"></span>");
      } else if (e.edge().isPresent()) {
        Graph.EdgeKind k = e.edge().get();
        String style =
            switch (k) {
              case KELOMPOK, KOORDINATOR, MELAPOR_TERCATAT, PENANGGUNG_JAWAB, PENUGASAN_TIM ->
                  "dashed";
              case PENILAI -> "dotted";
              default -> "solid";
            };
        b.append("<span class=\"line\" style=\"border-top-style:")
            .append(style)
            .append(";border-top-color:")
            .append(Style.edgeColour(k))
            .append("\"></span>");
      } else if (e.colour().isPresent()) {
        b.append("<span class=\"swatch\" style=\"background:")
            .append(Style.unitColour(e.colour().get()))
            .append("\"></span>");
      }
      b.append("</td><td>").append(esc(e.text())).append("</td></tr>\n");
    }
    b.append("<tr><td><span class=\"swatch\" style=\"border:3px solid ")
        .append(Style.ERROR)
        .append("\"></span></td><td>")
        .append(esc(t.findings()))
        .append(": ")
        .append(Style.ERROR)
        .append(" / ")
        .append(Style.WARNING)
        .append("</td></tr>\n");
    b.append("</table>\n");
    b.append("<h2>").append(esc(t.findings())).append("</h2>\n");
    if (temuan.isEmpty()) {
      b.append("<p>").append(esc(t.noFindings())).append("</p>\n");
    } else {
      b.append("<table>\n");
      for (Temuan f : temuan) {
        b.append("<tr><td class=\"")
            .append(f.error() ? "galat" : "peringatan")
            .append("\">")
            .append(esc(f.severity()))
            .append("</td><td><code>")
            .append(esc(f.where()))
            .append("</code></td><td><code>")
            .append(esc(f.rule()))
            .append("</code></td><td>")
            .append(esc(f.message()))
            .append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  /** The SVG without its XML declaration and DOCTYPE, which HTML does not allow inline. */
  static String inline(String svg) {
    int start = svg.indexOf("<svg");
    return start < 0 ? "" : svg.substring(start).strip();
  }

  public static String esc(String s) {
    return id.sisker.text.Html.escape(s);
  }
}
