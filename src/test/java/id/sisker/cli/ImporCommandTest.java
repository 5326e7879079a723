package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sisker impor} as a user runs it: the bundled sheets, other layouts, Excel quirks. */
class ImporCommandTest {

  @TempDir Path tmp;

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  private Path copy(String example) throws IOException {
    Path t = tmp.resolve("peta.xlsx");
    Files.copy(Path.of("examples", example, "peta-jabatan.xlsx"), t);
    return t;
  }

  @Test
  void bundledSheetImportsIntoPerangkatDaerahFiles() throws IOException {
    copy("pulang-pisau");
    Cli.Run r = run("impor", "peta.xlsx", "--out", "hasil");
    assertEquals(0, r.exit(), r.err());
    Path bapenda = tmp.resolve("hasil/perangkat-daerah/bapenda.yaml");
    assertTrue(Files.exists(bapenda), r.err());
    String y = Files.readString(bapenda, StandardCharsets.UTF_8);
    assertTrue(y.contains("kepala: kaban"), y);
    assertTrue(y.contains("atasan: kaban"), y);
    assertTrue(y.contains("model: dinas-kelompok-2"), y);
    assertTrue(y.contains("pemangku: [\"196904212000011002\"]"), y);
    assertTrue(Files.exists(tmp.resolve("hasil/daerah.yaml")), r.err());
    assertTrue(Files.exists(tmp.resolve("hasil/pegawai.yaml")), r.err());
    // The imported folder is a daerah validate accepts as it is, with the example's findings
    // (none).
    Cli.Run v = run("validate", "hasil");
    assertEquals(0, v.exit(), v.out() + v.err());
    assertTrue(v.out().contains("0 galat, 0 peringatan, 0 info"), v.out());
    assertTrue(v.out().contains("253 pegawai"), v.out());

    // Again: refused as a whole, nothing half-written; --force overwrites.
    Files.writeString(bapenda, "dijaga", StandardCharsets.UTF_8);
    Cli.Run again = run("impor", "peta.xlsx", "--out", "hasil");
    assertEquals(2, again.exit());
    assertTrue(again.err().contains("--force"), again.err());
    assertEquals("dijaga", Files.readString(bapenda, StandardCharsets.UTF_8));
    assertEquals(0, run("impor", "peta.xlsx", "--out", "hasil", "--force").exit());
    assertEquals(y, Files.readString(bapenda, StandardCharsets.UTF_8));
  }

  @Test
  void numberedCsvWithQuirksNamesEveryCell() throws IOException {
    String csv =
        "Peta Jabatan Dinas Perhubungan;;;;;;\n"
            + "No;Nama Jabatan;Jenis Jabatan;Jenjang;Kelas Jabatan;K;NIP;Catatan Lain\n"
            + "1.; Kepala Dinas Perhubungan ;JPT Pratama;;14;1;196904212000011002;x\n"
            + "1.1;Sekretaris;Administrator;;\" 12 \";1;1.96904E+17;\n"
            + "1.1.1;Analis Kebijakan Ahli Muda;Fungsional;Ahli Muda;10;2;;\n"
            + "1.2;Kepala Bidang \"Lalu Lintas\" {{x}};Administratur;;11;1;;\n"
            + "1.3;Pengadministrasi Perkantoran;Pelaksana;;abc;1;;\n";
    Files.writeString(tmp.resolve("peta.csv"), csv, StandardCharsets.UTF_8);
    Cli.Run r = run("impor", "peta.csv", "--out", "hasil");
    assertEquals(1, r.exit(), r.err());
    String e = r.err();
    assertTrue(e.contains("baris 4, kolom G: galat: NIP tersimpan sebagai angka (1.96904E+17)"), e);
    assertTrue(e.contains("baris 6, kolom C: galat: jenis jabatan \"Administratur\""), e);
    assertTrue(e.contains("maksud Anda: administrator?"), e);
    assertTrue(e.contains("baris 7, kolom E: galat: \"abc\" bukan bilangan bulat"), e);
    assertTrue(e.contains("baris 2, kolom H: catatan: kolom \"Catatan Lain\" tidak dikenal"), e);
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/dinas-perhubungan.yaml"), StandardCharsets.UTF_8);
    assertTrue(y.contains("jenis: dinas"), y);
    assertTrue(
        y.contains(
            "{id: kepala-dinas-perhubungan, nama: \"Kepala Dinas Perhubungan\", jenis: jpt_pratama,"
                + " kelas: 14, kebutuhan: 1, pemangku: [\"196904212000011002\"]}"),
        y);
    assertTrue(y.contains("kelas: 12, kebutuhan: 1, atasan: kepala-dinas-perhubungan}"), y);
    assertTrue(
        y.contains(
            "kategori: keahlian, jenjang: ahli_muda, kelas: 10, kebutuhan: 2, atasan: sekretaris}"),
        y);
    assertFalse(y.contains("Lalu Lintas"), "a row with an unknown kind is not imported: " + y);

    Cli.Run en = run("impor", "peta.csv", "--out", "hasil-en", "--lang", "en");
    assertTrue(en.err().contains("row 4, column G: error: NIP stored as a number"), en.err());
  }

