package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A perangkat daerah name with a comma, split by a flow list in the profile, is pointed out. */
class SplitNameTest {

  @Test
  void aNameSplitByAFlowListIsAWarning(@TempDir Path dir) throws IOException {
    Path from = Path.of("examples/kabupaten-sukamaju");
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = dir.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    Path profile = dir.resolve("profil/sukamaju.yaml");
    Files.writeString(
        profile,
        Files.readString(profile)
            .replace(
                "      perangkat_daerah:\n"
                    + "        - Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah\n",
                "      perangkat_daerah: [Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah]\n"));
    Cli.Run r = Cli.run(dir, Map.of(), false, "validate", ".");
    assertTrue(
        r.out()
            .contains(
                "\"Badan Perencanaan Pembangunan\" dan \"Riset dan Inovasi Daerah\" sebagai dua nama"),
        r.out());
    assertTrue(r.out().contains("daftar blok"), r.out());
    // The block list as bundled is fine.
    assertEquals(ExitCodes.CLEAN, Cli.run("validate", "examples/kabupaten-sukamaju").exit());
  }
}
