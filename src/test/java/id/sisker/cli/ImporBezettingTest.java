package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A peta jabatan sheet that records B as a number, without NIPs (ANJAB/ABK, e-Formasi): {@code
 * impor} writes it as {@code bezetting} (ADR 84), and {@code rekap} of the result gives the same B.
 */
class ImporBezettingTest {

  @TempDir Path tmp;

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  /** An ANJAB-style sheet: numbered hierarchy, B and K, no NIP column. */
  static final String TANPA_NIP =
      "Peta Jabatan Dinas Perhubungan;;;;;\n"
          + "No;Nama Jabatan;Jenis Jabatan;Kelas Jabatan;B;K\n"
          + "1.;Kepala Dinas Perhubungan;JPT Pratama;14;1;1\n"
          + "1.1;Sekretaris;Administrator;12;1;1\n"
          + "1.1.1;Analis Kebijakan Ahli Muda;Fungsional;10;3;2\n"
          + "1.1.2;Pengadministrasi Perkantoran;Pelaksana;6;0;2\n"
          + "1.1.3;Pengelola Keuangan;Pelaksana;7;;1\n";

  @Test
  void bWithoutNipsIsWrittenAsBezettingAndRekapGivesItBack() throws IOException {
    Files.writeString(tmp.resolve("peta.csv"), TANPA_NIP, StandardCharsets.UTF_8);
    Cli.Run r =
        run(
            "impor",
            "peta.csv",
            "--out",
            "hasil",
            "--daerah",
            "Kabupaten Indragiri Hilir",
            "--profil",
            "permenpanrb-7-2022");
    assertEquals(0, r.exit(), r.err());
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/dinas-perhubungan.yaml"), StandardCharsets.UTF_8);
    assertTrue(
        y.contains(
            "{id: kepala-dinas-perhubungan, nama: \"Kepala Dinas Perhubungan\", jenis: jpt_pratama,"
                + " kelas: 14, kebutuhan: 1, bezetting: 1}"),
        y);
    assertTrue(y.contains("kelas: 10, kebutuhan: 2, atasan: sekretaris, bezetting: 3}"), y);
    // B 0 and an empty B cell: no bezetting written (B is 0 either way).
    assertTrue(y.contains("kelas: 6, kebutuhan: 2, atasan: sekretaris}"), y);
    assertTrue(y.contains("kelas: 7, kebutuhan: 1, atasan: sekretaris}"), y);
    assertFalse(y.contains("#  B"), y);
    assertFalse(y.contains("pemangku"), y);
    // The report still says B came without NIPs, and where.
    assertTrue(
        r.err()
            .contains(
                "catatan: B (jumlah 5, pada 3 jabatan Dinas Perhubungan) tanpa NIP pemangku,"
                    + " ditulis sebagai bezetting; tulis NIP pemangkunya di pemangku bila"
                    + " diketahui. Baris: 3\u20135"),
        r.err());

    // Round trip: rekap of the imported daerah shows the sheet's B and K, row by row.
    Cli.Run rk = run("rekap", "hasil", "--format", "csv");
    assertEquals(0, rk.exit(), rk.err());
    assertEquals(
        List.of(
            "Kepala Dinas Perhubungan 1 1",
            "Sekretaris 1 1",
            "Analis Kebijakan Ahli Muda 3 2",
            "Pengadministrasi Perkantoran 0 2",
            "Pengelola Keuangan 0 1"),
        bk(rk.out()));
    // B over K is found as on any B, pointing at the bezetting the sheet gave.
    Cli.Run v = run("validate", "hasil", "--lang", "en");
    assertTrue(v.out().contains("jabatan.bezetting"), v.out());
    assertTrue(
        v.out()
            .contains(
                "perangkat_daerah[dinas-perhubungan].jabatan[analis-kebijakan-ahli-muda]"
                    + ".bezetting"),
        v.out());
  }

  @Test
  void aRowWithoutNipsInASheetWithANipColumnGetsBezetting() throws IOException {
    String csv =
        "Peta Jabatan Dinas Perhubungan;;;;;;\n"
            + "No;Nama Jabatan;Jenis Jabatan;Kelas Jabatan;B;K;NIP\n"
            + "1.;Kepala Dinas Perhubungan;JPT Pratama;14;1;1;196904212000011002\n"
            + "1.1;Sekretaris;Administrator;12;1;1;\n"
            + "1.1.1;Analis Kebijakan Ahli Muda;Fungsional;10;2;2;198503122010011004\n";
    Files.writeString(tmp.resolve("peta.csv"), csv, StandardCharsets.UTF_8);
    Cli.Run r = run("impor", "peta.csv", "--out", "hasil");
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/dinas-perhubungan.yaml"), StandardCharsets.UTF_8);
    assertTrue(y.contains("kebutuhan: 1, pemangku: [\"196904212000011002\"]}"), y);
    assertTrue(
        y.contains("kelas: 12, kebutuhan: 1, atasan: kepala-dinas-perhubungan, bezetting: 1}"), y);
    // With NIPs, as before: B is counted from them, and a different B is a note, not bezetting.
    assertTrue(
        y.contains("kebutuhan: 2, atasan: sekretaris, pemangku: [\"198503122010011004\"]}"), y);
    assertTrue(r.err().contains("B = 2 tetapi ada 1 NIP; B dihitung dari NIP"), r.err());
  }

  /** Name, B and K of each jabatan row of a CSV rekap. */
  static List<String> bk(String csv) throws IOException {
    List<String> out = new ArrayList<>();
    CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(csv.replace("\ufeff", ""), f)) {
      for (CSVRecord c : p) {
        if (c.get("Baris").equals("jabatan")) {
          out.add(c.get("Unit / Nama Jabatan").strip() + " " + c.get("B") + " " + c.get("K"));
        }
      }
    }
    return out;
  }
}
