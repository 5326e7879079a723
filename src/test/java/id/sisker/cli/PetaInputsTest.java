package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * rekap and beda on every example: the real daerah in every format (the XLSX opened back), every
 * invalid input either recapped or refused with exit 2 and no stack trace, and every daerah
 * compared with itself showing no difference.
 */
class PetaInputsTest {

  @TempDir Path tmp;

  static Stream<String> daerah() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      return s
          .filter(p -> Files.isRegularFile(p.resolve("daerah.yaml")))
          .map(Path::toString)
          .sorted()
          .toList()
          .stream();
    }
  }

  static Stream<String> invalid() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("examples/invalid"))) {
      return s
          .filter(p -> p.toString().endsWith(".yaml") || Files.isDirectory(p))
          .map(Path::toString)
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("daerah")
  void everyExampleInEveryFormat(String example) throws IOException {
    for (String f : List.of("text", "csv", "markdown", "html")) {
      Cli.Run r = Cli.run("rekap", example, "--format", f);
      assertEquals(0, r.exit(), f + ": " + r.err());
      assertFalse(r.out().isBlank());
    }
    Cli.Run x =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of(),
            false,
            "rekap",
            example,
            "-o",
            "r.xlsx",
            "--output-dir",
            tmp.toString());
    assertEquals(0, x.exit(), x.err());
    try (InputStream in = Files.newInputStream(tmp.resolve("r.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertTrue(wb.getNumberOfSheets() >= 2);
    }
    Cli.Run same = Cli.run("beda", example, example, "--format", "json");
    assertEquals(0, same.exit(), same.err());
    assertTrue(same.out().contains("\"perubahan\" : 0"), same.out());
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidInputIsRecappedOrRefusedPlainly(String input) {
    Cli.Run r = Cli.run("rekap", input);
    assertTrue(r.exit() == 0 || r.exit() == 2, input + " exit " + r.exit() + "\n" + r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    Cli.Run b = Cli.run("beda", input, input, "--gagal-jika-temuan-baru");
    assertTrue(b.exit() == 0 || b.exit() == 2, input + " exit " + b.exit() + "\n" + b.err());
    assertFalse(b.err().contains("Exception"), b.err());
  }
}