  @Test
  void xlsxWithParentColumnMergedUnitsNumericNipAndHiddenSheet() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Inspektorat");
      String[][] rows = {
        {"Perangkat Daerah", "Unit", "Nama Jabatan", "Jenis", "Kelas", "K", "Atasan", "NIP"},
        {"Inspektorat Daerah", "", "Inspektur", "JPT Pratama", "14", "1", "", ""},
        {
          "",
          "Inspektur Pembantu Wilayah I",
          "Inspektur Pembantu Wilayah I",
          "Administrator",
          "12",
          "1",
          "Inspektur",
          ""
        },
        {"", "", "Auditor Ahli Muda", "Fungsional", "10", "3", "Inspektur Pembantu Wilayah I", ""},
        {"", "", "Auditor Ahli Pertama", "Fungsional", "9", "2", "Inspektor", ""}
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int c = 0; c < rows[i].length; c++) {
          row.createCell(c).setCellValue(rows[i][c]);
        }
      }
      s.getRow(3).createCell(8).setCellValue("x");
      s.getRow(1).getCell(7).setCellValue(Double.parseDouble("196904212000011002"));
      s.addMergedRegion(new CellRangeAddress(1, 4, 0, 0));
      s.getRow(2).createCell(9);
      wb.createSheet("Arsip");
      wb.setSheetHidden(1, true);
      try (OutputStream out = Files.newOutputStream(tmp.resolve("peta.xlsx"))) {
        wb.write(out);
      }
    }
    Cli.Run r = run("impor", "peta.xlsx", "--out", "hasil");
    assertEquals(1, r.exit(), r.err());
    String e = r.err();
    assertTrue(
        e.contains("lembar \"Inspektorat\", baris 2, kolom H: galat: NIP tersimpan sebagai angka"),
        e);
    assertTrue(e.contains("baris 5, kolom G: galat: atasan \"Inspektor\""), e);
    assertTrue(e.contains("lembar \"Arsip\" tersembunyi"), e);
    assertTrue(e.contains("baris 4, kolom I: catatan: isi \"x\" berada di kolom tanpa judul"), e);
    assertFalse(e.contains("tanpa jenjang"), "jenjang read from the name: " + e);
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/inspektorat-daerah.yaml"), StandardCharsets.UTF_8);
    assertTrue(y.contains("jenis: inspektorat"), y);
    assertTrue(y.contains("jenis: inspektur_pembantu"), y);
    assertTrue(
        y.contains(
            "jenjang: ahli_muda, kelas: 10, kebutuhan: 3, atasan: inspektur-pembantu-wilayah-i}"),
        y);
  }

  /**
   * Rows hidden in Excel (an old jabatan kept out of sight, a scratch row) are skipped by default
   * and named by sheet and row; {@code --baris-tersembunyi} imports them. The workbook is a real
   * XLSX written by POI, as Excel writes hidden rows ({@code <row hidden="1">}).
   */
  @Test
  void hiddenRowsAreSkippedAndNamedOrImportedWhenAsked() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Dinkes");
      String[][] rows = {
        {"Peta Jabatan Dinas Kesehatan"},
        {"Nama Jabatan", "Jenis", "Kelas", "K"},
        {"Kepala Dinas Kesehatan", "JPT Pratama", "14", "1"},
        {"Sekretaris Dinas Kesehatan", "Administrator", "12", "1"},
        {"Epidemiolog Kesehatan Ahli Muda", "Fungsional", "10", "2"},
        {"Pengadministrasi Umum", "Pelaksana", "5", "1"},
        {"Pranata Komputer Terampil", "Fungsional", "6", "1"}
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int c = 0; c < rows[i].length; c++) {
          row.createCell(c).setCellValue(rows[i][c]);
        }
      }
      s.getRow(4).setZeroHeight(true);
      s.getRow(5).setZeroHeight(true);
      try (OutputStream out = Files.newOutputStream(tmp.resolve("peta.xlsx"))) {
        wb.write(out);
      }
    }
    Cli.Run r = run("impor", "peta.xlsx", "--out", "hasil");
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "lembar \"Dinkes\": catatan: 2 baris (5\u20136) tersembunyi di lembar kerja dan"
                    + " tidak diimpor"),
        r.err());
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/dinas-kesehatan.yaml"), StandardCharsets.UTF_8);
    assertFalse(y.contains("Epidemiolog"), y);
    assertFalse(y.contains("Pengadministrasi Umum"), y);
    assertTrue(y.contains("Pranata Komputer Terampil"), y);

    Cli.Run all = run("impor", "peta.xlsx", "--out", "semua", "--baris-tersembunyi");
    assertEquals(0, all.exit(), all.err());
    assertFalse(all.err().contains("tersembunyi"), all.err());
    String z =
        Files.readString(
            tmp.resolve("semua/perangkat-daerah/dinas-kesehatan.yaml"), StandardCharsets.UTF_8);
    assertTrue(z.contains("Epidemiolog Kesehatan Ahli Muda"), z);
    assertTrue(z.contains("Pengadministrasi Umum"), z);

    Cli.Run en = run("impor", "peta.xlsx", "--out", "en", "--lang", "en");
    assertTrue(en.err().contains("2 row(s) (5\u20136) hidden in the spreadsheet"), en.err());
  }

  /**
   * "Data sisker" cells edited by hand: a good one is re-quoted (template and YAML syntax stay
   * text), a broken one or one with a global tag is an error naming its cell; {@code --daerah} and
   * {@code --profil} write a root that names, and does not invent, what is missing.
   */
  @Test
  void dataCellsAreReadSafelyAndTheRootNeverInventsKeys() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Dishub");
      String[][] rows = {
        {"Peta Jabatan Dinas Perhubungan"},
        {"Nama Jabatan", "Jenis", "Kelas", "B", "K", "Data sisker"},
        {
          "Kepala Dinas Perhubungan",
          "JPT Pratama",
          "14",
          "1",
          "1",
          "{pemangku: [\"196904212000011002\"], dasar_penilai: \"${x} {{y}} }: #z\"}"
        },
        {"Sekretaris", "Administrator", "12", "0", "1", "{penilai: [tidak tertutup"},
        {"Analis Kebijakan Ahli Muda", "Fungsional", "10", "0", "1", "!!javax.script.X {}"}
      };
      for (int i = 0; i < rows.length; i++) {
        Row row = s.createRow(i);
        for (int c = 0; c < rows[i].length; c++) {
          row.createCell(c).setCellValue(rows[i][c]);
        }
      }
      try (OutputStream out = Files.newOutputStream(tmp.resolve("peta.xlsx"))) {
        wb.write(out);
      }
    }
    Cli.Run r =
        run(
            "impor",
            "peta.xlsx",
            "--out",
            "hasil",
            "--daerah",
            "Kabupaten Contoh",
            "--profil",
            "pulang-pisau");
    assertEquals(1, r.exit(), r.err());
    String e = r.err();
    assertTrue(e.contains("baris 4, kolom F: galat: sel Data sisker tidak dapat dibaca"), e);
    assertTrue(e.contains("baris 5, kolom F: galat: sel Data sisker tidak dapat dibaca"), e);
    assertTrue(e.contains("daerah.yaml ditulis tanpa provinsi, kode_wilayah, ibukota"), e);
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/dinas-perhubungan.yaml"), StandardCharsets.UTF_8);
    assertTrue(y.contains("pemangku: [\"196904212000011002\"]"), y);
    assertTrue(y.contains("dasar_penilai: \"${x} {{y}} }: #z\"}"), y);
    assertFalse(y.contains("javax"), y);
    String root = Files.readString(tmp.resolve("hasil/daerah.yaml"), StandardCharsets.UTF_8);
    assertTrue(root.contains("  nama: \"Kabupaten Contoh\"\n  jenis: kabupaten\n"), root);
    assertTrue(root.contains("  profil: \"pulang-pisau\"\n"), root);
    assertFalse(root.contains("provinsi"), root);
    // validate names what is missing in the root, by file and line.
    Cli.Run v = run("validate", "hasil");
    assertTrue(v.out().contains("hasil/daerah.yaml:"), v.out());
    assertTrue(v.out().contains("provinsi"), v.out());

    Cli.Run none = run("impor", "peta.xlsx", "--out", "tanpa-akar");
    assertTrue(none.err().contains("daerah.yaml tidak ditulis"), none.err());
    assertFalse(Files.exists(tmp.resolve("tanpa-akar/daerah.yaml")));
  }

  /**
   * The third common layout: the hierarchy shown only by indenting the names, with leading
   * spaces (CSV, or typed in Excel) or with the cell style's indent (Excel's "Increase Indent").
   */
  @Test
  void indentedNamesGiveTheHierarchy() throws IOException {
    String csv =
        "Peta Jabatan Dinas Perhubungan;;;\n"
            + "Nama Jabatan;Jenis Jabatan;Kelas Jabatan;K\n"
            + "Kepala Dinas Perhubungan;JPT Pratama;14;1\n"
            + "  Sekretaris;Administrator;12;1\n"
            + "    Analis Kebijakan Ahli Muda;Fungsional;10;2\n"
            + "  Kepala Bidang Lalu Lintas;Administrator;11;1\n"
            + "    Penguji Kendaraan Bermotor Ahli Pertama;Fungsional;8;2\n"
            + "    Pengadministrasi Perkantoran;Pelaksana;5;1\n";
    Files.writeString(tmp.resolve("peta.csv"), csv, StandardCharsets.UTF_8);
    Cli.Run r = run("impor", "peta.csv", "--out", "csv");
    assertEquals(0, r.exit(), r.err());
    assertFalse(r.err().contains("tidak memuat hierarki"), r.err());
    String y =
        Files.readString(
            tmp.resolve("csv/perangkat-daerah/dinas-perhubungan.yaml"), StandardCharsets.UTF_8);
    assertTrue(y.contains("kebutuhan: 2, atasan: sekretaris}"), y);
    assertTrue(y.contains("kelas: 11, kebutuhan: 1, atasan: kepala-dinas-perhubungan}"), y);
    assertTrue(y.contains("kelas: 8, kebutuhan: 2, atasan: kepala-bidang-lalu-lintas}"), y);
    assertTrue(y.contains("kelas: 5, kebutuhan: 1, atasan: kepala-bidang-lalu-lintas}"), y);

    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("Dishub");
      String[] lines = csv.split("\n", 0);
      for (int i = 0; i < lines.length; i++) {
        String[] cells = lines[i].split(";", 0);
        Row row = s.createRow(i);
        for (int c = 0; c < cells.length; c++) {
          row.createCell(c).setCellValue(cells[c].strip());
        }
        int indent = (cells[0].length() - cells[0].stripLeading().length()) / 2;
        if (indent > 0) {
          var style = wb.createCellStyle();
          style.setIndention((short) indent);
          row.getCell(0).setCellStyle(style);
        }
      }
      try (OutputStream out = Files.newOutputStream(tmp.resolve("peta.xlsx"))) {
        wb.write(out);
      }
    }
    Cli.Run x = run("impor", "peta.xlsx", "--out", "xlsx");
    assertEquals(0, x.exit(), x.err());
    assertEquals(
        y.replace("peta.csv", "peta.xlsx").replace("\"peta.xlsx\"", "\"Dishub\""),
        Files.readString(
            tmp.resolve("xlsx/perangkat-daerah/dinas-perhubungan.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void missingAndUnreadableFiles() throws IOException {
    Cli.Run none = run("impor", "tidak-ada.xlsx");
    assertEquals(2, none.exit());
    Files.write(tmp.resolve("rusak.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Cli.Run broken = run("impor", "rusak.xlsx");
    assertEquals(2, broken.exit(), broken.err());
    assertTrue(broken.err().contains("rusak.xlsx"), broken.err());
    assertFalse(broken.err().contains("Exception"), broken.err());
  }
}
