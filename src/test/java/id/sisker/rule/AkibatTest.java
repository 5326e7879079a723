package id.sisker.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.source.NodePath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The post-pass of ADR 50 on hand-made findings: precedence, roots, the severity guard. */
class AkibatTest {

  private static final NodePath ATASAN =
      new NodePath("perangkat_daerah[x].jabatan[pengadm].atasan");

  private static Finding f(String rule, Severity s, NodePath at) {
    return Finding.builder(RuleId.of(rule), s, Message.of("m." + rule)).path(at).build();
  }

  private static List<Finding> attach(List<Finding> in) {
    return Akibat.lampirkan(in, Optional.empty(), Catalogue.get());
  }

  private static Finding byRule(List<Finding> fs, String rule) {
    return fs.stream().filter(x -> x.rule().value().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void aConsequenceIsAttachedToTheRootOfItsCauses() {
    List<Finding> in =
        List.of(
            f("penilai.jenis", Severity.ERROR, ATASAN),
            f("kedudukan.atasan-jenis", Severity.ERROR, ATASAN),
            f("kedudukan.siklus", Severity.ERROR, ATASAN));
    List<Finding> out = attach(in);
    assertFalse(byRule(out, "kedudukan.siklus").isConsequence());
    for (String r : List.of("penilai.jenis", "kedudukan.atasan-jenis")) {
      assertEquals(
          "kedudukan.siklus", byRule(out, r).consequenceOf().orElseThrow().rule().value(), r);
    }
    assertEquals(1, out.stream().filter(Finding::counts).count());
  }

  @Test
  void theResultDoesNotDependOnTheOrderTheChecksRanIn() {
    List<Finding> in = new ArrayList<>();
    in.add(f("kedudukan.unit", Severity.WARNING, ATASAN));
    in.add(f("kedudukan.jenjang", Severity.ERROR, ATASAN));
    in.add(f("organisasi.fungsional-membawahi", Severity.ERROR, ATASAN));
    in.add(f("penilai.jenis", Severity.ERROR, ATASAN));
    List<Finding> a = attach(in);
    Collections.reverse(in);
    List<Finding> b = attach(in);
    for (Finding x : a) {
      assertEquals(
          x.consequenceOf(), byRule(b, x.rule().value()).consequenceOf(), x.rule().value());
    }
    assertFalse(byRule(a, "organisasi.fungsional-membawahi").isConsequence());
  }

  @Test
  void aConsequenceMoreSevereThanItsCauseStaysPrimary() {
    // A profile may raise kedudukan.unit to an error and lower kedudukan.jenjang to a warning:
    // attaching would then hide an error behind a warning and change the exit code.
    List<Finding> out =
        attach(
            List.of(
                f("kedudukan.jenjang", Severity.WARNING, ATASAN),
                f("kedudukan.unit", Severity.ERROR, ATASAN)));
    assertTrue(out.stream().noneMatch(Finding::isConsequence));
  }

  @Test
  void findingsElsewhereAreNotAttached() {
    NodePath other = new NodePath("perangkat_daerah[x].jabatan[lain].atasan");
    List<Finding> out =
        attach(
            List.of(
                f("kedudukan.atasan-jenis", Severity.ERROR, ATASAN),
                f("penilai.jenis", Severity.ERROR, other)));
    assertTrue(out.stream().noneMatch(Finding::isConsequence));
  }

  @Test
  void aFindingOnTheTeamFollowsFromAnUnresolvedMemberOfTheSameTeam() {
    NodePath tim = new NodePath("tim_kerja[t1]");
    NodePath lain = new NodePath("tim_kerja[t2]");
    List<Finding> out =
        attach(
            List.of(
                f("ref.pihak-luar", Severity.ERROR, tim.key("anggota").index(2).key("pihak_luar")),
                f("tim.lingkup", Severity.ERROR, tim.key("lingkup")),
                f("tim.lingkup", Severity.ERROR, lain.key("lingkup"))));
    assertEquals(1, out.stream().filter(Finding::isConsequence).count());
    assertEquals(
        tim.key("lingkup"),
        out.stream().filter(Finding::isConsequence).findFirst().orElseThrow().path());
  }
}
