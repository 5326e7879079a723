package id.sisker.rule;

import id.sisker.finding.Citation;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The severity and citations with which a profile applies a rule: the one resolver that {@code
 * validate}, {@code rules}, {@code explain}, docs/rules.md and the SARIF rule metadata all use, so
 * they cannot disagree. Per-daerah citations live only in the profile data; the catalogue holds
 * only sources of general law (BKN, PP, PermenPANRB).
 *
 * @param citations the clause breached first, then the clauses it conflicts with
 */
public record Berlaku(Severity severity, List<Citation> citations) {

  public Berlaku {
    citations = List.copyOf(citations);
  }

  // Written out rather than left to the record: the record's are linked through invokedynamic on
  // first use, a cost a short run notices (ADR 0083). Same values as the record's.
  @Override
  public boolean equals(Object o) {
    return o instanceof Berlaku b
        && Objects.equals(severity, b.severity)
        && Objects.equals(citations, b.citations);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hashCode(severity) + Objects.hashCode(citations);
  }

  /**
   * For a finding of {@code rule} under {@code profile}, breaching clause {@code basis}: severity
   * is the rule's default, then the clause's own, then the profile's {@code aturan} adjustments
   * (the last match wins); citations are the clause's (with those it conflicts with), else the
   * profile's {@code aturan} sitasi for the rule, else the catalogue's general sources.
   */
  public static Berlaku of(RuleInfo rule, Optional<Profile> profile, Optional<Ketentuan> basis) {
    Severity s = rule.severity();
    if (basis.isPresent() && basis.get().keparahan().isPresent()) {
      s = basis.get().keparahan().get();
    }
    List<Citation> cs = new ArrayList<>();
    if (profile.isPresent()) {
      Profile p = profile.get();
      for (Facts.Penyesuaian a : p.aturan()) {
        if (a.matches(rule.id().value()) && a.keparahan().isPresent()) {
          s = a.keparahan().get();
        }
      }
      String reg = p.regulasi().singkatan();
      if (basis.isPresent() && !basis.get().sitasi().isEmpty()) {
        cs.add(new Citation(reg, basis.get().sitasi()));
        for (String other : basis.get().lawan()) {
          cs.add(new Citation(reg, other));
        }
      } else {
        Optional<String> own = Optional.empty();
        for (Facts.Penyesuaian a : p.aturan()) {
          if (a.matches(rule.id().value()) && a.sitasi().isPresent()) {
            own = a.sitasi();
          }
        }
        own.ifPresent(o -> cs.add(new Citation(reg, o)));
      }
    }
    if (cs.isEmpty()) {
      cs.addAll(rule.citations());
    }
    return new Berlaku(s, cs);
  }

  /** Whether the profile's {@code aturan} switch {@code rule} off (the last match wins). */
  public static boolean nonaktif(Optional<Profile> profile, RuleId rule) {
    boolean off = false;
    if (profile.isPresent()) {
      for (Facts.Penyesuaian p : profile.get().aturan()) {
        if (p.matches(rule.value())) {
          off = p.nonaktif();
        }
      }
    }
    return off;
  }

  /**
   * Every severity and citation with which {@code p} applies {@code rule}, one per clause the
   * checks name for it (for rules of form and integrity, the one rule-wide entry); empty when the
   * profile does not enforce the rule.
   */
  public static List<Berlaku> semua(RuleInfo rule, Profile p, List<Check> checks) {
    Optional<Profile> op = Optional.of(p);
    if (nonaktif(op, rule.id())) {
      return List.of();
    }
    List<Berlaku> out = new ArrayList<>();
    if (rule.stage() == Stage.REGULASI) {
      for (Check c : checks) {
        if (c.rules().contains(rule.id())) {
          for (Ketentuan k : c.basis(rule.id(), p)) {
            Berlaku b = of(rule, op, Optional.of(k));
            if (!out.contains(b)) {
              out.add(b);
            }
          }
        }
      }
    } else {
      out.add(of(rule, op, Optional.empty()));
    }
    return out;
  }
}
