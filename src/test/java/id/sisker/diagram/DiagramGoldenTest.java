package id.sisker.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import id.sisker.testing.Golden;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden DOT and Mermaid for every view of the Pekanbaru example (rewrite with {@code
 * -Dgolden.update=true}, then review the diff), produced twice to show the output is stable.
 */
class DiagramGoldenTest {

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String format : List.of("dot", "mermaid")) {
      out.add(Arguments.of("struktur-dishub", format, List.of("--pd", "dishub", "--kelas")));
      out.add(Arguments.of("kedudukan-dishub", format, List.of("--pd", "dishub", "--bk")));
      out.add(
          Arguments.of("kedudukan-dinkes-anonim", format, List.of("--pd", "dinkes", "--anonim")));
      out.add(Arguments.of("tim", format, List.of()));
      out.add(Arguments.of("penugasan", format, List.of()));
      out.add(Arguments.of("pelaporan", format, List.of()));
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("cases")
  void pekanbaru(String name, String format, List<String> options) {
    String view = name.contains("-") ? name.substring(0, name.indexOf('-')) : name;
    List<String> args = new ArrayList<>(List.of("diagram", "examples/pekanbaru", "--view", view));
    args.addAll(List.of("--format", format));
    args.addAll(options);
    Cli.Run first = Cli.run(args.toArray(String[]::new));
    assertEquals(0, first.exit(), first.err());
    assertEquals("", first.err());
    Golden.assertMatches(
        "diagram/pekanbaru-" + name + (format.equals("dot") ? ".dot" : ".mmd"), first.out());
    Cli.Run second = Cli.run(args.toArray(String[]::new));
    assertEquals(first.out(), second.out(), "same input, same bytes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("profiles")
  void teamLeadReportsAsEachProfileSays(String profile, String official) {
    Cli.Run r =
        Cli.run(
            "diagram",
            "examples/perbedaan/pelaporan-ketua.yaml",
            "--view",
            "tim",
            "--profile",
            profile);
    assertEquals(0, r.exit(), r.err());
    Golden.assertMatches("diagram/pelaporan-ketua-" + profile + ".dot", r.out());
    DotReader.Parsed p = DotReader.read(r.out());
    List<String> targets = new ArrayList<>();
    for (DotReader.Edge e : p.edges()) {
      if (e.from().equals("p_ttim_survei_199205052015032003") && !e.to().startsWith("p_")) {
        targets.add(e.to());
      }
    }
    assertEquals(official, String.join(",", targets));
    assertTrue(p.nodes().containsKey("p_ttim_survei_199205052015032003"));
  }

  static Stream<Arguments> profiles() {
    return Stream.of(
        // Perbup Indragiri Hilir 1/2024 Pasal 13 ayat (2): the owner unit's head (or the PJ)
        Arguments.of("indragiri-hilir", "j_dishub_kabid_lalin"),
        // Perbup Pulang Pisau 5/2024 Pasal 14 ayat (2) huruf b: the team's periodic report goes to
        // the ketua's PPKin only (the Lampiran's report to the PUO is on members' performance)
        Arguments.of("pulang-pisau", "j_dishub_kabid_angkutan"));
  }
}
