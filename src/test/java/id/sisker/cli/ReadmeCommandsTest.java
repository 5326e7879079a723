package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./sisker} command the README shows runs as shown on a fresh clone (a copy of
 * examples/ and docs/ as committed): exit 0 or 1, never a usage error, an unreadable input or an
 * internal error. The build commands it shows are the wrapper's.
 */
class ReadmeCommandsTest {

  @TempDir static Path clone;

  @BeforeAll
  static void freshClone() throws IOException {
    for (String d : List.of("examples", "docs")) {
      Path from = Path.of(d);
      try (Stream<Path> s = Files.walk(from)) {
        for (Path p : s.toList()) {
          Path t = clone.resolve(p.toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t);
          }
        }
      }
    }
  }

  /** The {@code ./sisker …} commands in README.md: code block lines and inline code spans. */
  static Set<String> commands() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Set<String> out = new LinkedHashSet<>();
    Matcher m = Pattern.compile("\\./sisker((?: [^`)#\\n<>]+)?)").matcher(readme);
    while (m.find()) {
      String c = m.group(1).strip();
      // Placeholders (ID, RULE, FILE) and "$ ./sisker" transcripts are shown, not meant to run.
      if (!c.matches(".*\\b[A-Z]{2,}\\b.*") && !c.contains("|")) {
        out.add(c);
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyReadmeCommandRuns() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String c : commands()) {
      tests.add(
          DynamicTest.dynamicTest(
              "./sisker " + c,
              () -> {
                String[] args = c.isEmpty() ? new String[0] : c.split(" +", 0);
                Cli.Run r = Cli.run(clone, Map.of(), false, args);
                assertTrue(
                    r.exit() == 0 || r.exit() == 1, c + " → exit " + r.exit() + "\n" + r.err());
                assertFalse(r.err().contains("internal"), r.err());
              }));
    }
    assertTrue(tests.size() >= 10, "README commands found: " + commands());
    return tests.stream();
  }

  @Test
  void theBuildCommandsAreTheWrappers() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertFalse(readme.contains("\nmvn "), "README shows plain mvn; use ./mvnw");
    assertTrue(readme.contains("./mvnw -B verify"));
    assertTrue(Files.isExecutable(Path.of("mvnw")), "mvnw is executable");
    assertTrue(Files.exists(Path.of(".mvn/wrapper/maven-wrapper.properties")));
    assertTrue(Files.readString(Path.of(".ci/run")).contains("./mvnw -B verify"));
    String launcher = Files.readString(Path.of("sisker"));
    assertTrue(launcher.contains("./mvnw"), "the launcher builds with the wrapper");
  }
}
