package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import id.sisker.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code sisker rekap} as a user runs it: formats, files, scope, mistakes. */
class RekapCommandTest {

  @TempDir Path tmp;

  private static Cli.Run run(String... args) {
    return Cli.run(args);
  }

  @ParameterizedTest
  @CsvSource({
    "text, id, rekap/dishubkan.txt",
    "markdown, id, rekap/dishubkan.md",
    "html, id, rekap/dishubkan.html",
    "csv, id, rekap/dishubkan.csv",
    "text, en, rekap/dishubkan.en.txt"
  })
  void formatsMatchTheirGoldenFiles(String format, String lang, String golden) {
    Cli.Run r =
        run(
            "rekap",
            "examples/pulang-pisau",
            "--pd",
            "dishubkan",
            "--format",
            format,
            "--lang",
            lang);
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches(golden, r.out());
  }

  @Test
  void bezettingFindingsShowBesideTheRow() {
    Cli.Run r = run("rekap", "examples/invalid/bezetting.yaml");
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("rekap/bezetting.txt", r.out());
    assertTrue(r.out().contains("jabatan.bezetting"));
  }

  @Test
  void textFromTheYamlAppearsLiterallyInEveryFormat() throws IOException {
    String name = "=SUM(A1) <b>Penata|*_${x}{{y}}</b> & [x](y)";
    String yaml = "src/test/resources/peta/khusus.yaml";
    Cli.Run html = run("rekap", yaml, "--format", "html");
    assertTrue(
        html.out().contains("=SUM(A1) &lt;b&gt;Penata|*_${x}{{y}}&lt;/b&gt; &amp; [x](y)"),
        html.out());
    assertFalse(html.out().contains("<b>Penata"));
    Cli.Run md = run("rekap", yaml, "--format", "markdown");
    assertTrue(
        md.out()
            .contains(
                "=SUM(A1) &lt;b\\>Penata\\|\\*\\_$\\{x\\}\\{\\{y\\}\\}&lt;/b\\> &amp; \\[x\\](y)"),
        md.out());
    Cli.Run csv = run("rekap", yaml, "--format", "csv");
    assertTrue(csv.out().contains(name), csv.out());
    Cli.Run x =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "rekap",
            yaml,
            "-o",
            "k.xlsx",
            "--output-dir",
            tmp.toString());
    assertEquals(0, x.exit(), x.err());
    try (InputStream in = Files.newInputStream(tmp.resolve("k.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertTrue(cells(wb.getSheetAt(1)).contains(name));
    }
  }

  @Test
  void xlsxOpensWithASummaryAndOneSheetPerPerangkatDaerahAndIsByteStable() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    for (Path dir : List.of(a, b)) {
      Cli.Run r =
          run(
              "rekap",
              "examples/pulang-pisau",
              "--format",
              "xlsx",
              "-o",
              "rekap.xlsx",
              "--output-dir",
              dir.toString());
      assertEquals(0, r.exit(), r.err());
      assertTrue(r.err().contains("241"), r.err());
    }
    byte[] bytes = Files.readAllBytes(a.resolve("rekap.xlsx"));
    assertArrayEquals(bytes, Files.readAllBytes(b.resolve("rekap.xlsx")), "same input, same bytes");
    try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
      assertEquals(12, wb.getNumberOfSheets(), "Ringkasan + 11 perangkat daerah");
      Sheet summary = wb.getSheetAt(0);
      assertEquals("Ringkasan", summary.getSheetName());
      Row total = summary.getRow(summary.getLastRowNum());
      assertEquals("Jumlah Kabupaten Pulang Pisau", total.getCell(1).getStringCellValue());
      assertEquals(241, (int) total.getCell(3).getNumericCellValue());
      assertEquals(253, (int) total.getCell(4).getNumericCellValue());
      assertEquals(287, (int) total.getCell(5).getNumericCellValue());
      assertEquals(-34, (int) total.getCell(6).getNumericCellValue());
      Sheet dishub = wb.getSheet("Dishubkan");
      assertEquals(3, dishub.getPaneInformation().getHorizontalSplitPosition(), "frozen header");
      Row head = dishub.getRow(2);
      assertEquals("Unit / Nama Jabatan", head.getCell(1).getStringCellValue());
      assertEquals("B", head.getCell(5).getStringCellValue());
      assertEquals("K", head.getCell(6).getStringCellValue());
      Row last = dishub.getRow(dishub.getLastRowNum());
      assertEquals("Jumlah Dinas Perhubungan dan Perikanan", last.getCell(1).getStringCellValue());
      assertEquals(30, (int) last.getCell(5).getNumericCellValue());
      assertEquals(32, (int) last.getCell(6).getNumericCellValue());
    }
  }

  @Test
  void theFormatFollowsTheOutputFileName() throws IOException {
    Cli.Run r = run("rekap", "examples/pulang-pisau", "-o", "r.md", "--output-dir", tmp.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        Files.readString(tmp.resolve("r.md"), StandardCharsets.UTF_8)
            .startsWith("# Peta Jabatan Kabupaten Pulang Pisau"));
  }

  @Test
  void mistakesAreUsageErrorsWithAHint() throws IOException {
    Cli.Run xlsx = run("rekap", "examples/pulang-pisau", "--format", "xlsx");
    assertEquals(2, xlsx.exit());
    assertTrue(xlsx.err().contains("--output"), xlsx.err());
    Cli.Run pd = run("rekap", "examples/pulang-pisau", "--pd", "dishubkn");
    assertEquals(2, pd.exit());
    assertTrue(pd.err().contains("dishubkan"), "did you mean: " + pd.err());
    Cli.Run unit = run("rekap", "examples/pekanbaru", "--unit", "setda/bagian-organisas");
    assertEquals(2, unit.exit());
    assertTrue(unit.err().contains("setda/bagian-organisasi"), unit.err());
    Cli.Run format = run("rekap", "examples/pulang-pisau", "--format", "pdf");
    assertEquals(2, format.exit());
    assertTrue(format.err().contains("xlsx"), format.err());
    Cli.Run missing = run("rekap", "examples/tidak-ada");
    assertEquals(2, missing.exit());
    assertFalse(missing.err().contains("Exception"), missing.err());
    Files.writeString(tmp.resolve("ada.csv"), "x");
    Cli.Run exists =
        run("rekap", "examples/pulang-pisau", "-o", "ada.csv", "--output-dir", tmp.toString());
    assertEquals(2, exists.exit());
    assertEquals(
        "x", Files.readString(tmp.resolve("ada.csv")), "never overwritten without --force");
    // A path the user typed is honoured wherever it points, as validate's report paths are.
    Path luar = tmp.resolve("luar").resolve("rekap.csv");
    Cli.Run outside = run("rekap", "examples/pulang-pisau", "-o", luar.toString());
    assertEquals(0, outside.exit(), outside.err());
    assertTrue(Files.readString(luar).contains("Jumlah"), "written where the user said");
  }

  private static List<String> cells(Sheet s) {
    DataFormatter f = new DataFormatter();
    List<String> out = new ArrayList<>();
    for (Row r : s) {
      for (Cell c : r) {
        out.add(f.formatCellValue(c));
      }
    }
    return out;
  }
}
