package id.sisker.report;

import id.sisker.finding.Citation;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import java.util.List;
import java.util.Optional;

/**
 * The text of {@code sisker rules}, {@code explain} and {@code profiles} in the chosen language,
 * and of their refusals ("did you mean"). Text from profile files (a user's data) is shown with
 * control characters escaped, as in every text output.
 */
public final class InfoText {

  private InfoText() {}

  /** One line per rule (with its clauses below when a profile was chosen), then the count. */
  public static String rules(List<Info.Rule> rules, Messages m) {
    StringBuilder b = new StringBuilder();
    for (Info.Rule r : rules) {
      b.append(
          String.format(
              "%-34s %-11s %s%n", r.id(), m.text("keparahan." + r.severity().key()), r.title()));
      r.applied().ifPresent(a -> b.append(clauses(a, r.severity(), "%-34s %-11s   ", m)));
    }
    b.append(m.format("rules.jumlah", rules.size())).append('\n');
    return b.toString();
  }

  public static String explain(Info.Explanation e, Messages m) {
    StringBuilder b = new StringBuilder();
    b.append(e.id()).append(" — ").append(e.title()).append("\n\n");
    b.append(e.description()).append("\n\n");
    b.append(m.text(e.underProfile() ? "explain.keparahan-profil" : "explain.keparahan"))
        .append(": ")
        .append(m.text("keparahan." + e.severity().key()));
    b.append(e.fatal() ? " (" + m.text("explain.fatal") + ")" : "").append('\n');
    b.append(m.text("explain.tahap")).append(": ").append(e.stage()).append('\n');
    if (!e.causes().isEmpty()) {
      b.append(m.text("explain.akibat-dari")).append(": ").append(String.join(", ", e.causes()));
      b.append('\n');
    }
    b.append('\n');
    b.append(m.text("explain.sumber")).append(":\n");
    for (Info.Source s : e.sources()) {
      b.append("  ").append(v(s.profile())).append(": ");
      if (s.applied().isPresent()) {
        // The severity and clauses validate applies under the chosen profile, clause by clause.
        List<Info.Clause> applied = s.applied().get();
        String lines = clauses(applied, e.severity(), "    ", m);
        b.append(applied.isEmpty() ? m.text("explain.tidak-berlaku") + "\n" : lines.substring(4));
        continue;
      }
      b.append(
          !s.enforced()
              ? m.text("explain.tidak-berlaku")
              : s.citations().isEmpty()
                  ? m.text("explain.tanpa-sitasi")
                  : v(String.join("; ", s.citations().stream().map(Citation::toString).toList())));
      b.append('\n');
    }
    e.exampleProfile()
        .ifPresent(
            p -> b.append('\n').append(m.format("explain.contoh-profil", p, e.id())).append('\n'));
    example(b, "fail", e.failing(), m);
    example(b, "pass", e.passing(), m);
    return b.toString();
  }

  /** A failing or passing example, indented as a code block under its heading. */
  private static void example(StringBuilder b, String kind, Optional<String> yaml, Messages m) {
    if (yaml.isPresent()) {
      b.append('\n').append(m.text("explain.contoh-" + kind)).append(":\n\n");
      yaml.get().lines().forEach(l -> b.append("    ").append(l).append('\n'));
    }
  }

  /** Each profile with its regulation, the profiles it extends and its structure models. */
  public static String profiles(List<Info.Profile> profiles, Messages m) {
    StringBuilder b = new StringBuilder();
    for (Info.Profile p : profiles) {
      b.append(v(p.id())).append(" — ").append(v(p.name())).append('\n');
      b.append("  ").append(v(p.regulation())).append('\n');
      if (!p.ancestors().isEmpty()) {
        b.append("  extends: ").append(v(String.join(" → ", p.ancestors()))).append('\n');
      }
      for (Info.StructureModel s : p.structureModels()) {
        b.append(String.format("    %-22s %s — %s", v(s.id()), v(s.name()), v(s.citation())));
        if (s.perangkatDaerah() > 0) {
          b.append(m.format("profiles.jumlah-pd", s.perangkatDaerah()));
        }
        b.append('\n');
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Why there is no answer, with "did you mean" or where to look instead. */
  public static String refusal(Info.Refusal r, Messages m) {
    if (r instanceof Info.UnknownRule u) {
      String hint =
          u.near().isEmpty()
              ? m.text("explain.lihat-rules")
              : m.format("saran.maksud", String.join("\", \"", u.near()));
      return m.format("explain.tidak-dikenal", u.id()) + "; " + hint;
    }
    Info.UnknownProfile u = (Info.UnknownProfile) r;
    String hint =
        u.near().isEmpty()
            ? m.format("ref.profil.saran", String.join(", ", u.known()))
            : m.format("saran.maksud", String.join("\", \"", u.near()));
    return m.format("ref.profil", u.id()) + "; " + hint;
  }

  /**
   * One line per clause: its citations (a clause and those it conflicts with, joined by " ⟷ "),
   * with its severity in brackets where it differs from {@code shown}.
   */
  private static String clauses(
      List<Info.Clause> applied, Severity shown, String indent, Messages m) {
    StringBuilder b = new StringBuilder();
    for (Info.Clause a : applied) {
      String pre = String.format(indent, "", "");
      String sev =
          a.severity() == shown ? "" : "[" + m.text("keparahan." + a.severity().key()) + "] ";
      b.append(pre)
          .append(sev)
          .append(v(String.join(" ⟷ ", a.citations().stream().map(Citation::toString).toList())))
          .append('\n');
    }
    return b.toString();
  }

  /** Text from a profile file as text output shows it: control characters escaped. */
  private static String v(String s) {
    return TextOutput.visible(s);
  }
}
