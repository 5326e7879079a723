package id.sisker.peta.csv;

import id.sisker.peta.Bagian;
import id.sisker.peta.Baris;
import id.sisker.peta.RekapTabel;
import id.sisker.peta.Sel;
import id.sisker.peta.Teks;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The recap as one flat CSV table (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads the
 * accents right): every row carries its perangkat daerah, its kind and its level, so the file sorts
 * and filters without losing the hierarchy. Cells hold the text literally.
 */
public final class CsvRekap {

  private CsvRekap() {}

  public static String render(RekapTabel t, Teks teks) {
    Sel sel = new Sel(teks);
    StringWriter w = new StringWriter();
    w.write('\ufeff');
    List<String> head = new ArrayList<>();
    head.add(teks.text("kolom.pd"));
    head.add(teks.text("kolom.baris"));
    head.add(teks.text("kolom.tingkat"));
    head.addAll(sel.kepala());
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      p.printRecord(head);
      for (Bagian s : t.bagian()) {
        for (Baris b : s.baris()) {
          print(p, sel, b);
        }
      }
      if (t.bagian().size() != 1) {
        print(p, sel, t.total());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static void print(CSVPrinter p, Sel sel, Baris b) throws IOException {
    boolean n = b.jenis().berangka();
    p.printRecord(
        b.pd(),
        sel.baris(b),
        b.tingkat(),
        b.nomor(),
        b.nama(),
        sel.jenis(b),
        sel.jenjang(b),
        sel.kelas(b),
        n ? String.valueOf(b.b()) : "",
        n ? String.valueOf(b.k()) : "",
        n ? String.valueOf(b.selisih()) : "",
        sel.keterangan(b),
        b.jabatanId());
  }
}
