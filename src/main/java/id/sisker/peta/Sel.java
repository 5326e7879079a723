package id.sisker.peta;

import java.util.List;
import java.util.Locale;

/**
 * The texts of a recap row's cells, shared by every writer so the terminal, CSV, Markdown, HTML and
 * XLSX show the same words.
 */
public final class Sel {

  private final Teks teks;

  public Sel(Teks teks) {
    this.teks = teks;
  }

  public Teks teks() {
    return teks;
  }

  /** The column heads, in the PermenPANRB 1/2020 order, with the jabatan id last. */
  public List<String> kepala() {
    return List.of(
        teks.text("kolom.no"),
        teks.text("kolom.jabatan"),
        teks.text("kolom.jenis"),
        teks.text("kolom.jenjang"),
        teks.text("kolom.kelas"),
        teks.text("kolom.b"),
        teks.text("kolom.k"),
        teks.text("kolom.selisih"),
        teks.text("kolom.keterangan"),
        teks.text("kolom.id"));
  }

  public String jenis(Baris b) {
    return b.jenisJabatan().isEmpty() ? "" : teks.text("jenis." + b.jenisJabatan());
  }

  public String jenjang(Baris b) {
    return b.jenjang().isEmpty() ? "" : teks.text("jenjang." + b.jenjang());
  }

  public String kelas(Baris b) {
    return b.kelas().map(String::valueOf).orElse("");
  }

  public String baris(Baris b) {
    return teks.text("baris." + b.jenis().name().toLowerCase(Locale.ROOT));
  }

  /** The selisih signed: {@code +1}, {@code -2}, {@code 0}. */
  public static String selisih(long s) {
    return s > 0 ? "+" + s : String.valueOf(s);
  }

  /** One finding as a note: severity, rule, message and where it is. */
  public String catatan(Baris.Catatan c) {
    String where = c.posisi().isEmpty() ? "" : " (" + c.posisi() + ")";
    return teks.text("keparahan." + c.keparahan()) + " " + c.aturan() + ": " + c.pesan() + where;
  }

  /** All notes of a row, one per line. */
  public String keterangan(Baris b) {
    return String.join("\n", b.catatan().stream().map(this::catatan).toList());
  }
}
