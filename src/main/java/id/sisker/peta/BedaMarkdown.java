package id.sisker.peta;

/**
 * The difference as Markdown that fits a pull-request comment: a summary line, then one section per
 * perangkat daerah with a bullet per change and both positions. Text from the YAML is escaped.
 */
public final class BedaMarkdown {

  private BedaMarkdown() {}

  public static String render(BedaHasil h, Teks teks) {
    StringBuilder out = new StringBuilder();
    out.append("### ")
        .append(RekapMarkdown.esc(teks.format("beda.judul", h.lama(), h.baru())))
        .append("\n\n");
    if (h.kosong()) {
      return out.append(teks.text("beda.tidak-ada")).append('\n').toString();
    }
    out.append(RekapMarkdown.esc(BedaTeks.ringkasan(h, teks))).append('\n');
    for (BedaHasil.Kelompok k : h.kelompok()) {
      out.append("\n#### ")
          .append(RekapMarkdown.esc(k.nama()))
          .append(
              k.pd().isEmpty()
                  ? " (" + RekapMarkdown.esc(teks.text("beda.daerah")) + ")"
                  : " (`" + k.pd() + "`)")
          .append("\n\n");
      for (Perubahan p : k.perubahan()) {
        out.append("- `").append(p.jenis().tanda()).append("` ");
        out.append(RekapMarkdown.esc(p.uraian()));
        String where = BedaTeks.tempat(p, teks);
        if (!where.isEmpty()) {
          out.append(" <sub>").append(RekapMarkdown.esc(where)).append("</sub>");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }
}
