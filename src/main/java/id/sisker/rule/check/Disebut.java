package id.sisker.rule.check;

import id.sisker.finding.RuleId;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Profile;
import java.util.List;
import java.util.Optional;

/**
 * Rules whose check needs no fact beyond the clause itself (the head of a unit, a JF with
 * subordinates, an assignment whose pegawai has no kedudukan): a profile enforces them by naming
 * the rule's id under {@code aturan} with a {@code sitasi}. A pattern ({@code organisasi.*}) or an
 * entry without sitasi does not; {@code nonaktif} switches it off as for any rule.
 */
final class Disebut {

  private Disebut() {}

  /** The clause by which {@code p} enforces {@code rule}, as {@code Check.basis} returns it. */
  static List<Ketentuan> basis(RuleId rule, Profile p) {
    Optional<Ketentuan> k = Optional.empty();
    for (Facts.Penyesuaian a : p.aturan()) {
      if (a.pola().equals(rule.value()) && a.sitasi().isPresent()) {
        k =
            a.nonaktif()
                ? Optional.empty()
                : Optional.of(new Ketentuan(a.sitasi().get(), Optional.empty(), a.catatan()));
      }
    }
    return k.map(List::of).orElse(List.of());
  }

  /** The clause under the active profile, if it enforces {@code rule}. */
  static Optional<Ketentuan> of(RuleId rule, Optional<Profile> p) {
    return p.flatMap(x -> basis(rule, x).stream().findFirst());
  }
}
