package id.sisker.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Informasi;
import id.sisker.app.Validation;
import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.profile.Profile;
import id.sisker.report.Info;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code rules --profile X} (and so {@code explain}, which prints the same entries) shows exactly
 * the severity and citations {@code validate} reports: every finding of every rule fixture, under
 * its profile, is one of the entries {@code rules --profile X --format json} lists for its rule,
 * and every rule the profile enforces is listed with at least one entry.
 */
class AppliedEqualsReportedTest {

  private static final Map<String, Map<String, List<String>>> LISTED = new HashMap<>();

  /** Rule id → the entries "severity | citation; citation" listed under {@code profile}. */
  private static synchronized Map<String, List<String>> listed(String profile) throws Exception {
    if (!LISTED.containsKey(profile)) {
      Informasi info = new Informasi(Path.of("."), List.of(), "id");
      Informasi.Jawaban<List<Info.Rule>> j = info.rules(Optional.of(profile));
      assertTrue(j.answer().isPresent(), () -> String.valueOf(j.refusal()));
      Map<String, List<String>> out = new HashMap<>();
      for (Info.Rule r : j.answer().get()) {
        List<String> entries = new ArrayList<>();
        for (Info.Clause a : r.applied().orElseThrow()) {
          List<String> cs = a.citations().stream().map(Citation::toString).toList();
          entries.add(a.severity().key() + " | " + String.join("; ", cs));
        }
        out.put(r.id(), entries);
      }
      LISTED.put(profile, out);
    }
    return LISTED.get(profile);
  }

  @TestFactory
  Stream<DynamicTest> everyFindingIsListed() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path dir : Fixtures.ruleDirs()) {
      for (String kind : List.of("fail", "pass")) {
        for (Path c : Fixtures.cases(dir, kind)) {
          if (Fixtures.isProfile(c)) {
            continue;
          }
          tests.add(
              DynamicTest.dynamicTest(
                  dir.getFileName() + "/" + c.getFileName(), () -> check(dir, c)));
        }
      }
    }
    assertFalse(tests.isEmpty());
    return tests.stream();
  }

  private static void check(Path dir, Path input) throws Exception {
    Validation.Outcome o = Fixtures.validate(dir, input, r -> true);
    Optional<Profile> p = o.profile();
    if (p.isEmpty() || !id.sisker.profile.ProfileRegistry.bundled().isBundled(p.get().id())) {
      return; // a fixture's own profile file: rules --profile-file is tested in OwnProfileTest
    }
    Map<String, List<String>> listed = listed(p.get().id());
    for (Finding f : o.findings()) {
      if (f.isSuppressed() || f.fatal()) {
        continue;
      }
      String shown =
          f.severity().key()
              + " | "
              + String.join("; ", f.citations().stream().map(Citation::toString).toList());
      List<String> entries = listed.getOrDefault(f.rule().value(), List.of());
      assertTrue(
          entries.contains(shown),
          () ->
              f.rule()
                  + " at "
                  + f.path()
                  + " reports\n  "
                  + shown
                  + "\nbut rules --profile "
                  + p.get().id()
                  + " lists\n  "
                  + String.join("\n  ", entries));
    }
  }

  @Test
  void everyProfileListsEachRuleItEnforces() throws Exception {
    for (String profile :
        List.of("indragiri-hilir", "pekanbaru", "lampung-tengah", "pulang-pisau")) {
      for (Map.Entry<String, List<String>> e : listed(profile).entrySet()) {
        assertFalse(e.getValue().isEmpty(), profile + " lists " + e.getKey() + " without entries");
        assertEquals(
            e.getValue().stream().distinct().count(),
            e.getValue().size(),
            profile + " lists an entry of " + e.getKey() + " twice");
      }
    }
  }
}
