package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.yaml.YamlLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled sheets {@code examples/<daerah>/peta-jabatan.xlsx} are what {@code sisker rekap
 * --format xlsx} writes for the example today (regenerate with {@code -Dgolden.update=true}), and
 * each imports without an error.
 */
class ImporExamplesTest {

  static java.util.stream.Stream<String> examples() {
    return ImporRoundTripTest.examples();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void bundledSheetIsCurrentAndImports(String name) throws IOException {
    Path example = Path.of("examples", name);
    Validation v = Validation.standard(YamlLimits.DEFAULTS, Path.of(""));
    Rekapitulasi.Hasil r =
        new Rekapitulasi(v).rekap(example, Optional.empty(), Optional.empty(), "id");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    r.content(Rekapitulasi.Format.XLSX).writeTo(bytes);
    Path sheet = example.resolve("peta-jabatan.xlsx");
    if (Boolean.getBoolean("golden.update")) {
      Files.write(sheet, bytes.toByteArray());
    }
    assertTrue(Files.exists(sheet), sheet + " is missing: run mvn test -Dgolden.update=true");
    assertArrayEquals(
        bytes.toByteArray(),
        Files.readAllBytes(sheet),
        sheet + " is stale: run mvn test -Dtest=ImporExamplesTest -Dgolden.update=true");
    Pengimporan.Hasil h = Pengimporan.impor(sheet, "id");
    assertFalse(h.adaGalat(), () -> String.join("\n", h.laporan()));
    assertTrue(h.jumlahJabatan() > 0);
  }
}
