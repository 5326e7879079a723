package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.profile.Profile;
import id.sisker.testing.Cli;
import id.sisker.testing.Trees;
import id.sisker.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two daerah in one run do not affect each other: {@code validate X Y} reports Y exactly as {@code
 * validate Y} does, for every pair of examples, a daerah whose own profile is broken and one that
 * names another daerah's private profile without bringing it.
 */
class IsolationTest {

  private static final Path WD = Path.of("").toAbsolutePath();

  @TempDir static Path tmp;

  private static final Map<String, Path> INPUTS = new LinkedHashMap<>();

  @BeforeAll
  static void inputs() throws IOException {
    for (String e :
        List.of(
            "indragiri-hilir",
            "kabupaten-sukamaju",
            "lampung-tengah",
            "pekanbaru",
            "pulang-pisau")) {
      INPUTS.put(e, Path.of("examples", e));
    }
    // Sukamaju with its own profile broken beyond reading.
    Path broken = tmp.resolve("sukamaju-rusak");
    copy(Path.of("examples/kabupaten-sukamaju"), broken);
    Files.writeString(broken.resolve("profil/sukamaju.yaml"), "profil: [tidak ditutup\n");
    INPUTS.put("sukamaju-rusak", broken);
    // A daerah naming Sukamaju's private profile without bringing the file.
    Path borrower = tmp.resolve("peminjam");
    copy(Path.of("examples/kabupaten-sukamaju"), borrower);
    Path root = borrower.resolve("daerah.yaml");
    Files.writeString(
        root, Files.readString(root).replace("  profil_file: profil/sukamaju.yaml\n", ""));
    Files.delete(borrower.resolve("profil/sukamaju.yaml"));
    Files.delete(borrower.resolve("profil"));
    INPUTS.put("peminjam", borrower);
  }

  private static void copy(Path from, Path to) throws IOException {
    Trees.copy(from, to);
  }

  private static Validation fresh() {
    return Validation.standard(YamlLimits.DEFAULTS, WD);
  }

  private record Seen(List<String> findings, String profile, boolean unusable) {}

  private static Seen seen(Validation.Outcome o) {
    List<String> f = new ArrayList<>();
    o.findings().forEach(x -> f.add(x.toString()));
    return new Seen(f, o.profile().map(Profile::id).orElse("-"), o.unusable());
  }

  @TestFactory
  Stream<DynamicTest> everyPairIsReportedAsEachAlone() {
    Map<String, Seen> alone = new LinkedHashMap<>();
    INPUTS.forEach((k, p) -> alone.put(k, seen(fresh().validate(p))));
    List<DynamicTest> tests = new ArrayList<>();
    for (String x : INPUTS.keySet()) {
      for (String y : INPUTS.keySet()) {
        if (x.equals(y)) {
          continue;
        }
        tests.add(
            DynamicTest.dynamicTest(
                x + " lalu " + y,
                () -> {
                  Validation v = fresh();
                  Seen first = seen(v.validate(INPUTS.get(x)));
                  Seen second = seen(v.validate(INPUTS.get(y)));
                  assertEquals(alone.get(x), first, x);
                  assertEquals(alone.get(y), second, y + " after " + x);
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void aBrokenProfileNextToAGoodDaerahLeavesItUsable() throws IOException {
    Cli.Run both =
        Cli.run(
            "validate",
            "--format",
            "json",
            INPUTS.get("sukamaju-rusak").toString(),
            "examples/kabupaten-sukamaju");
    Cli.Run good = Cli.run("validate", "examples/kabupaten-sukamaju");
    assertEquals(0, good.exit(), good.out());
    assertEquals(2, both.exit(), "the broken one is unusable");
    // The good daerah is still listed as usable in the combined report.
    assertEquals(Map.of("examples/kabupaten-sukamaju", true), usable(both.out(), "examples/"));
    Cli.Run reversed =
        Cli.run(
            "validate",
            "--format",
            "json",
            "examples/kabupaten-sukamaju",
            INPUTS.get("sukamaju-rusak").toString());
    assertEquals(2, reversed.exit());
    assertEquals(Map.of("examples/kabupaten-sukamaju", true), usable(reversed.out(), "examples/"));
  }

  private static Map<String, Boolean> usable(String json, String prefix) throws IOException {
    Map<String, Boolean> m = new LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode n :
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get("inputs")) {
      if (n.get("input").asText().startsWith(prefix)) {
        m.put(n.get("input").asText(), n.get("usable").asBoolean());
      }
    }
    return m;
  }

  @Test
  void aPrivateProfileIsNotLentToTheNextDaerah() {
    Validation v = fresh();
    v.validate(Path.of("examples/kabupaten-sukamaju"));
    Validation.Outcome borrower = v.validate(INPUTS.get("peminjam"));
    assertTrue(borrower.profile().isEmpty(), "the borrower got " + borrower.profile());
  }
}
