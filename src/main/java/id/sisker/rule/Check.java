package id.sisker.rule;

import id.sisker.finding.RuleId;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.Profile;
import java.util.List;

/** One kind of check; it may report several rules of one family. */
public interface Check {

  /** The rules this check reports, each in the catalogue. */
  List<RuleId> rules();

  void run(Context ctx, Emitter out);

  /**
   * The clauses of {@code profile} that make {@code rule} apply there, for docs/rules.md and {@code
   * sisker explain}; empty when the profile does not enforce it (the rule then reports nothing
   * under that profile) or for checks of form rather than law.
   */
  default List<Ketentuan> basis(RuleId rule, Profile profile) {
    return List.of();
  }
}
