package id.sisker.peta;

import java.util.List;

/**
 * Writes an imported perangkat daerah as a sisker YAML file in the layout of the examples: the
 * perangkat daerah, its jabatan as one flow mapping per line, its units nested in sheet order.
 * Every name is double-quoted so no text from the sheet is read as YAML syntax.
 */
public final class ImporYaml {

  private ImporYaml() {}

  public static String render(ImporHasil.Pd pd, String berkas, Teks teks) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(teks.format("impor.asal", satuBaris(berkas), satuBaris(pd.asal())));
    s.append('\n');
    s.append("perangkat_daerah:\n");
    s.append("  - id: ").append(pd.id()).append('\n');
    s.append("    nama: ").append(q(pd.nama())).append('\n');
    if (!pd.jenis().isEmpty() && !pd.akar().data().containsKey("jenis")) {
      s.append("    jenis: ").append(pd.jenis()).append('\n');
    }
    isi(s, pd.akar(), "    ", teks);
    return s.toString();
  }

  /** The keys of a data cell as block lines: {@code key: flow-value}. */
  private static void data(StringBuilder s, java.util.Map<String, String> data, String ind) {
    for (java.util.Map.Entry<String, String> e : data.entrySet()) {
      s.append(ind).append(e.getKey()).append(": ").append(e.getValue()).append('\n');
    }
  }

  private static void isi(StringBuilder s, ImporHasil.Unit u, String ind, Teks teks) {
    data(s, u.data(), ind);
    if (!u.kepala().isEmpty() && !u.data().containsKey("kepala")) {
      s.append(ind).append("kepala: ").append(u.kepala()).append('\n');
    }
    if (!u.jabatan().isEmpty()) {
      s.append(ind).append("jabatan:\n");
      for (ImporHasil.Jab j : u.jabatan()) {
        s.append(ind).append("  - {id: ").append(j.id());
        s.append(", nama: ").append(q(j.nama()));
        s.append(", jenis: ").append(j.jenis());
        if (!j.jenjang().isEmpty()) {
          s.append(", kategori: ")
              .append(j.jenjang().startsWith("ahli") ? "keahlian" : "keterampilan");
          s.append(", jenjang: ").append(j.jenjang());
        }
        if (j.kelas() > 0) {
          s.append(", kelas: ").append(j.kelas());
        }
        if (j.kebutuhan() >= 0) {
          s.append(", kebutuhan: ").append(j.kebutuhan());
        }
        if (!j.atasan().isEmpty() && !j.data().containsKey("atasan")) {
          s.append(", atasan: ").append(j.atasan());
        }
        if (!j.pemangku().isEmpty() && !j.data().containsKey("pemangku")) {
          s.append(", pemangku: [");
          s.append(String.join(", ", j.pemangku().stream().map(ImporYaml::q).toList()));
          s.append(']');
        }
        if (j.bTanpaNip() > 0) {
          // B without the holders' NIPs: the number the sheet gives (ADR 84).
          s.append(", bezetting: ").append(j.bTanpaNip());
        }
        for (java.util.Map.Entry<String, String> e : j.data().entrySet()) {
          if (!TABEL_JABATAN.contains(e.getKey())) {
            s.append(", ").append(e.getKey()).append(": ").append(e.getValue());
          }
        }
        s.append("}\n");
      }
    }
    if (!u.unit().isEmpty()) {
      s.append(ind).append("unit:\n");
      for (ImporHasil.Unit c : u.unit()) {
        s.append(ind).append("  - id: ").append(c.id()).append('\n');
        String in = ind + "    ";
        s.append(in).append("nama: ").append(q(c.nama())).append('\n');
        if (!c.data().containsKey("jenis")) {
          s.append(in).append("jenis: ").append(c.jenis()).append('\n');
        }
        isi(s, c, in, teks);
      }
    }
  }

  /**
   * Keys a jabatan's columns carry; a data cell naming one of them is not written twice (the
   * columns win, except for {@code atasan} and {@code pemangku}, which the data cell carries when
   * the table cannot: a superior in another perangkat daerah, the holders' NIPs).
   */
  private static final java.util.Set<String> TABEL_JABATAN =
      java.util.Set.of("id", "nama", "jenis", "kategori", "jenjang", "kelas", "kebutuhan");

  /** {@code pegawai.yaml}: the pegawai of a Pegawai sheet, one flow mapping per line. */
  public static String pegawai(List<ImporHasil.Pegawai> pegawai, String berkas, Teks teks) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(teks.format("impor.akar-asal", satuBaris(berkas))).append('\n');
    s.append("pegawai:\n");
    for (ImporHasil.Pegawai p : pegawai) {
      s.append("  - {nip: ").append(q(p.nip())).append(", nama: ").append(q(p.nama()));
      for (java.util.Map.Entry<String, String> e : p.data().entrySet()) {
        if (!e.getKey().equals("nip") && !e.getKey().equals("nama")) {
          s.append(", ").append(e.getKey()).append(": ").append(e.getValue());
        }
      }
      s.append("}\n");
    }
    return s.toString();
  }

  /**
   * {@code daerah.yaml}: the root naming the daerah and including what the import wrote.
   *
   * @param data the daerah's keys other than {@code nama}, as YAML flow text, in order
   * @param sertakan the files and folders to include
   */
  public static String akar(
      String nama,
      java.util.Map<String, String> data,
      List<String> sertakan,
      String berkas,
      Teks teks) {
    StringBuilder s = new StringBuilder();
    s.append("# ").append(teks.format("impor.akar-asal", satuBaris(berkas))).append('\n');
    s.append("sisker: 1\n");
    s.append("daerah:\n");
    s.append("  nama: ").append(q(nama)).append('\n');
    for (java.util.Map.Entry<String, String> e : data.entrySet()) {
      if (!e.getKey().equals("nama")) {
        s.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append('\n');
      }
    }
    s.append("sertakan:\n");
    for (String x : sertakan) {
      s.append("  - ").append(q(x)).append('\n');
    }
    return s.toString();
  }

  private static String satuBaris(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }

  /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
  public static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** The file name of a perangkat daerah's YAML file. */
  public static String namaBerkas(ImporHasil.Pd pd) {
    return pd.id() + ".yaml";
  }

  /** Problems as lines, in the order met. */
  public static List<String> laporan(ImporHasil h, Teks teks) {
    return h.masalah().stream().map(m -> m.teks(teks)).toList();
  }
}
