package id.sisker.peta.xlsx;

import id.sisker.peta.Lembar;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads the sheets of an XLSX workbook (hidden ones as names only) as {@link Lembar}s, streaming
 * the rows (fastexcel reader). Numbers become their plain decimal text ({@code 12}, not {@code
 * 12.0}) and keep their stored form, so an 18-digit NIP stored as a number can be reported instead
 * of being used with its last digits lost. Formulas give their cached value.
 */
public final class XlsxBaca {

  private XlsxBaca() {}

  public static List<Lembar> baca(InputStream in) throws IOException {
    return baca(in.readAllBytes());
  }

  /** Reads a workbook; rows hidden in the spreadsheet program are marked as such. */
  public static List<Lembar> baca(byte[] xlsx) throws IOException {
    List<Lembar> out = new ArrayList<>();
    java.util.Map<String, BarisTersembunyi.Tata> tata = BarisTersembunyi.baca(xlsx);
    try (ReadableWorkbook wb = new ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
      for (Sheet s : wb.getSheets().toList()) {
        if (s.getVisibility() != SheetVisibility.VISIBLE) {
          out.add(new Lembar(s.getName(), true, List.of()));
          continue;
        }
        List<Lembar.Baris> rows = new ArrayList<>();
        BarisTersembunyi.Tata t = tata.getOrDefault(s.getId(), BarisTersembunyi.Tata.KOSONG);
        java.util.Set<Integer> tersembunyi = t.tersembunyi();
        try (Stream<Row> stream = s.openStream()) {
          stream.forEach(
              r -> {
                List<Lembar.Isi> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                  Lembar.Isi i = isi(r.getCell(c));
                  Integer n = t.indent().get(BarisTersembunyi.Tata.sel(r.getRowNum(), c));
                  cells.add(n == null || i.teks().isEmpty() ? i : i.menjorok(n));
                }
                Lembar.Baris b =
                    new Lembar.Baris(r.getRowNum(), cells, tersembunyi.contains(r.getRowNum()));
                if (!b.kosong()) {
                  rows.add(b);
                }
              });
        }
        out.add(new Lembar(s.getName(), rows));
      }
    } catch (org.dhatim.fastexcel.reader.ExcelReaderException e) {
      throw new IOException(e.getMessage(), e);
    }
    return out;
  }

  private static Lembar.Isi isi(Cell c) {
    if (c == null || c.getType() == CellType.EMPTY) {
      return Lembar.Isi.KOSONG;
    }
    if (c.getType() == CellType.NUMBER) {
      BigDecimal n = c.asNumber();
      String plain = n.stripTrailingZeros().toPlainString();
      String raw = c.getRawValue() == null ? plain : c.getRawValue();
      return new Lembar.Isi(plain, true, raw);
    }
    if (c.getType() == CellType.FORMULA) {
      Object v = c.getValue();
      String raw = c.getRawValue() == null ? "" : c.getRawValue().strip();
      if (v instanceof BigDecimal n) {
        return new Lembar.Isi(n.stripTrailingZeros().toPlainString(), true, raw);
      }
      return Lembar.Isi.teks(raw);
    }
    return Lembar.Isi.teks(c.getText());
  }
}
