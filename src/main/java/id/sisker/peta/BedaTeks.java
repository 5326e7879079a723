package id.sisker.peta;

/** The difference as plain text: one block per perangkat daerah, one line per change. */
public final class BedaTeks {

  private BedaTeks() {}

  public static String render(BedaHasil h, Teks teks) {
    StringBuilder out = new StringBuilder();
    out.append(teks.format("beda.judul", h.lama(), h.baru())).append('\n');
    if (h.kosong()) {
      return out.append(teks.text("beda.tidak-ada")).append('\n').toString();
    }
    for (BedaHasil.Kelompok k : h.kelompok()) {
      out.append('\n')
          .append(k.pd().isEmpty() ? k.nama() + " (" + teks.text("beda.daerah") + ")" : k.nama())
          .append(k.pd().isEmpty() ? "" : " (" + k.pd() + ")")
          .append('\n');
      for (Perubahan p : k.perubahan()) {
        out.append("  ").append(p.jenis().tanda()).append(' ').append(p.uraian()).append('\n');
        String where = tempat(p, teks);
        if (!where.isEmpty()) {
          out.append("      ").append(where).append('\n');
        }
      }
    }
    out.append('\n').append(ringkasan(h, teks)).append('\n');
    return out.toString();
  }

  static String tempat(Perubahan p, Teks teks) {
    StringBuilder b = new StringBuilder();
    p.lama().ifPresent(l -> b.append(teks.text("beda.lama")).append(' ').append(l));
    p.baru()
        .ifPresent(
            n -> {
              if (b.length() > 0) {
                b.append("  ");
              }
              b.append(teks.text("beda.baru")).append(' ').append(n);
            });
    return b.toString();
  }

  static String ringkasan(BedaHasil h, Teks teks) {
    long baru = h.jumlah(Perubahan.Jenis.TEMUAN_BARU);
    long hilang = h.jumlah(Perubahan.Jenis.TEMUAN_HILANG);
    return teks.format("beda.ringkasan", h.jumlah() - baru - hilang, baru, hilang);
  }
}
