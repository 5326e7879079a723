package id.sisker.peta;

import java.util.ArrayList;
import java.util.List;

/** The recap as a plain-text table for the terminal: aligned columns, notes under their row. */
public final class RekapTeks {

  private RekapTeks() {}

  public static String render(RekapTabel t, Teks teks) {
    Sel sel = new Sel(teks);
    StringBuilder out = new StringBuilder();
    out.append(teks.format("rekap.judul", t.daerah()));
    if (!t.cakupan().isEmpty()) {
      out.append(" \u2014 ").append(t.cakupan());
    }
    out.append('\n').append(teks.text("rekap.keterangan")).append('\n');
    List<String> head = sel.kepala();
    for (Bagian s : t.bagian()) {
      int nama = head.get(1).length();
      int jenis = head.get(2).length();
      int jenjang = head.get(3).length();
      for (Baris b : s.baris()) {
        nama = Math.max(nama, 2 * Math.max(0, b.tingkat() - 1) + b.nama().length());
        jenis = Math.max(jenis, sel.jenis(b).length());
        jenjang = Math.max(jenjang, sel.jenjang(b).length());
      }
      int[] w = {4, nama, jenis, jenjang, Math.max(5, head.get(4).length()), 5, 5, 5};
      out.append('\n').append(s.nama()).append(" (").append(s.pd()).append(")\n");
      row(out, w, head.subList(0, 8));
      out.append(rule(w)).append('\n');
      for (Baris b : s.baris()) {
        if (b.jenis() == Baris.Jenis.PERANGKAT_DAERAH) {
          continue;
        }
        if (b.jenis() == Baris.Jenis.JUMLAH_PD) {
          out.append(rule(w)).append('\n');
        }
        String name = "  ".repeat(Math.max(0, b.tingkat() - 1)) + b.nama();
        List<String> cells = new ArrayList<>();
        cells.add(b.nomor());
        cells.add(name);
        cells.add(sel.jenis(b));
        cells.add(sel.jenjang(b));
        cells.add(sel.kelas(b));
        cells.add(b.jenis().berangka() ? String.valueOf(b.b()) : "");
        cells.add(b.jenis().berangka() ? String.valueOf(b.k()) : "");
        cells.add(b.jenis().berangka() ? Sel.selisih(b.selisih()) : "");
        row(out, w, cells);
        for (Baris.Catatan c : b.catatan()) {
          out.append(" ".repeat(w[0] + 2 + 2 * b.tingkat()))
              .append("! ")
              .append(sel.catatan(c))
              .append('\n');
        }
      }
    }
    if (t.bagian().size() != 1) {
      Baris b = t.total();
      out.append('\n')
          .append(b.nama())
          .append(": B ")
          .append(b.b())
          .append(", K ")
          .append(b.k())
          .append(", \u00b1 ")
          .append(Sel.selisih(b.selisih()))
          .append('\n');
    }
    return out.toString();
  }

  private static String rule(int[] w) {
    int n = 0;
    for (int x : w) {
      n += x + 2;
    }
    return "-".repeat(n - 2);
  }

  private static void row(StringBuilder out, int[] w, List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      boolean right = i == 0 || i >= 4;
      String pad = " ".repeat(Math.max(0, w[i] - c.length()));
      line.append(right ? pad + c : c + pad);
      if (i < w.length - 1) {
        line.append("  ");
      }
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }
}
