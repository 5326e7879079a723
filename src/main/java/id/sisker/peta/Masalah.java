package id.sisker.peta;

import java.util.List;

/**
 * A problem met while importing a sheet, named by sheet, row and column.
 *
 * @param baris the row number as the spreadsheet shows it, 0 when the problem is about the sheet
 * @param kolom the column letter, empty when about a whole row or sheet
 * @param kunci the message key in {@code peta*.properties} (without the {@code impor.} prefix)
 * @param galat whether the problem leaves the import incomplete (an error) or is only a notice
 */
public record Masalah(
    String berkas,
    String lembar,
    int baris,
    String kolom,
    boolean galat,
    String kunci,
    List<Object> args) {

  public Masalah {
    args = List.copyOf(args);
  }

  /** {@code berkas, lembar "X", baris 5, kolom C: message}. */
  public String teks(Teks teks) {
    StringBuilder s = new StringBuilder(berkas);
    if (!lembar.isEmpty()) {
      s.append(", ").append(teks.format("impor.di-lembar", lembar));
    }
    if (baris > 0) {
      s.append(", ").append(teks.format("impor.di-baris", baris));
    }
    if (!kolom.isEmpty()) {
      s.append(", ").append(teks.format("impor.di-kolom", kolom));
    }
    s.append(": ")
        .append(teks.text(galat ? "impor.galat" : "impor.catatan"))
        .append(": ")
        .append(teks.format("impor." + kunci, args.toArray()));
    return s.toString();
  }
}
