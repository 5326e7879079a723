package id.sisker.peta;

import java.util.List;

/**
 * One sheet of a spreadsheet as read, before any meaning is given to it: its name and its non-empty
 * rows with their numbers as the user sees them (1-based). A CSV file is one sheet. A hidden sheet
 * is kept (without rows) so that skipping it can be reported.
 */
public record Lembar(String nama, boolean tersembunyi, List<Lembar.Baris> baris) {

  public Lembar {
    baris = List.copyOf(baris);
  }

  public Lembar(String nama, List<Lembar.Baris> baris) {
    this(nama, false, baris);
  }

  /**
   * A row.
   *
   * @param nomor the row number shown by the spreadsheet program (1-based)
   * @param tersembunyi whether the row is hidden in the spreadsheet program
   */
  public record Baris(int nomor, List<Isi> sel, boolean tersembunyi) {

    public Baris {
      sel = List.copyOf(sel);
    }

    public Baris(int nomor, List<Isi> sel) {
      this(nomor, sel, false);
    }

    public Isi sel(int kolom) {
      return kolom >= 0 && kolom < sel.size() ? sel.get(kolom) : Isi.KOSONG;
    }

    public boolean kosong() {
      return sel.stream().allMatch(i -> i.teks().isEmpty());
    }
  }

  /**
   * A cell's content as text, trimmed.
   *
   * @param angka whether the spreadsheet stored it as a number (so an 18-digit NIP has already lost
   *     digits)
   * @param mentah the number as stored in the file (e.g. {@code 1.96904212E17}), empty for text
   * @param indent how far the text is indented: leading spaces, plus (XLSX) the cell style's indent
   *     as levels; read as the hierarchy when a sheet has nothing better
   */
  public record Isi(String teks, boolean angka, String mentah, int indent) {
    public static final Isi KOSONG = new Isi("", false, "");

    public Isi(String teks, boolean angka, String mentah) {
      this(teks, angka, mentah, 0);
    }

    /** A text cell; its leading spaces (an indented name) are kept as {@link #indent}. */
    public static Isi teks(String s) {
      if (s == null) {
        return KOSONG;
      }
      int lead = 0;
      while (lead < s.length() && (s.charAt(lead) == ' ' || s.charAt(lead) == '\u00a0')) {
        lead++;
      }
      String t = s.strip();
      return new Isi(t, false, "", t.isEmpty() ? 0 : lead);
    }

    /** The same cell indented by {@code n} more (a cell style's indent). */
    public Isi menjorok(int n) {
      return new Isi(teks, angka, mentah, indent + n);
    }
  }

  /** The column letter of a 0-based index: 0 → A, 26 → AA. */
  public static String kolom(int i) {
    StringBuilder s = new StringBuilder();
    for (int n = i + 1; n > 0; n = (n - 1) / 26) {
      s.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return s.toString();
  }
}
