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
}
