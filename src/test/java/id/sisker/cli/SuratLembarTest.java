package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Assignments from a sheet: a 1,000-row XLSX drafts 1,000 letters; a broken row is named. */
class SuratLembarTest {

  @TempDir Path tmp;

  private static final List<String> HEADER =
      List.of(
          "id",
          "pegawai",
          "tujuan",
          "lingkup",
          "cara",
          "maksud_tujuan",
          "target_kinerja",
          "mulai",
          "selesai",
          "durasi",
          "pengaturan_lain",
          "dasar_jenis",
          "dasar_penetap",
          "dasar_tanggal");

  private static List<Object> row(int i) {
    return List.of(
        String.format("tgs-lembar-%04d", i),
        "199307202023212001",
        "dinkes/bidang-kesmas",
        "dalam_unit",
        "penunjukan",
        "Analisis data gizi kelompok " + i,
        "Laporan A; Laporan B",
        java.time.LocalDate.of(2024, 3, 1),
        "2024-06-30",
        "4 (empat) bulan",
        "Hasil dilaporkan kepada Kepala Bidang Kesehatan Masyarakat",
        "surat_perintah",
        "dinkes/kabid-kesmas",
        "2024-02-28");
  }

  private Path xlsx(int n, int broken) throws IOException {
    Path file = tmp.resolve("penugasan.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Penugasan");
      for (int c = 0; c < HEADER.size(); c++) {
        ws.value(0, c, HEADER.get(c));
      }
      for (int i = 0; i < n; i++) {
        List<Object> r = row(i);
        for (int c = 0; c < r.size(); c++) {
          Object v = r.get(c);
          if (i == broken && c == 2) {
            v = "dinkes/bidang-kesmaz";
          }
          if (v instanceof java.time.LocalDate d) {
            ws.value(i + 1, c, d);
            ws.style(i + 1, c).format("yyyy-mm-dd").set();
          } else {
            ws.value(i + 1, c, (String) v);
          }
        }
      }
      wb.finish();
    }
    return file;
  }

  @Test
  void aThousandRowSheetDraftsAThousandLettersAndNamesTheBrokenRow() throws IOException {
    Path sheet = xlsx(1000, 41);
    Path out = tmp.resolve("surat");
    Cli.Run r =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            sheet.toString(),
            "--out",
            out.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "penugasan.xlsx, lembar Penugasan, baris 43, kolom C (tujuan): unit"
                    + " \"dinkes/bidang-kesmaz\" tidak ada; yang terdekat: dinkes/bidang-kesmas"),
        r.err());
    try (var s = Files.list(out)) {
      assertEquals(999 + 2, s.count());
    }
    String md =
        new String(
            Files.readAllBytes(out.resolve("tgs-lembar-0000-surat-perintah.docx")).length > 0
                ? "ok"
                : "");
    assertEquals("ok", md);
  }

  @Test
  void theTemplateSheetReadsBackAsOneAssignment() throws IOException {
    Path t = tmp.resolve("contoh.xlsx");
    Cli.Run w =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "surat",
            "--lembar-contoh",
            t.toString());
    assertEquals(0, w.exit(), w.err());
    Cli.Run r =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            t.toString(),
            "--coba",
            "--format",
            "md",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out().contains("tgs-2024-101-surat-perintah.md\tsurat-perintah\tSekretaris Daerah"),
        r.out());
  }

  @Test
  void aRegulationFindingAboutARowPointsIntoTheSheet() throws IOException {
    Path csv = tmp.resolve("p.csv");
    Files.writeString(
        csv,
        "id,pegawai,tujuan,maksud_tujuan,target_kinerja,mulai,selesai,durasi,pengaturan_lain,"
            + "dasar_jenis,dasar_penetap\n"
            + "tgs-x,199104142017022001,bpbd/bidang-kedaruratan-logistik,\"Kaji cepat, ${x} {{y}}\","
            + "Laporan,2024-02-12,2024-03-08,4 (empat) minggu,-,surat_perintah,dinkes/kadinkes\n");
    Cli.Run r =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            csv.toString(),
            "--out",
            tmp.resolve("o").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("p.csv[CSV]:2:11"), r.err());
    assertTrue(r.err().contains("penugasan.penetap"), r.err());
  }

  @Test
  void aCounterFillsTheSequenceOfLettersWithoutANumber() throws IOException {
    Path csv = tmp.resolve("n.csv");
    Files.writeString(
        csv,
        "id;pegawai;tujuan;maksud_tujuan;target_kinerja;mulai;selesai;durasi;pengaturan_lain;"
            + "dasar_jenis;dasar_penetap\n"
            + "tgs-n1;199307202023212001;dinkes/bidang-kesmas;Analisis data;Laporan;2024-03-01;"
            + "2024-06-30;4 (empat) bulan;-;surat_perintah;dinkes/kabid-kesmas\n");
    Path out = tmp.resolve("n");
    Cli.Run r =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            csv.toString(),
            "--format",
            "md",
            "--nomor-mulai",
            "7",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    String md = Files.readString(out.resolve("tgs-n1-surat-perintah.md"));
    assertTrue(md.contains("NOMOR 800.1.11.1/007/DINKES/2024"), md);
  }

  /** A CSV of one row: the headers of {@code row} and its cells, every cell quoted. */
  private Path csv(String name, Map<String, String> row) throws IOException {
    List<String> cells = new java.util.ArrayList<>();
    for (String v : row.values()) {
      cells.add('"' + v.replace("\"", "\"\"") + '"');
    }
    Path file = tmp.resolve(name);
    Files.writeString(file, String.join(",", row.keySet()) + "\n" + String.join(",", cells) + "\n");
    return file;
  }

  /** The sheet row of tgs-2024-007 in examples/lampung-tengah (a voluntary, cross-unit request). */
  private static Map<String, String> row007() {
    Map<String, String> r = new java.util.LinkedHashMap<>();
    r.put("id", "tgs-lembar-007");
    r.put("pegawai", "198511052007031001");
    r.put("tujuan", "dinkes/bidang-p2p");
    r.put("lingkup", "lintas_unit");
    r.put("cara", "pengajuan_sukarela");
    r.put(
        "maksud_tujuan",
        "Membantu validasi data kasus tuberkulosis pada Sistem Informasi Tuberkulosis (SITB)"
            + " tingkat kabupaten");
    r.put(
        "target_kinerja",
        "Data SITB triwulan I dan II 2024 tervalidasi untuk 10 puskesmas wilayah barat");
    r.put("mulai", "2024-03-01");
    r.put("selesai", "2024-06-30");
    r.put("durasi", "4 (empat) bulan");
    r.put(
        "pengaturan_lain",
        "Permohonan kepada Kepala Bidang P2P dengan tembusan Kepala UPTD Puskesmas selaku PPKin;"
            + " surat penugasan disiapkan PPKin (Lampiran IV huruf B angka 2) dan ditetapkan"
            + " Kepala Dinas (Pasal 10 ayat (4) huruf a); dikerjakan di luar jadwal pelayanan"
            + " puskesmas");
    r.put("dasar_jenis", "surat_perintah");
    r.put("dasar_penetap", "dinkes/kadinkes");
    r.put("dasar_nomor", "800.1.11.1/061/SEK/2024");
    r.put("dasar_tanggal", "2024-02-27");
    r.put("permohonan_tanggal", "2024-02-19");
    r.put("permohonan_dari", "dinkes/perawat-terampil-pkm");
    r.put("permohonan_kepada", "dinkes/kabid-p2p");
    r.put("permohonan_tembusan", "dinkes/ka-pkm-gunung-sugih");
    r.put("jawaban_tanggal", "22/2/2024");
    r.put("jawaban_dari", "dinkes/kabid-p2p");
    r.put("jawaban", "Setuju");
    return r;
  }

  private Cli.Run surat(String... args) {
    return Cli.run(Path.of("").toAbsolutePath(), Map.of(), false, args);
  }

  @Test
  void aRowWithAPermohonanDraftsTheSameThreeLettersAsTheYaml() throws IOException {
    Path sheet = csv("p.csv", row007());
    Path fromSheet = tmp.resolve("lembar");
    Path fromYaml = tmp.resolve("yaml");
    Cli.Run r =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            sheet.toString(),
            "--format",
            "md",
            "--out",
            fromSheet.toString());
    assertEquals(0, r.exit(), r.err());
    Cli.Run y =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--id",
            "tgs-2024-007",
            "--format",
            "md",
            "--out",
            fromYaml.toString());
    assertEquals(0, y.exit(), y.err());
    for (String jenis : List.of("permohonan", "jawaban", "surat-perintah")) {
      String a = Files.readString(fromSheet.resolve("tgs-lembar-007-" + jenis + ".md"));
      String b = Files.readString(fromYaml.resolve("tgs-2024-007-" + jenis + ".md"));
      assertEquals(b, a, jenis);
    }
    String permohonan = Files.readString(fromSheet.resolve("tgs-lembar-007-permohonan.md"));
    assertTrue(permohonan.contains("Pengajuan Diri untuk Dilibatkan dalam Tugas"), permohonan);
    assertTrue(permohonan.contains("Kepala UPTD Puskesmas Gunung Sugih"), permohonan);
    String perintah = Files.readString(fromSheet.resolve("tgs-lembar-007-surat-perintah.md"));
    assertTrue(perintah.contains("tanggal 22 Februari 2024"), perintah);
  }

  @Test
  void aMisspeltPermohonanHeaderGetsDidYouMean() throws IOException {
    Map<String, String> row = new java.util.LinkedHashMap<>();
    row007()
        .forEach((k, v) -> row.put(k.equals("permohonan_tanggal") ? "permohonan_tangal" : k, v));
    Path sheet = csv("p.csv", row);
    Cli.Run r =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            sheet.toString(),
            "--coba",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "p.csv, lembar CSV, baris 1, kolom P (permohonan_tangal): kolom"
                    + " \"permohonan_tangal\" tidak dikenal; maksud Anda permohonan_tanggal?"),
        r.err());
  }

  @Test
  void aBadDateInPermohonanTanggalNamesItsCell() throws IOException {
    Map<String, String> row = row007();
    row.put("permohonan_tanggal", "19-02-2024");
    Path file = tmp.resolve("penugasan.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet("Penugasan");
      int c = 0;
      for (Map.Entry<String, String> e : row.entrySet()) {
        ws.value(0, c, e.getKey());
        ws.value(1, c, e.getValue());
        c++;
      }
      wb.finish();
    }
    Cli.Run r =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            file.toString(),
            "--coba",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "penugasan.xlsx, lembar Penugasan, baris 2, kolom P (permohonan_tanggal):"
                    + " \"19-02-2024\" bukan tanggal"),
        r.err());
    Cli.Run en =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            file.toString(),
            "--coba",
            "--lang",
            "en",
            "--out",
            tmp.resolve("o").toString());
    assertTrue(
        en.err()
            .contains(
                "penugasan.xlsx, sheet Penugasan, row 2, column P (permohonan_tanggal):"
                    + " \"19-02-2024\" is not a date"),
        en.err());
  }

  @Test
  void anAnswerWithoutARequestOrWithoutItsVerdictIsNamed() throws IOException {
    Map<String, String> noRequest = row007();
    noRequest.keySet().removeIf(k -> k.startsWith("permohonan_"));
    Cli.Run r =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            csv("a.csv", noRequest).toString(),
            "--coba",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(
        r.err()
            .contains(
                "a.csv, lembar CSV, baris 2, kolom P (jawaban_tanggal): jawaban tanpa permohonan"),
        r.err());
    Map<String, String> noVerdict = row007();
    noVerdict.put("jawaban", "oke");
    noVerdict.put("permohonan_kepada", "dinkes/kabid-p2");
    Cli.Run v =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            csv("b.csv", noVerdict).toString(),
            "--coba",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(1, v.exit(), v.err());
    assertTrue(
        v.err().contains("kolom V (jawaban): \"oke\" bukan nilai yang sah; pilihan: setuju, tolak"),
        v.err());
    assertTrue(
        v.err()
            .contains(
                "kolom R (permohonan_kepada): jabatan \"dinkes/kabid-p2\" tidak ada (tulis"
                    + " pd/jabatan atau kepala_daerah); yang terdekat: dinkes/kabid-p2p"),
        v.err());
  }

  @Test
  void aRefusalWithoutReasonIsARuleFindingAtTheAnswerCell() throws IOException {
    Map<String, String> row = row007();
    row.put("jawaban", "tolak");
    Cli.Run r =
        surat(
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            csv("t.csv", row).toString(),
            "--coba",
            "--out",
            tmp.resolve("o").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("t.csv[CSV]:2:22: galat pelibatan.penolakan"), r.err());
    assertTrue(r.err().contains("t.csv[CSV]:2:22: galat penugasan.data-surat"), r.err());
  }
}
