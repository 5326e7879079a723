package id.sisker.peta;

/**
 * The recap as Markdown (GitHub tables), one table per perangkat daerah. Text from the YAML is
 * escaped so it appears literally: no table breaks, no emphasis, no links, no HTML.
 */
public final class RekapMarkdown {

  private RekapMarkdown() {}

  public static String render(RekapTabel t, Teks teks) {
    Sel sel = new Sel(teks);
    StringBuilder out = new StringBuilder();
    out.append("# ").append(esc(teks.format("rekap.judul", t.daerah())));
    if (!t.cakupan().isEmpty()) {
      out.append(" \u2014 ").append(esc(t.cakupan()));
    }
    out.append("\n\n").append(esc(teks.text("rekap.keterangan"))).append('\n');
    for (Bagian s : t.bagian()) {
      out.append("\n## ").append(esc(s.nama())).append("\n\n");
      out.append('|');
      for (String h : sel.kepala().subList(0, 9)) {
        out.append(' ').append(esc(h)).append(" |");
      }
      out.append("\n|---:|---|---|---|---:|---:|---:|---:|---|\n");
      for (Baris b : s.baris()) {
        if (b.jenis() == Baris.Jenis.PERANGKAT_DAERAH) {
          continue;
        }
        boolean bold = b.jenis() != Baris.Jenis.JABATAN;
        // The indent stays outside the emphasis: "** x**" is not bold in CommonMark.
        String indent = "\u00a0\u00a0".repeat(Math.max(0, b.tingkat() - 1));
        String name = esc(b.nama());
        out.append("| ")
            .append(b.nomor())
            .append(" | ")
            .append(indent)
            .append(bold && !b.nama().isBlank() ? "**" + name + "**" : name)
            .append(" | ")
            .append(esc(sel.jenis(b)))
            .append(" | ")
            .append(esc(sel.jenjang(b)))
            .append(" | ")
            .append(sel.kelas(b))
            .append(" | ")
            .append(b.jenis().berangka() ? String.valueOf(b.b()) : "")
            .append(" | ")
            .append(b.jenis().berangka() ? String.valueOf(b.k()) : "")
            .append(" | ")
            .append(b.jenis().berangka() ? Sel.selisih(b.selisih()) : "")
            .append(" | ")
            .append(
                String.join("<br>", b.catatan().stream().map(c -> esc(sel.catatan(c))).toList()))
            .append(" |\n");
      }
    }
    if (t.bagian().size() != 1) {
      Baris b = t.total();
      out.append("\n**")
          .append(esc(b.nama()))
          .append("**: B ")
          .append(b.b())
          .append(", K ")
          .append(b.k())
          .append(", \u00b1 ")
          .append(Sel.selisih(b.selisih()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * Escapes every character Markdown or a GitHub table would interpret: emphasis, code, links,
   * HTML, table pipes, and a leading heading, list or quote mark.
   */
  public static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '{', '}', '[', ']', '|', '~', '>' -> b.append('\\').append(c);
        case '#', '+', '-' -> {
          if (i == 0) {
            b.append('\\');
          }
          b.append(c);
        }
        case '<' -> b.append("&lt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
