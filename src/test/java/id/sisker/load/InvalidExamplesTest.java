package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.rule.Catalogue;
import id.sisker.rule.RuleInfo;
import id.sisker.rule.Stage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every file (or folder) in {@code examples/invalid} shows one kind of loading or integrity error.
 * Run through the command line in-process, each must give exactly the findings it declares, at the
 * declared {@code line:col}, each on one line, with the exit code its rules call for.
 *
 * <p>Declarations: {@code # expect: <rule> @<col>} at the end of the line the finding is on
 * (several separated by commas); where a file cannot hold a comment (binary, not UTF-8, empty, or
 * the error lies at the end of the file) a sidecar {@code <name>.expect} with lines {@code <rule>
 * <line>:<col>}. A sidecar with neither {@code <name>.yaml} nor {@code <name>/} beside it stands
 * for a path that does not exist.
 */
class InvalidExamplesTest {

  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path DIR = Path.of("examples", "invalid");

  /** Rules that no committed file can show, and where they are tested instead. */
  static final Map<String, String> NOT_AS_FILE =
      Map.of(
          "berkas.tidak-terbaca",
          "LoaderTest: a file that cannot be opened cannot be committed",
          "berkas.terlalu-besar",
          "HostileInputTest and LoaderTest (--max-file-size): over 32 MiB",
          "sertakan.terlalu-banyak",
          "LoaderTest: more than 10,000 files",
          "profil.extends",
          "only the bundled profiles have extends; no daerah file reaches it",
          "profil.ganda",
          "RuleFixturesTest: only a profile file can clash with a bundled profile",
          "profil.bermasalah",
          "RuleFixturesTest: it always comes with the profile file's own error, a second kind");

  private static final Pattern COMMENT = Pattern.compile("#\\s*expect:\\s*(.+?)\\s*$");
  private static final Pattern IN_COMMENT = Pattern.compile("([a-z0-9][a-z0-9.-]*)\\s+@([0-9]+)");
  private static final Pattern SIDECAR =
      Pattern.compile("([a-z0-9][a-z0-9.-]*)\\s+([0-9]+):([0-9]+)");

  /** One finding an example declares. */
  record Expected(String file, int line, int column, String rule) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + " " + rule;
    }
  }

  /** One example: what to validate and what it must give. */
  record Example(String name, Path target, List<Expected> expected) {

    Set<String> rules() {
      TreeSet<String> s = new TreeSet<>();
      expected.forEach(e -> s.add(e.rule()));
      return s;
    }

    int exitCode() {
      boolean fatal = false;
      boolean fails = false;
      for (String r : rules()) {
        RuleInfo info = Catalogue.get().get(RuleId.of(r));
        fatal |= info.fatal();
        fails |= info.severity().atLeast(Severity.WARNING);
      }
      return fatal ? 2 : fails ? 1 : 0;
    }
  }

  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (Path p : list(DIR)) {
      String n = p.getFileName().toString();
      if (Files.isDirectory(p)) {
        out.add(example(n, p));
      } else if (n.endsWith(".yaml")) {
        out.add(example(n, p));
      } else if (n.endsWith(".expect")) {
        String base = n.substring(0, n.length() - ".expect".length());
        if (!Files.exists(DIR.resolve(base + ".yaml")) && !Files.exists(DIR.resolve(base))) {
          out.add(example(base + ".expect", DIR.resolve(base + ".yaml")));
        }
      }
    }
    return out;
  }

  private static Example example(String name, Path target) {
    List<Expected> expected = new ArrayList<>();
    String base = target.getFileName().toString().replaceFirst("\\.yaml$", "");
    Path sidecar = target.resolveSibling(base + ".expect");
    if (Files.isRegularFile(sidecar)) {
      for (String l : read(sidecar).lines().toList()) {
        if (l.isBlank()) {
          continue;
        }
        Matcher m = SIDECAR.matcher(l.strip());
        assertTrue(m.matches(), () -> sidecar + ": not '<rule> <line>:<col>': " + l);
        expected.add(
            new Expected(
                unix(target),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)),
                m.group(1)));
      }
    }
    List<Path> files =
        Files.isDirectory(target)
            ? walk(target).stream().filter(p -> p.toString().endsWith(".yaml")).toList()
            : Files.isRegularFile(target) ? List.of(target) : List.of();
    for (Path f : files) {
      String[] lines = read(f).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher c = COMMENT.matcher(lines[i]);
        if (!c.find()) {
          continue;
        }
        for (String one : c.group(1).split(",", -1)) {
          Matcher m = IN_COMMENT.matcher(one.strip());
          int line = i + 1;
          assertTrue(m.matches(), () -> f + ":" + line + ": not '<rule> @<col>': " + one);
          expected.add(new Expected(unix(f), line, Integer.parseInt(m.group(2)), m.group(1)));
        }
      }
    }
    expected.sort(Comparator.comparing(Expected::toString));
    return new Example(name, target, expected);
  }

  @TestFactory
  Stream<DynamicTest> eachExampleGivesExactlyWhatItDeclares() {
    return examples().stream()
        .map(
            ex ->
                DynamicTest.dynamicTest(
                    ex.name(),
                    () -> {
                      assertFalse(ex.expected().isEmpty(), ex.name() + " declares nothing");
                      InProcess.Result r =
                          InProcess.validate(ROOT, "--fail-on", "warning", unix(ex.target()));
                      InProcess.assertWellFormed(r);
                      List<Expected> actual =
                          r.lines().stream()
                              .map(l -> new Expected(l.file(), l.line(), l.column(), l.rule()))
                              .sorted(Comparator.comparing(Expected::toString))
                              .toList();
                      assertEquals(ex.expected(), actual, r.all());
                      assertEquals(ex.exitCode(), r.exit(), r.all());
                    }));
  }

  @Test
  void eachExampleShowsOneKindOfError() {
    for (Example ex : examples()) {
      assertEquals(1, ex.rules().size(), ex.name() + " shows " + ex.rules());
    }
  }

  @Test
  void everyLoadingAndIntegrityRuleHasAnExample() {
    Set<String> shown = new TreeSet<>();
    examples().forEach(ex -> shown.addAll(ex.rules()));
    Set<String> missing = new TreeSet<>();
    for (RuleInfo r : Catalogue.get().all()) {
      if (r.stage() == Stage.REGULASI) {
        continue;
      }
      String id = r.id().value();
      if (!shown.contains(id) && !NOT_AS_FILE.containsKey(id)) {
        missing.add(id);
      }
    }
    assertEquals(Set.of(), missing, "rules without an example in " + DIR);
    for (String id : NOT_AS_FILE.keySet()) {
      assertTrue(Catalogue.get().find(RuleId.of(id)).isPresent(), id + " is not in the catalogue");
      assertFalse(shown.contains(id), id + " has an example after all; drop it from NOT_AS_FILE");
    }
  }

  @Test
  void theReadmeListsEveryExampleAndEveryRuleWithoutOne() {
    String readme = read(DIR.resolve("README.md"));
    for (Example ex : examples()) {
      assertTrue(readme.contains("`" + ex.name()), "README.md does not list " + ex.name());
    }
    for (String id : NOT_AS_FILE.keySet()) {
      assertTrue(readme.contains("`" + id + "`"), "README.md does not explain " + id);
    }
  }

  private static String unix(Path p) {
    return p.toString().replace('\\', '/');
  }

  /** Bytes as Latin-1: every byte is one character, so lines survive any encoding. */
  private static String read(Path p) {
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
