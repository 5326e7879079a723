package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.cli.ExitCodes;
import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled example daerah validates clean under its own profile: no finding of any severity.
 */
class ExamplesTest {

  static final List<String> SEEDED =
      List.of("indragiri-hilir", "pekanbaru", "lampung-tengah", "pulang-pisau");

  @TestFactory
  Stream<DynamicTest> everyExampleIsClean() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      dirs = s.filter(p -> Files.isRegularFile(p.resolve("daerah.yaml"))).sorted().toList();
    }
    for (String d : SEEDED) {
      assertTrue(dirs.contains(Path.of("examples", d)), "example missing: " + d);
    }
    return dirs.stream()
        .map(
            d ->
                DynamicTest.dynamicTest(
                    d.toString(),
                    () -> {
                      Cli.Run r = Cli.run("validate", d.toString());
                      assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
                      assertTrue(
                          r.out().contains("Ringkasan: 0 galat, 0 peringatan, 0 info"), r.out());
                    }));
  }
}
