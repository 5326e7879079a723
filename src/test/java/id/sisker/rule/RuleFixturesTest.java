package id.sisker.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Validation;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.RuleId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every rule fixture (see {@link Fixtures}). Each failing case, with only its rule switched
 * on, must report exactly the findings its {@code # expect:} markers name, at those lines; with
 * every rule on it must report the same ones (no other finding hides them). Its findings carry the
 * catalogue's severity, and their messages and hints render in both languages. Each passing case,
 * with every rule on, must report nothing at all.
 */
class RuleFixturesTest {

  @TestFactory
  Stream<DynamicNode> fixtures() {
    List<Path> dirs = Fixtures.ruleDirs();
    assertFalse(dirs.isEmpty(), "no fixtures under " + Fixtures.ROOT);
    return dirs.stream().map(RuleFixturesTest::rule);
  }

  private static DynamicNode rule(Path dir) {
    String id = dir.getFileName().toString();
    List<DynamicNode> cases = new ArrayList<>();
    for (Path c : Fixtures.cases(dir, "fail")) {
      cases.add(DynamicTest.dynamicTest(id + "/" + name(c), c.toUri(), () -> fail(id, dir, c)));
    }
    for (Path c : Fixtures.cases(dir, "pass")) {
      cases.add(DynamicTest.dynamicTest(id + "/" + name(c), c.toUri(), () -> pass(dir, c)));
    }
    return DynamicContainer.dynamicContainer(id, dir.toUri(), cases.stream());
  }

  private static String name(Path c) {
    return c.getFileName().toString();
  }

  private static void fail(String id, Path dir, Path input) throws Exception {
    skipIfDisabled(input);
    RuleId rule = RuleId.of(id);
    assertTrue(Catalogue.get().find(rule).isPresent(), "fixture for a rule not in catalogue");
    List<Fixtures.At> expected = Fixtures.markers(dir, input);
    assertFalse(expected.isEmpty(), "a failing fixture needs # expect: markers");
    for (Fixtures.At a : expected) {
      assertEquals(id, a.rule(), "a marker in " + id + "'s fixture names another rule: " + a);
    }
    List<Finding> findings = run(dir, input, rule::equals);
    assertEquals(expected, Fixtures.reported(findings), () -> describe(findings));
    List<Finding> amongAll =
        run(dir, input, r -> true).stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(
        expected,
        Fixtures.reported(amongAll),
        () ->
            "with every rule on, the findings differ (hidden as a cascade?):\n"
                + describe(amongAll));
    RuleInfo info = Catalogue.get().get(rule);
    Map<Fixtures.At, String> stated = Fixtures.severities(dir, input);
    for (Finding f : findings) {
      Fixtures.At at = Fixtures.reported(List.of(f)).get(0);
      assertEquals(
          stated.getOrDefault(at, info.severity().key()),
          f.severity().key(),
          () -> "severity of " + describe(List.of(f)));
      List<String> problems = Rendering.problems(f);
      assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }
  }

  private static void pass(Path dir, Path input) throws Exception {
    skipIfDisabled(input);
    assertTrue(Fixtures.markers(dir, input).isEmpty(), "a passing fixture has no markers");
    List<Finding> findings = run(dir, input, r -> true);
    assertTrue(findings.isEmpty(), () -> "expected no findings:\n" + describe(findings));
  }

  private static List<Finding> run(Path dir, Path input, Predicate<RuleId> enabled)
      throws Exception {
    if (Fixtures.isProfile(input)) {
      return Fixtures.loadProfile(dir, input, enabled);
    }
    Validation.Outcome o = Fixtures.validate(dir, input, enabled);
    assertFalse(o.unusable(), () -> "not loaded:\n" + describe(o.findings()));
    return o.findings().stream().filter(f -> !f.isSuppressed()).toList();
  }

  /**
   * Skips a case marked {@code # dinonaktifkan:}; {@code -Dfixtures.nonaktif=jalankan} runs it
   * anyway, to see whether the bug it documents is still there.
   */
  private static void skipIfDisabled(Path input) {
    if ("jalankan".equals(System.getProperty("fixtures.nonaktif"))) {
      return;
    }
    Optional<String> why = Fixtures.disabled(input);
    Assumptions.assumeTrue(why.isEmpty(), () -> "dinonaktifkan: " + why.orElse(""));
  }

  private static String describe(List<Finding> findings) {
    Messages m = Messages.forLanguage("id");
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.span().map(Object::toString).orElse("?"))
          .append(' ')
          .append(f.rule())
          .append(": ")
          .append(m.format(f.message()))
          .append("  [")
          .append(f.path())
          .append("]\n");
    }
    return b.toString();
  }
}
