package id.sisker.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sisker.diagram.render.Renderer;
import id.sisker.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a real Graphviz {@code dot}: runs where one is on the PATH, and reports itself skipped (with
 * the reason) where none is — the normal build needs no Graphviz.
 */
class SystemDotIntegrationTest {

  @TempDir Path tmp;

  @Test
  void systemDotDrawsEveryJabatanAndLeavesNoTempFiles() throws Exception {
    Optional<Path> dot = Renderer.findDot(System.getenv());
    assumeTrue(dot.isPresent(), "skipped: no Graphviz dot on the PATH (apt-get install graphviz)");
    Path tempBefore = Path.of(System.getProperty("java.io.tmpdir"));
    java.util.Set<Path> before;
    try (var s = Files.list(tempBefore)) {
      before = s.collect(java.util.stream.Collectors.toSet());
    }
    Cli.Run r =
        Cli.run(
            tmp,
            Map.of("PATH", dot.get().getParent().toString()),
            false,
            "diagram",
            Path.of("examples/pekanbaru").toAbsolutePath().toString(),
            "--pd",
            "dishub",
            "--format",
            "svg",
            "--engine",
            "dot",
            "-o",
            "k.svg");
    assertEquals(0, r.exit(), r.err());
    String svg = Files.readString(tmp.resolve("k.svg"));
    long jabatan =
        SvgTest.nodeTitles(SvgTest.parse(svg)).stream().filter(t -> t.startsWith("j_")).count();
    assertEquals(SvgTest.jabatanOfDishub(), jabatan);
    assertTrue(svg.contains("Kepala Dinas Perhubungan"));
    // other programs share the temp folder: look only for what a Graphviz wrapper would leave
    try (var s = Files.list(tempBefore)) {
      assertEquals(
          List.of(),
          s.filter(p -> !before.contains(p))
              .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).contains("graphviz"))
              .toList(),
          "dot runs on stdin/stdout and leaves no temporary folder");
    }
  }
}
