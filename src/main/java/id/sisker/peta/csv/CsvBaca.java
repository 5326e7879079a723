package id.sisker.peta.csv;

import id.sisker.peta.Lembar;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as one {@link Lembar}: comma or semicolon separated (whichever the first line
 * uses more; Indonesian Excel writes semicolons), quotes per RFC 4180, a byte-order mark ignored.
 * Row numbers are the file's line numbers where the record starts.
 */
public final class CsvBaca {

  private CsvBaca() {}

  public static Lembar baca(String nama, String text) throws IOException {
    String t = text.startsWith("\ufeff") ? text.substring(1) : text;
    int nl = t.indexOf('\n');
    String first = nl < 0 ? t : t.substring(0, nl);
    char sep =
        first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count()
            ? ';'
            : ',';
    CSVFormat f = CSVFormat.RFC4180.builder().setDelimiter(sep).get();
    List<Lembar.Baris> rows = new ArrayList<>();
    try (Reader r = new java.io.StringReader(t);
        CSVParser p = CSVParser.parse(r, f)) {
      int line = 1;
      int seen = 0;
      for (CSVRecord rec : p) {
        int pos = (int) Math.min(rec.getCharacterPosition(), t.length());
        for (; seen < pos; seen++) {
          if (t.charAt(seen) == '\n') {
            line++;
          }
        }
        List<Lembar.Isi> cells = new ArrayList<>();
        for (String v : rec) {
          cells.add(Lembar.Isi.teks(v));
        }
        Lembar.Baris b = new Lembar.Baris(line, cells);
        if (!b.kosong()) {
          rows.add(b);
        }
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(e.getMessage(), e);
    }
    return new Lembar(nama, rows);
  }
}
