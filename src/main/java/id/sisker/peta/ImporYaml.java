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
    if (!pd.jenis().isEmpty()) {
      s.append("    jenis: ").append(pd.jenis()).append('\n');
    }
    isi(s, pd.akar(), "    ");
    return s.toString();
  }

  private static void isi(StringBuilder s, ImporHasil.Unit u, String ind) {
    if (!u.kepala().isEmpty()) {
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
        if (!j.atasan().isEmpty()) {
          s.append(", atasan: ").append(j.atasan());
        }
        if (!j.pemangku().isEmpty()) {
          s.append(", pemangku: [");
          s.append(String.join(", ", j.pemangku().stream().map(ImporYaml::q).toList()));
          s.append(']');
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
        s.append(in).append("jenis: ").append(c.jenis()).append('\n');
        isi(s, c, in);
      }
    }
  }

  private static String satuBaris(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }

  /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
  static String q(String s) {
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
