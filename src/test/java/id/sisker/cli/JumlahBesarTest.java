package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Totals of B and K over a daerah do not overflow: 22,000 jabatan of B = K = 100,000 (the largest
 * the format allows) add up to 2,200,000,002, beyond an {@code int}. Summed as {@code int} the
 * totals came out negative.
 */
class JumlahBesarTest {

  private static final int BANYAK = 22_000;
  private static final long TOTAL = 2 + BANYAK * 100_000L;

  @TempDir static Path tmp;

  @BeforeAll
  static void daerah() throws IOException {
    Files.writeString(
        tmp.resolve("daerah.yaml"),
        """
        sisker: 1
        daerah:
          nama: "Kabupaten Besar"
          jenis: kabupaten
          profil: "permenpanrb-7-2022"
        sertakan:
          - "dinas.yaml"
        """,
        StandardCharsets.UTF_8);
    StringBuilder s =
        new StringBuilder(
            """
            perangkat_daerah:
              - id: dinas
                nama: "Dinas Besar"
                jenis: dinas
                kepala: kepala-dinas
                jabatan:
                  - {id: kepala-dinas, nama: "Kepala Dinas", jenis: jpt_pratama, kelas: 14, \
            kebutuhan: 1, bezetting: 1}
                unit:
                  - id: bidang
                    nama: "Bidang Pelayanan"
                    jenis: bidang
                    kepala: kepala-bidang
                    jabatan:
                      - {id: kepala-bidang, nama: "Kepala Bidang", jenis: administrator, kelas: 11, \
            kebutuhan: 1, atasan: kepala-dinas, bezetting: 1}
            """);
    for (int i = 1; i <= BANYAK; i++) {
      s.append("          - {id: perawat-")
          .append(i)
          .append(", nama: \"Perawat ")
          .append(i)
          .append("\", jenis: fungsional, kategori: keterampilan, jenjang: terampil, kelas: 7,")
          .append(" kebutuhan: 100000, atasan: kepala-bidang, bezetting: 100000}\n");
    }
    Files.writeString(tmp.resolve("dinas.yaml"), s.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void rekapTotalsAreExact() throws IOException {
    Path csv = tmp.resolve("rekap.csv");
    Cli.Run r = Cli.run("rekap", tmp.toString(), "--format", "csv", "-o", csv.toString());
    assertEquals(0, r.exit(), r.err());
    String out = Files.readString(csv, StandardCharsets.UTF_8).strip();
    String last = out.substring(out.lastIndexOf('\n') + 1);
    assertTrue(last.contains("," + TOTAL + "," + TOTAL + ",0"), last);
    assertTrue(r.err().contains("B " + TOTAL + ", K " + TOTAL), r.err());
  }

  @Test
  void theDiagramCountsTheGroupExactly() {
    Cli.Run r = Cli.run("diagram", tmp.toString(), "--view", "struktur", "--tanpa-temuan");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("22000 jabatan, 2200000000 orang (K)"), r.out());
  }
}
