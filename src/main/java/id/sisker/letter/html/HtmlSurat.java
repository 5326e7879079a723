package id.sisker.letter.html;

import id.sisker.letter.JenisSurat;
import id.sisker.letter.Surat;
import java.util.List;

/**
 * A letter as one self-contained HTML page laid out for printing on A4: no scripts, no external
 * resources, every value escaped.
 */
public final class HtmlSurat {

  private HtmlSurat() {}

  private static final String CSS =
      "@page{size:A4;margin:20mm 20mm 20mm 30mm}"
          + "body{font-family:Arial,Helvetica,sans-serif;font-size:11pt;line-height:1.35;"
          + "max-width:160mm;margin:0 auto}"
          + ".kop{text-align:center;border-bottom:3px double #000;padding-bottom:4px}"
          + ".kop .p{font-weight:bold;font-size:14pt}.kop .i{font-weight:bold;font-size:16pt}"
          + ".kop .a{font-size:9pt}.c{text-align:center}.b{font-weight:bold}"
          + ".u{text-decoration:underline}.j{text-align:justify}"
          + "table.bag{border-collapse:collapse;width:100%}table.bag td{vertical-align:top;"
          + "padding:1px 4px}td.l{width:25mm}td.s{width:4mm}td.n{width:7mm}"
          + "table.ang{border-collapse:collapse;width:100%}table.ang th,table.ang td{border:1px"
          + " solid #000;padding:2px 4px;vertical-align:top}table.ang th{background:#d9d9d9}"
          + ".ttd{margin-left:50%;margin-top:1em}.ttd .sp{height:5em}"
          + ".draf{position:fixed;top:5mm;left:0;right:0;text-align:center;color:#c00000;"
          + "font-weight:bold}.lampiran{page-break-before:always}.lm{margin-left:50%}"
          + "p{margin:0 0 .5em}";

