package id.sisker.peta.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.peta.Bagian;
import id.sisker.peta.Baris;
import id.sisker.peta.RekapTabel;
import id.sisker.peta.Teks;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Keterangan column of the XLSX recap: long notes wrap and their row is tall enough. */
class XlsxRekapTest {

  private static final int KETERANGAN = 8;

  private static Baris jabatan(String id, List<Baris.Catatan> catatan) {
    return new Baris(
        Baris.Jenis.JABATAN,
        "pd",
        1,
        "1",
        "Jabatan " + id,
        id,
        "pelaksana",
        "",
        Optional.of(5),
        3,
        2,
        catatan);
  }

  private static byte[] xlsx(List<Baris> rows) throws IOException {
    Baris jumlah =
        new Baris(
            Baris.Jenis.JUMLAH_PD,
            "pd",
            0,
            "",
            "Jumlah",
            "",
            "",
            "",
            Optional.empty(),
            3,
            2,
            List.of());
    Bagian bagian = new Bagian("pd", "Dinas Contoh", "DC", rows, jumlah, rows.size(), 1);
    RekapTabel t = new RekapTabel("Kabupaten Contoh", "", List.of(bagian), jumlah);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxRekap.write(t, Teks.of("id"), out);
    return out.toByteArray();
  }

  /** Ten 30-letter words: two never share a 48-character line, so the note needs ten lines. */
  private static final String PANJANG =
      String.join(" ", java.util.Collections.nCopies(10, "a".repeat(30)));

  @Test
  void aLongNoteWrapsAndItsRowHoldsEveryLine() throws IOException {
    Baris.Catatan c = new Baris.Catatan("peringatan", "jabatan.bezetting", PANJANG, "");
    byte[] bytes = xlsx(List.of(jabatan("panjang", List.of(c)), jabatan("pendek", List.of())));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet ws = wb.getSheet("DC");
      Row row = ws.getRow(3);
      Cell cell = row.getCell(KETERANGAN);
      assertTrue(cell.getStringCellValue().endsWith(PANJANG), cell.getStringCellValue());
      assertTrue(cell.getCellStyle().getWrapText(), "the note wraps");
      // "peringatan jabatan.bezetting: " on the first line, then one word per line
      assertTrue(
          row.getHeightInPoints() >= 11 * XlsxRekap.BARIS,
          "row height " + row.getHeightInPoints() + " holds 11 lines");
      assertEquals(XlsxRekap.tinggi(cell.getStringCellValue(), 48), row.getHeightInPoints(), 0.01);
    }
    assertArrayEquals(
        bytes,
        xlsx(List.of(jabatan("panjang", List.of(c)), jabatan("pendek", List.of()))),
        "the same recap gives the same bytes");
  }

  @Test
  void severalNotesEachStartOnTheirOwnLine() throws IOException {
    List<Baris.Catatan> notes =
        List.of(
            new Baris.Catatan("galat", "a", "pendek", ""),
            new Baris.Catatan("galat", "b", "pendek", ""),
            new Baris.Catatan("galat", "c", "pendek", ""));
    byte[] bytes = xlsx(List.of(jabatan("tiga", notes)));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Row row = wb.getSheet("DC").getRow(3);
      assertEquals(3 * XlsxRekap.BARIS, row.getHeightInPoints(), 0.01);
      assertTrue(row.getCell(KETERANGAN).getCellStyle().getWrapText());
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|10|1",
        "abc|10|1",
        "aaaa bbbb|10|1",
        "aaaa bbbbbb|10|2",
        "aaaaaaaaaaaaaaaaaaaaaaaaa|10|3",
        "dinas-kesehatan|10|2",
        "a\\nb\\nc|10|3",
        "aaaaa aaaaa aaaaa|11|2",
      })
  void linesAreCountedAsAWrappingCellWouldShowThem(String text, int cap, int lines) {
    assertEquals(lines, XlsxRekap.baris(text.replace("\\n", "\n"), cap), text);
  }
}
