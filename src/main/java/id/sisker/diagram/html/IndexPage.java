package id.sisker.diagram.html;

import id.sisker.diagram.View;
import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
import id.sisker.model.PerangkatDaerah;
import java.util.List;

/**
 * The {@code index.html} of {@code sisker diagram --semua}: one row per perangkat daerah in YAML
 * order, one column per view, a link to each drawn file; every text escaped.
 */
public final class IndexPage {

  private IndexPage() {}

  /** A drawn file of one perangkat daerah and view, named relative to the index. */
  public record Link(String pd, View view, String file) {}

  public static String write(Daerah d, List<View> views, List<Link> links, Messages m) {
    StringBuilder b = new StringBuilder();
    String title = m.text("diagram.html.indeks") + " \u2014 " + d.nama();
    b.append("<!DOCTYPE html>\n<html lang=\"").append(m.language()).append("\">\n<head>\n");
    b.append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n");
    b.append("<style>body{font-family:Helvetica,Arial,sans-serif;margin:1.5em}")
        .append("td,th{padding:.2em .8em;text-align:left;border-bottom:1px solid #eee}</style>\n");
    b.append("</head>\n<body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<table>\n<tr><th>")
        .append(esc(m.text("diagram.html.pd")))
        .append("</th>");
    for (View v : views) {
      b.append("<th>").append(esc(m.text("diagram.view." + v.key()))).append("</th>");
    }
    b.append("</tr>\n");
    for (PerangkatDaerah p : d.perangkatDaerah()) {
      b.append("<tr><td>").append(esc(p.nama())).append("</td>");
      for (View v : views) {
        b.append("<td>");
        for (Link l : links) {
          if (l.pd().equals(p.id()) && l.view() == v) {
            b.append("<a href=\"")
                .append(esc(l.file()))
                .append("\">")
                .append(esc(l.file().substring(l.file().lastIndexOf('.') + 1)))
                .append("</a>");
          }
        }
        b.append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</table>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String esc(String s) {
    return HtmlPage.esc(s);
  }
}