  public static String tulis(Surat s) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(s.judul().isEmpty() ? s.berkas() : s.judul() + " " + s.nomor()))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    s.draf().ifPresent(d -> b.append("<div class=\"draf\">").append(esc(d)).append("</div>\n"));
    b.append("<div class=\"kop\">");
    if (!s.kop().pemerintah().isEmpty()) {
      b.append("<div class=\"p\">").append(esc(s.kop().pemerintah())).append("</div>");
    }
    b.append("<div class=\"i\">").append(esc(s.kop().instansi())).append("</div>");
    b.append("<div class=\"a\">").append(esc(s.kop().alamat())).append("</div>");
    b.append("<div class=\"a\">").append(esc(s.kop().kontak())).append("</div></div>\n");
    if (!s.judul().isEmpty()) {
      b.append("<p class=\"c b u\">").append(esc(s.judul())).append("</p>\n");
      b.append("<p class=\"c\">NOMOR ").append(esc(s.nomor())).append("</p>\n");
    }
    s.tentang()
        .ifPresent(
            t -> b.append("<p class=\"c\">TENTANG<br><b>").append(esc(t)).append("</b></p>\n"));
    s.alamat()
        .ifPresent(
            a -> {
              b.append("<p style=\"text-align:right\">").append(esc(a.tempatTanggal()));
              b.append("</p>\n<table class=\"bag\">");
              row(b, "Nomor", s.nomor());
              row(b, "Sifat", a.sifat());
              row(b, "Lampiran", a.lampiran());
              row(b, "Hal", a.hal());
              b.append("</table>\n<p style=\"margin-left:30mm\">Yth. ")
                  .append(esc(a.yth()))
                  .append("<br>di ")
                  .append(esc(a.di()))
                  .append("</p>\n");
            });
    s.pembuka().forEach(p -> b.append("<p class=\"j\">").append(esc(p)).append("</p>\n"));
    bagian(b, s.bagian());
    s.diktum().ifPresent(d -> b.append("<p class=\"c b\">").append(esc(d)).append("</p>\n"));
    bagian(b, s.sasaran());
    for (Surat.Orang o : s.kepada()) {
      String label = s.jenis() == JenisSurat.JAWABAN ? "" : "Kepada";
      b.append("<table class=\"bag\"><tr><td class=\"l\">")
          .append(label)
          .append("</td><td class=\"s\">")
          .append(label.isEmpty() ? "" : ":")
          .append("</td><td><table class=\"bag\">");
      row(b, "Nama", o.nama());
      row(b, o.nipLabel(), o.nip());
      row(b, "Pangkat/Gol.", o.pangkat());
      row(b, "Jabatan", o.jabatan());
      b.append("</table></td></tr></table>\n");
    }
    if (!s.anggota().isEmpty() && !s.anggotaDiLampiran()) {
      anggota(b, s.anggota());
    }
    bagian(b, s.ketentuan());
    s.paragraf().forEach(p -> b.append("<p class=\"j\">").append(esc(p)).append("</p>\n"));
    b.append("<div class=\"ttd\">");
    s.penutup()
        .ifPresent(
            p ->
                b.append(esc(p.tempatLabel()))
                    .append(" ")
                    .append(esc(p.tempat()))
                    .append("<br>")
                    .append(esc(p.tanggalLabel()))
                    .append(" ")
                    .append(esc(p.tanggal()))
                    .append("<br><br>"));
    s.ttd().an().ifPresent(a -> b.append(esc(a)).append("<br>"));
    b.append(esc(s.ttd().jabatan())).append("<div class=\"sp\"></div>");
    b.append("<span class=\"b u\">").append(esc(s.ttd().nama())).append("</span>");
    for (String r : s.ttd().rincian()) {
      b.append("<br>").append(esc(r));
    }
    b.append("</div>\n");
    if (!s.tembusan().isEmpty()) {
      b.append("<p>Tembusan:</p>\n<ol>");
      for (String t : s.tembusan()) {
        b.append("<li>").append(esc(t)).append("</li>");
      }
      b.append("</ol>\n");
    }
    if (!s.anggota().isEmpty() && s.anggotaDiLampiran()) {
      b.append("<div class=\"lampiran\"><p class=\"lm\">LAMPIRAN<br>")
          .append(esc(s.judul()))
          .append("<br>NOMOR ")
          .append(esc(s.nomor()))
          .append("<br>TENTANG ")
          .append(esc(s.tentang().orElse("")))
          .append("</p>\n<p class=\"c b\">SUSUNAN KEANGGOTAAN</p>\n");
      anggota(b, s.anggota());
      b.append("</div>\n");
    }
    b.append("</body>\n</html>\n");
    return b.toString();
  }

  private static void row(StringBuilder b, String label, String value) {
    b.append("<tr><td class=\"l\">")
        .append(esc(label))
        .append("</td><td class=\"s\">:</td><td>")
        .append(esc(value))
        .append("</td></tr>");
  }

  private static void bagian(StringBuilder b, List<Surat.Bagian> list) {
    for (Surat.Bagian g : list) {
      b.append("<table class=\"bag\">");
      for (int i = 0; i < g.butir().size(); i++) {
        Surat.Butir x = g.butir().get(i);
        boolean first = i == 0 && !g.label().isEmpty();
        b.append("<tr><td class=\"l\">")
            .append(first ? esc(g.label()) : "")
            .append("</td><td class=\"s\">")
            .append(first ? ":" : "")
            .append("</td><td class=\"n\">")
            .append(esc(x.no()))
            .append("</td><td class=\"j\">")
            .append(esc(x.teks()))
            .append("</td></tr>");
      }
      b.append("</table>\n");
    }
  }

  private static void anggota(StringBuilder b, List<Surat.Anggota> rows) {
    b.append("<table class=\"ang\"><thead><tr><th>No.</th><th>Nama / NIP</th><th>Pangkat/Gol.</th>")
        .append("<th>Jabatan</th><th>Kedudukan dalam Tim</th></tr></thead><tbody>");
    for (Surat.Anggota a : rows) {
      b.append("<tr><td>")
          .append(esc(a.no()))
          .append("</td><td>")
          .append(esc(a.nama()))
          .append(a.nip().isEmpty() ? "" : "<br>" + esc(a.nip()))
          .append("</td><td>")
          .append(esc(a.pangkat()))
          .append("</td><td>")
          .append(esc(a.jabatan()))
          .append("</td><td>")
          .append(esc(a.peran()))
          .append("</td></tr>");
    }
    b.append("</tbody></table>\n");
  }

  /** HTML-escapes; a line break in the data stays a line break. */
  static String esc(String s) {
    return id.sisker.text.Html.escape(s).replace("\r", "").replace("\n", "<br>");
  }
}
