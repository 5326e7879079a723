package id.sisker.cli;

import id.sisker.testing.Cli;
import id.sisker.testing.Golden;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact answers of {@code rules}, {@code explain} and {@code profiles} (text and JSON,
 * Indonesian and English, with a chosen profile and a daerah's own profile file) and their refusals
 * (unknown rule or profile, with and without "did you mean"): stdout, stderr and exit code of each
 * run in one golden file under {@code golden/cli/info/}.
 */
class InfoGoldenTest {

  private static final String OWN = "examples/kabupaten-sukamaju/profil/sukamaju.yaml";

  static Stream<Arguments> runs() {
    return Stream.of(
        run("rules.id.txt", "rules"),
        run("rules-pekanbaru.en.txt", "rules", "--profile", "pekanbaru", "--lang", "en"),
        run("rules-pekanbaru.id.json", "rules", "--profile", "pekanbaru", "--format", "json"),
        run("rules-sukamaju.id.txt", "rules", "--profile", "sukamaju", "--profile-file", OWN),
        run(
            "rules-sukamaju.en.json",
            "rules",
            "--profile",
            "sukamaju",
            "--profile-file",
            OWN,
            "--format",
            "json",
            "--lang",
            "en"),
        run("explain-kedudukan-unit.id.txt", "explain", "kedudukan.unit"),
        run("explain-kedudukan-unit.en.txt", "explain", "kedudukan.unit", "--lang", "en"),
        run(
            "explain-kedudukan-unit-pekanbaru.id.txt",
            "explain",
            "kedudukan.unit",
            "--profile",
            "pekanbaru"),
        run("explain-kedudukan-dasar.id.txt", "explain", "kedudukan.dasar"),
        run("explain-kedudukan-dasar.en.txt", "explain", "kedudukan.dasar", "--lang", "en"),
        run(
            "explain-kedudukan-dasar-permenpanrb.id.txt",
            "explain",
            "kedudukan.dasar",
            "--profile",
            "permenpanrb-7-2022"),
        run(
            "explain-kedudukan-jenjang-pekanbaru.en.txt",
            "explain",
            "kedudukan.jenjang",
            "--profile",
            "pekanbaru",
            "--lang",
            "en"),
        run(
            "explain-pangkat-golongan-indragiri-hilir.id.txt",
            "explain",
            "pegawai.pangkat-golongan",
            "--profile",
            "indragiri-hilir"),
        run(
            "explain-sukarela-lingkup-sukamaju.id.txt",
            "explain",
            "sukarela.lingkup",
            "--profile",
            "sukamaju",
            "--profile-file",
            OWN),
        run("explain-berkas-biner.id.txt", "explain", "berkas.biner"),
        run("explain-berkas-biner.en.txt", "explain", "berkas.biner", "--lang", "en"),
        run("profiles.id.txt", "profiles"),
        run("profiles.en.txt", "profiles", "--lang", "en"),
        run("profiles.id.json", "profiles", "--format", "json"),
        run("profiles-sukamaju.en.txt", "profiles", "--profile-file", OWN, "--lang", "en"),
        run("profiles-sukamaju.id.json", "profiles", "--profile-file", OWN, "--format", "json"),
        run("tolak-aturan-mirip.id.txt", "explain", "nip.formt"),
        run("tolak-aturan-mirip.en.txt", "explain", "nip.formt", "--lang", "en"),
        run("tolak-aturan-asing.id.txt", "explain", "zzzzzzzzzzzz"),
        run("tolak-aturan-asing.en.txt", "explain", "zzzzzzzzzzzz", "--lang", "en"),
        run("tolak-profil-mirip.id.txt", "rules", "--profile", "pekanbaruu"),
        run(
            "tolak-profil-mirip.en.txt",
            "explain",
            "nip.format",
            "--profile",
            "pekanbaruu",
            "--lang",
            "en"),
        run("tolak-profil-asing.id.txt", "explain", "nip.format", "--profile", "qqqqqqqqqqqqqqq"),
        run("tolak-profil-asing.en.txt", "rules", "--profile", "qqqqqqqqqqqqqqq", "--lang", "en"),
        run(
            "tolak-profil-validate.id.txt",
            "validate",
            "--profile",
            "pekanbaruu",
            "examples/pekanbaru"),
        run(
            "tolak-profil-diagram.en.txt",
            "diagram",
            "--profile",
            "qqqqqqqqqqqqqqq",
            "--lang",
            "en",
            "examples/pekanbaru"));
  }

  private static Arguments run(String golden, String... args) {
    return Arguments.of(golden, List.of(args));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  void answersAreExactlyAsBefore(String golden, List<String> args) {
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    Golden.assertMatches(
        "cli/info/" + golden,
        "$ sisker "
            + String.join(" ", args)
            + "\n# exit "
            + r.exit()
            + "\n"
            + r.out()
            + (r.err().isEmpty() ? "" : "# stderr\n" + r.err()));
  }
}
