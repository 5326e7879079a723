package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sisker beda} and a {@code bezetting} written without NIPs (ADR 84): a change of that
 * number is a change of B of its own; a change of holders stays a holder change.
 */
class BedaBezettingTest {

  @TempDir Path tmp;

  static final Path PASS =
      Path.of("src/main/resources/id/sisker/fixtures/jabatan.bezetting-pemangku/pass.yaml");

  private Cli.Run run(String... args) {
    return Cli.run(tmp, Map.of(), false, args);
  }

  private static String edit(String s, String from, String to) {
    assertTrue(s.contains(from), "fixture text not found: " + from);
    return s.replace(from, to);
  }

  @Test
  void aChangedBezettingIsListedAndAHolderReplacingItIsAHolderChange() throws IOException {
    String lama = Files.readString(PASS, StandardCharsets.UTF_8);
    String baru = lama;
    // penguji: B 3 -> 2, still without NIPs.
    baru = edit(baru, "        bezetting: 3\n", "        bezetting: 2\n");
    // pengadministrasi: the vacancy filled by a named holder (B 0 -> 1 through the holder).
    baru =
        edit(
            baru,
            "        pemangku: []\n        bezetting: 0\n",
            "        pemangku: [\"19850312 201001 2 004\"]\n");
    baru += "  - nip: \"19850312 201001 2 004\"\n    nama: Citra Lestari\n    jenis_kelamin: P\n";
    // kadis: the bezetting beside its one holder removed; B stays 1.
    baru = edit(baru, "        bezetting: 1\n", "");
    Files.createDirectories(tmp.resolve("lama"));
    Files.createDirectories(tmp.resolve("baru"));
    Files.writeString(tmp.resolve("lama/daerah.yaml"), lama, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("baru/daerah.yaml"), baru, StandardCharsets.UTF_8);

    Cli.Run r = run("beda", "lama", "baru", "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of("jabatan.bezetting dishub/penguji 3 2", "pegawai.masuk 198503122010012004 - "),
        changes(r.out()));
    Cli.Run t = run("beda", "lama", "baru");
    assertTrue(
        t.out().contains("jabatan dishub/penguji berganti bezetting (B): 3 \u2192 2"), t.out());
    assertTrue(t.out().contains("dishub/pengadministrasi (B 0\u21921)"), t.out());
    Cli.Run en = run("beda", "lama", "baru", "--lang", "en");
    assertTrue(
        en.out().contains("position dishub/penguji changed bezetting (B): 3 \u2192 2"), en.out());
  }

  /** {@code jenis subjek dari ke} of every change that is not a finding. */
  private static List<String> changes(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<String> out = new ArrayList<>();
    for (JsonNode g : root.get("perangkatDaerah")) {
      for (JsonNode p : g.get("perubahan")) {
        String jenis = p.get("jenis").asText();
        if (!jenis.startsWith("temuan.")) {
          out.add(
              jenis
                  + " "
                  + p.get("subjek").asText()
                  + " "
                  + (p.hasNonNull("dari") ? p.get("dari").asText() : "-")
                  + " "
                  + (jenis.startsWith("jabatan.") && p.hasNonNull("ke")
                      ? p.get("ke").asText()
                      : ""));
        }
      }
    }
    return out;
  }
}
