package id.sisker.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.load.Loader;
import id.sisker.model.Daerah;
import id.sisker.model.Jabatan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.testing.Cli;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kedudukan DOT of a whole perangkat daerah, read back: every jabatan, every atasan line. */
class DotParseBackTest {

  @Test
  void everyJabatanAndAtasanLineOfDishub() {
    Daerah d =
        new Loader(YamlLimits.DEFAULTS, Path.of("").toAbsolutePath())
            .load(Path.of("examples/pekanbaru"))
            .daerah()
            .orElseThrow();
    PerangkatDaerah pd =
        d.perangkatDaerah().stream().filter(p -> p.id().equals("dishub")).findFirst().orElseThrow();
    Cli.Run r = Cli.run("diagram", "examples/pekanbaru", "--pd", "dishub", "--view", "kedudukan");
    assertEquals(0, r.exit(), r.err());
    DotReader.Parsed p = DotReader.read(r.out());
    Set<String> jabatanNodes = new HashSet<>();
    p.nodes().keySet().stream().filter(k -> k.startsWith("j_")).forEach(jabatanNodes::add);
    assertEquals(pd.jabatan().size(), jabatanNodes.size());
    for (Jabatan j : pd.jabatan()) {
      String id = "j_dishub_" + j.id().id().replaceAll("[^A-Za-z0-9]", "_");
      assertTrue(p.nodes().containsKey(id), id);
      String text = p.nodes().get(id).text();
      assertTrue(text.equals(j.nama()) || text.startsWith(j.nama() + "\n"), text);
      if (j.atasan().isPresent() && j.jenis().struktural()) {
        String from = "j_dishub_" + j.atasan().get().id().replaceAll("[^A-Za-z0-9]", "_");
        assertTrue(
            p.edges().stream().anyMatch(e -> e.from().equals(from) && e.to().equals(id)),
            "atasan line " + from + " -> " + id);
      }
    }
    assertTrue(
        p.clusterLabels().contains("Kelompok Jabatan Fungsional dan Pelaksana"),
        p.clusterLabels().toString());
  }
}
