package id.sisker.peta;

/**
 * The recap as one self-contained HTML page (inline style, no scripts), one table per perangkat
 * daerah. Text from the YAML is escaped so it appears literally.
 */
public final class RekapHtml {

  private RekapHtml() {}

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
          + "th,td{border:1px solid #999;padding:2px 6px;vertical-align:top}"
          + "th{background:#dde5f0}td.n{text-align:right}tr.unit td{background:#f2f2f2;"
          + "font-weight:bold}tr.jumlah td{font-weight:bold}tr.jumlah-pd td{background:#dde5f0;"
          + "font-weight:bold}.kurang{color:#b00}.catatan{color:#b00;font-size:90%}";

  public static String render(RekapTabel t, Teks teks, String lang) {
    Sel sel = new Sel(teks);
    StringBuilder out = new StringBuilder();
    String title = teks.format("rekap.judul", t.daerah());
    if (!t.cakupan().isEmpty()) {
      title += " \u2014 " + t.cakupan();
    }
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(lang))
        .append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(title))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>")
        .append(esc(title))
        .append("</h1>\n<p>")
        .append(esc(teks.text("rekap.keterangan")))
        .append("</p>\n");
    for (Bagian s : t.bagian()) {
      out.append("<h2 id=\"").append(esc(s.pd())).append("\">").append(esc(s.nama()));
      out.append("</h2>\n<table>\n<thead><tr>");
      for (String h : sel.kepala().subList(0, 9)) {
        out.append("<th>").append(esc(h)).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (Baris b : s.baris()) {
        if (b.jenis() == Baris.Jenis.PERANGKAT_DAERAH) {
          continue;
        }
        String cls =
            switch (b.jenis()) {
              case UNIT -> " class=\"unit\"";
              case JUMLAH_UNIT -> " class=\"jumlah\"";
              case JUMLAH_PD, JUMLAH_DAERAH -> " class=\"jumlah-pd\"";
              default -> "";
            };
        out.append("<tr").append(cls).append("><td class=\"n\">").append(b.nomor());
        out.append("</td><td style=\"padding-left:")
            .append(0.4 + 1.2 * Math.max(0, b.tingkat() - 1))
            .append("em\">")
            .append(esc(b.nama()))
            .append("</td><td>")
            .append(esc(sel.jenis(b)))
            .append("</td><td>")
            .append(esc(sel.jenjang(b)))
            .append("</td><td class=\"n\">")
            .append(sel.kelas(b))
            .append("</td>");
        if (b.jenis().berangka()) {
          out.append("<td class=\"n\">").append(b.b()).append("</td><td class=\"n\">");
          out.append(b.k()).append("</td><td class=\"n");
          out.append(b.selisih() < 0 ? " kurang" : "").append("\">");
          out.append(Sel.selisih(b.selisih())).append("</td>");
        } else {
          out.append("<td></td><td></td><td></td>");
        }
        out.append("<td class=\"catatan\">");
        out.append(
            String.join("<br>", b.catatan().stream().map(c -> esc(sel.catatan(c))).toList()));
        out.append("</td></tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }
    if (t.bagian().size() != 1) {
      Baris b = t.total();
      out.append("<p><strong>")
          .append(esc(b.nama()))
          .append("</strong>: B ")
          .append(b.b())
          .append(", K ")
          .append(b.k())
          .append(", \u00b1 ")
          .append(Sel.selisih(b.selisih()))
          .append("</p>\n");
    }
    out.append("</body>\n</html>\n");
    return out.toString();
  }

  public static String esc(String s) {
    return id.sisker.text.Html.escape(s);
  }
}
