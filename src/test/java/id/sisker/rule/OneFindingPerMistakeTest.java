package id.sisker.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.RuleId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One finding per mistake (issue #8 §5, ADR 50): with every rule on, each failing fixture reports
 * exactly its expected primary findings ({@link Fixtures#primary}) and nothing else as primary;
 * everything else it reports is a consequence shown under one of them.
 */
class OneFindingPerMistakeTest {

  @TestFactory
  Stream<DynamicNode> everyFailFixtureYieldsExactlyItsPrimaryFindings() {
    List<DynamicNode> out = new ArrayList<>();
    for (Path dir : Fixtures.ruleDirs()) {
      for (Path c : Fixtures.cases(dir, "fail")) {
        if (Fixtures.disabled(c).isPresent()) {
          continue;
        }
        String name = dir.getFileName() + "/" + c.getFileName();
        out.add(DynamicTest.dynamicTest(name, c.toUri(), () -> check(dir, c)));
      }
    }
    assertFalse(out.isEmpty());
    return out.stream().map(DynamicNode.class::cast);
  }

  private static void check(Path dir, Path input) {
    List<Finding> all =
        Fixtures.isProfile(input)
            ? Fixtures.loadProfile(dir, input, r -> true)
            : Fixtures.validate(dir, input, r -> true).findings().stream()
                .filter(f -> !f.isSuppressed())
                .toList();
    List<Finding> primary = all.stream().filter(f -> !f.isConsequence()).toList();
    assertEquals(
        Fixtures.primary(dir, input),
        Fixtures.reported(primary),
        () -> "primary findings differ from the markers (expect/primer):\n" + describe(all));
    List<Fixtures.At> consequences =
        Fixtures.reported(all.stream().filter(Finding::isConsequence).toList());
    for (Fixtures.At a : Fixtures.consequences(dir, input)) {
      assertTrue(consequences.contains(a), () -> a + " is marked :akibat but not a consequence");
    }
    // A consequence is never more severe than its cause, so it cannot hide a failing exit code.
    for (Finding f : all) {
      f.consequenceOf()
          .ifPresent(
              c -> {
                Finding cause =
                    all.stream()
                        .filter(c::is)
                        .findFirst()
                        .orElseThrow(
                            () ->
                                new AssertionError(
                                    "the cause of "
                                        + f.rule()
                                        + " at "
                                        + f.path()
                                        + " is not reported"));
                assertFalse(cause.isConsequence(), "a consequence's cause is a root");
                assertTrue(cause.severity().atLeast(f.severity()), f.rule() + " above its cause");
              });
    }
  }

  /** The declared relations form no loop, so every consequence has a root cause. */
  @Test
  void causeRelationsHaveNoLoop() {
    List<RuleId> ids = Catalogue.get().all().stream().map(RuleInfo::id).toList();
    Map<RuleId, Set<RuleId>> causes = new HashMap<>();
    for (RuleId a : ids) {
      for (Penyebab p : Catalogue.get().penyebab(a)) {
        for (RuleId s : ids) {
          if (p.sebabnya(s) && !s.equals(a)) {
            causes.computeIfAbsent(a, k -> new HashSet<>()).add(s);
          }
        }
      }
    }
    for (RuleId a : ids) {
      assertFalse(reaches(causes, a, a, new HashSet<>()), a + " is (indirectly) its own cause");
    }
  }

  /** Every pattern of a relation names at least one catalogue rule (no typo goes unnoticed). */
  @Test
  void everyRelationNamesCatalogueRules() {
    List<String> ids = Catalogue.get().all().stream().map(r -> r.id().value()).toList();
    List<String> unknown = new ArrayList<>();
    for (Penyebab p : Catalogue.get().penyebab()) {
      for (String pattern : List.of(p.akibat(), p.sebab())) {
        if (ids.stream().noneMatch(i -> id.sisker.finding.RulePattern.matches(pattern, i))) {
          unknown.add(pattern);
        }
      }
    }
    assertEquals(List.of(), unknown);
  }

  private static boolean reaches(
      Map<RuleId, Set<RuleId>> causes, RuleId from, RuleId target, Set<RuleId> seen) {
    for (RuleId c : causes.getOrDefault(from, Set.of())) {
      if (c.equals(target) || seen.add(c) && reaches(causes, c, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static String describe(List<Finding> findings) {
    Messages m = Messages.forLanguage("id");
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.isConsequence() ? "  (akibat " + f.consequenceOf().get().rule() + ") " : "")
          .append(f.span().map(Object::toString).orElse("?"))
          .append(' ')
          .append(f.rule())
          .append(": ")
          .append(m.format(f.message()))
          .append('\n');
    }
    return b.toString();
  }
}
