package id.sisker.rule.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Validation;
import id.sisker.finding.Message;
import id.sisker.model.Jabatan;
import id.sisker.source.NodePath;
import id.sisker.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edge cases of the atasan tree: cycles reported once and the same way, very long chains. */
class KedudukanCheckTest {

  /** Generous bounds: they catch a walk gone quadratic or endless, not a slow machine. */
  private static final Duration QUICK = Duration.ofSeconds(10);

  private static final Duration LOADING = Duration.ofSeconds(60);

  private static List<Models.Reported> run(List<Jabatan> jabatan) {
    return Models.run(new KedudukanCheck(), Models.daerah("kadis", jabatan, List.of()));
  }

  private static List<Models.Reported> cycles(List<Models.Reported> all) {
    return all.stream().filter(r -> r.rule().equals(KedudukanCheck.SIKLUS)).toList();
  }

  private static NodePath atasanOf(String id) {
    return Paths.jabatan(Models.id(id)).key("atasan");
  }

  @Test
  void aCycleIsReportedOnceTheSameWayWhateverTheOrderOfPositions() {
    List<Jabatan> base =
        List.of(
            Models.jabatan("kadis", null),
            Models.jabatan("sekdis", "kasubag"),
            Models.jabatan("kasubag", "analis"),
            Models.jabatan("analis", "sekdis"),
            Models.jabatan("staf", "analis"));
    Message expected =
        Message.of(
            "kedudukan.siklus", "dishub/analis → dishub/sekdis → dishub/kasubag → dishub/analis");
    Random random = new Random(20240126L);
    for (int round = 0; round < 40; round++) {
      List<Jabatan> order = new ArrayList<>(base);
      Collections.shuffle(order, random);
      List<Models.Reported> found = cycles(run(order));
      String in = order.stream().map(j -> j.id().id()).toList().toString();
      assertEquals(1, found.size(), "one finding for the order " + in);
      Models.Reported r = found.get(0);
      assertEquals(expected, r.message(), in);
      assertEquals(atasanOf("analis"), r.path(), in);
      assertEquals(
          Set.of(atasanOf("analis"), atasanOf("sekdis"), atasanOf("kasubag")),
          new HashSet<>(r.related()),
          in);
    }
  }

  @Test
  void eachOfTwoCyclesIsReportedOnce() {
    List<Models.Reported> found =
        cycles(
            run(
                List.of(
                    Models.jabatan("kadis", null),
                    Models.jabatan("b", "a"),
                    Models.jabatan("a", "b"),
                    Models.jabatan("c", "c"))));
    assertEquals(
        List.of(
            Message.of("kedudukan.siklus", "dishub/a → dishub/b → dishub/a"),
            Message.of("kedudukan.siklus", "dishub/c → dishub/c")),
        found.stream().map(Models.Reported::message).toList());
  }

  @Test
  void aChainOfTenThousandPositionsIsCheckedWithoutOverflow() {
    int n = 10_000;
    List<Jabatan> chain = new ArrayList<>();
    chain.add(Models.jabatan("kadis", null));
    for (int i = 1; i < n; i++) {
      chain.add(Models.jabatan("j" + i, i == 1 ? "kadis" : "j" + (i - 1)));
    }
    Collections.reverse(chain); // the deepest first: every walk is as long as it can be
    List<Models.Reported> found = assertTimeoutPreemptively(QUICK, () -> run(chain));
    assertEquals(List.of(), found);
  }

  /** The same chain written as YAML goes through loading, the index and every check. */
  @Test
  void aChainOfTenThousandPositionsLoadsAndValidatesClean(@TempDir Path dir) throws IOException {
    StringBuilder y = new StringBuilder();
    y.append(
        """
        sisker: 1
        daerah:
          nama: Kabupaten Indragiri Hilir
          jenis: kabupaten
          provinsi: Riau
          kode_wilayah: "14.04"
          ibukota: Tembilahan
          kepala_daerah:
            nama: HERMAN
          profil: permenpanrb-7-2022
        perangkat_daerah:
          - id: dishub
            nama: Dinas Perhubungan
            jenis: dinas
            kepala: kadis
            jabatan:
              - id: kadis
                nama: Kepala Dinas Perhubungan
                jenis: jpt_pratama
        """);
    for (int i = 9_999; i >= 1; i--) {
      String atasan = i == 1 ? "kadis" : "j" + (i - 1);
      y.append("      - {id: j").append(i).append(", nama: Pelaksana ").append(i);
      y.append(", jenis: pelaksana, atasan: ").append(atasan).append("}\n");
    }
    Files.writeString(dir.resolve("daerah.yaml"), y);
    Validation.Outcome o =
        assertTimeoutPreemptively(
            LOADING, () -> Validation.standard(YamlLimits.DEFAULTS, dir).validate(Path.of(".")));
    assertEquals(10_000, o.load().daerah().orElseThrow().perangkatDaerah().get(0).jabatan().size());
    // A flat chain is not a sound peta jabatan (kedudukan.unit says so); the tree check is clean.
    assertEquals(
        List.of(),
        o.findings().stream()
            .filter(f -> f.rule().value().startsWith("kedudukan."))
            .filter(f -> !f.rule().value().equals("kedudukan.unit"))
            .toList());
  }

  @Test
  void aCycleOfTenThousandPositionsIsReportedOnce() {
    int n = 10_000;
    List<Jabatan> ring = new ArrayList<>();
    ring.add(Models.jabatan("kadis", null));
    for (int i = 0; i < n; i++) {
      ring.add(Models.jabatan(String.format("j%05d", i), String.format("j%05d", (i + 1) % n)));
    }
    Collections.reverse(ring);
    List<Models.Reported> found = cycles(assertTimeoutPreemptively(QUICK, () -> run(ring)));
    assertEquals(1, found.size());
    String text = (String) found.get(0).message().args().get(0);
    assertTrue(text.startsWith("dishub/j00000 → dishub/j00001 → "), text.substring(0, 60));
    assertTrue(text.endsWith("dishub/j09999 → dishub/j00000"));
    assertEquals(atasanOf("j00000"), found.get(0).path());
  }

  @Test
  void onlyHeadsOfPerangkatDaerahMayLackAnAtasan() {
    List<Models.Reported> found =
        run(List.of(Models.jabatan("kadis", null), Models.jabatan("staf", null)));
    assertEquals(1, found.size());
    assertEquals(KedudukanCheck.WAJIB, found.get(0).rule());
    assertEquals(Paths.jabatan(Models.id("staf")), found.get(0).path());
  }
}
