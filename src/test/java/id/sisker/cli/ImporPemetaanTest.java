package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.SchemaExport;
import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sisker impor --pemetaan}: a layout described by a mapping file, and its mistakes. */
class ImporPemetaanTest {

  @TempDir Path tmp;

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  private static final String CSV =
      "Formasi Dinas Kesehatan;;;;\n"
          + "dicetak 2025;;;;\n"
          + "Uraian;Eselon/Jenis;Kls;Kebut.;Sub Unit\n"
          + "Kepala Dinas Kesehatan;JPT Pratama;14;1;\n"
          + "Sekretaris;Administrator;12;1;Sekretariat\n"
          + "Perawat Ahli Muda;Fungsional;9;4;Sekretariat\n";

  @Test
  void mappingFileNamesColumnsByLetterOrHead() throws IOException {
    Files.writeString(tmp.resolve("formasi.csv"), CSV, StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("pemetaan.yaml"),
        "sisker: 1\n"
            + "baris_judul: 3\n"
            + "perangkat_daerah: Dinas Kesehatan\n"
            + "kolom:\n"
            + "  nama: A\n"
            + "  jenis: Eselon/Jenis\n"
            + "  kelas: C\n"
            + "  k: \"Kebut.\"\n"
            + "  unit: E\n",
        StandardCharsets.UTF_8);
    Cli.Run r = run("impor", "formasi.csv", "--pemetaan", "pemetaan.yaml", "--out", "hasil");
    assertEquals(0, r.exit(), r.err());
    String y =
        Files.readString(
            tmp.resolve("hasil/perangkat-daerah/dinas-kesehatan.yaml"), StandardCharsets.UTF_8);
    assertTrue(y.contains("jenis: dinas"), y);
    assertTrue(y.contains("kepala: kepala-dinas-kesehatan"), y);
    assertTrue(y.contains("jenis: sekretariat"), y);
    assertTrue(y.contains("jenjang: ahli_muda, kelas: 9, kebutuhan: 4, atasan: sekretaris}"), y);
  }

  @Test
  void mistakesInTheMappingFileHaveLineAndColumn() throws IOException {
    Files.writeString(tmp.resolve("formasi.csv"), CSV, StandardCharsets.UTF_8);
    Files.writeString(
        tmp.resolve("pemetaan.yaml"),
        "baris_judul: 3\nkolom:\n  nama: A\n  kelass: C\n",
        StandardCharsets.UTF_8);
    Cli.Run r = run("impor", "formasi.csv", "--pemetaan", "pemetaan.yaml");
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("pemetaan.yaml:4:3"), r.err());
    assertTrue(r.err().contains("kelas"), r.err());

    Files.writeString(
        tmp.resolve("pemetaan.yaml"),
        "baris_judul: 3\nkolom:\n  nama: Urain\n",
        StandardCharsets.UTF_8);
    Cli.Run wrongHead = run("impor", "formasi.csv", "--pemetaan", "pemetaan.yaml");
    assertEquals(2, wrongHead.exit(), wrongHead.err());
    assertTrue(
        wrongHead.err().contains("baris 3: galat: kolom nama: \"Urain\" bukan huruf kolom"),
        wrongHead.err());
    assertTrue(wrongHead.err().contains("maksud Anda: Uraian?"), wrongHead.err());
  }

  @Test
  void schemaIsExportedAndCurrent() throws IOException {
    Cli.Run r = run("schema", "--pemetaan");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("baris_judul"), r.out());
    Path doc = Path.of("docs/schema/sisker-pemetaan.json");
    String now = SchemaExport.pemetaanSchema("id");
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(doc, now, StandardCharsets.UTF_8);
    }
    assertEquals(
        now,
        Files.readString(doc, StandardCharsets.UTF_8),
        "docs/schema/sisker-pemetaan.json is stale: run mvn test -Dgolden.update=true");
  }
}
