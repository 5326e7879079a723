package id.sisker.letter.markdown;

import id.sisker.letter.Surat;

/**
 * A letter as Markdown. Every value is escaped so that Markdown and HTML syntax in the data shows
 * literally ({@code *}, {@code _}, {@code <w:t>}, {@code ${x}}, {@code {{x}}}).
 */
public final class MarkdownSurat {

  private MarkdownSurat() {}

  public static String tulis(Surat s) {
    StringBuilder b = new StringBuilder();
    s.draf().ifPresent(d -> b.append("> **").append(esc(d)).append("**\n\n"));
    if (!s.kop().pemerintah().isEmpty()) {
      b.append("**").append(esc(s.kop().pemerintah())).append("**  \n");
    }
    b.append("**").append(esc(s.kop().instansi())).append("**");
    if (!s.kop().alamat().isEmpty()) {
      b.append("  \n").append(esc(s.kop().alamat()));
    }
    if (!s.kop().kontak().isEmpty()) {
      b.append("  \n").append(esc(s.kop().kontak()));
    }
    b.append("\n\n---\n\n");
    if (!s.judul().isEmpty()) {
      b.append("**").append(esc(s.judul())).append("**  \n");
      b.append("NOMOR ").append(esc(s.nomor())).append("\n\n");
    }
    s.tentang().ifPresent(t -> b.append("TENTANG  \n**").append(esc(t)).append("**\n\n"));
    s.alamat()
        .ifPresent(
            a ->
                b.append(esc(a.tempatTanggal()))
                    .append("\n\n")
                    .append("Nomor: ")
                    .append(esc(s.nomor()))
                    .append("  \nSifat: ")
                    .append(esc(a.sifat()))
                    .append("  \nLampiran: ")
                    .append(esc(a.lampiran()))
                    .append("  \nHal: ")
                    .append(esc(a.hal()))
                    .append("\n\nYth. ")
                    .append(esc(a.yth()))
                    .append("  \ndi ")
                    .append(esc(a.di()))
                    .append("\n\n"));
    s.pembuka().forEach(p -> b.append(esc(p)).append("\n\n"));
    bagian(b, s.bagian());
    s.diktum().ifPresent(d -> b.append("**").append(esc(d)).append("**\n\n"));
    bagian(b, s.sasaran());
    for (Surat.Orang o : s.kepada()) {
      if (s.jenis() != id.sisker.letter.JenisSurat.JAWABAN) {
        b.append("Kepada:\n\n");
      }
      b.append("| | |\n|---|---|\n");
      b.append("| Nama | ").append(cell(o.nama())).append(" |\n");
      b.append("| ").append(o.nipLabel()).append(" | ").append(cell(o.nip())).append(" |\n");
      b.append("| Pangkat/Gol. | ").append(cell(o.pangkat())).append(" |\n");
      b.append("| Jabatan | ").append(cell(o.jabatan())).append(" |\n\n");
    }
    if (!s.anggota().isEmpty() && !s.anggotaDiLampiran()) {
      anggota(b, s);
    }
    bagian(b, s.ketentuan());
    s.paragraf().forEach(p -> b.append(esc(p)).append("\n\n"));
    s.penutup()
        .ifPresent(
            p ->
                b.append(esc(p.tempatLabel()))
                    .append(" ")
                    .append(esc(p.tempat()))
                    .append("  \n")
                    .append(esc(p.tanggalLabel()))
                    .append(" ")
                    .append(esc(p.tanggal()))
                    .append("\n\n"));
    s.ttd().an().ifPresent(a -> b.append(esc(a)).append("  \n"));
    b.append(esc(s.ttd().jabatan())).append("\n\n\n");
    b.append("**").append(esc(s.ttd().nama())).append("**");
    for (String r : s.ttd().rincian()) {
      b.append("  \n").append(esc(r));
    }
    b.append("\n");
    if (!s.tembusan().isEmpty()) {
      b.append("\nTembusan:\n\n");
      for (int i = 0; i < s.tembusan().size(); i++) {
        b.append(i + 1).append(". ").append(esc(s.tembusan().get(i))).append("\n");
      }
    }
    if (!s.anggota().isEmpty() && s.anggotaDiLampiran()) {
      b.append("\n---\n\nLAMPIRAN  \n")
          .append(esc(s.judul()))
          .append("  \nNOMOR ")
          .append(esc(s.nomor()))
          .append("  \nTENTANG ")
          .append(esc(s.tentang().orElse("")))
          .append("\n\n**SUSUNAN KEANGGOTAAN**\n\n");
      anggota(b, s);
    }
    return b.toString();
  }

  private static void anggota(StringBuilder b, Surat s) {
    b.append("| No. | Nama / NIP | Pangkat/Gol. | Jabatan | Kedudukan dalam Tim |\n");
    b.append("|---|---|---|---|---|\n");
    for (Surat.Anggota a : s.anggota()) {
      b.append("| ")
          .append(cell(a.no()))
          .append(" | ")
          .append(cell(a.nama()))
          .append(a.nip().isEmpty() ? "" : "<br>" + cell(a.nip()))
          .append(" | ")
          .append(cell(a.pangkat()))
          .append(" | ")
          .append(cell(a.jabatan()))
          .append(" | ")
          .append(cell(a.peran()))
          .append(" |\n");
    }
    b.append("\n");
  }

  private static void bagian(StringBuilder b, java.util.List<Surat.Bagian> list) {
    for (Surat.Bagian g : list) {
      if (!g.label().isEmpty()) {
        b.append(esc(g.label())).append(":\n\n");
      }
      for (Surat.Butir x : g.butir()) {
        if (x.no().isEmpty()) {
          b.append(esc(x.teks())).append("\n\n");
        } else {
          b.append(esc(x.no())).append(" ").append(esc(x.teks())).append("  \n");
        }
      }
      if (!g.butir().isEmpty() && !g.butir().get(g.butir().size() - 1).no().isEmpty()) {
        b.append("\n");
      }
    }
  }

  /** Escapes Markdown and inline HTML; a line break in the data stays a line break. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\', '`', '*', '_', '[', ']', '|' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\r' -> {}
        case '\n' -> b.append("  \n");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static String cell(String s) {
    return esc(s).replace("  \n", "<br>");
  }
}
