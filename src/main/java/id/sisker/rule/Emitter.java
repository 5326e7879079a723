package id.sisker.rule;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.profile.Ketentuan;
import id.sisker.source.NodePath;
import java.util.List;
import java.util.Optional;

/**
 * Where checks put what they find. Checks say what is wrong, where (a node path) and, for
 * regulation rules, which clause of the profile makes it wrong; the engine adds severity, citations
 * and positions.
 */
public interface Emitter {

  /**
   * Reports one problem.
   *
   * @param basis the profile clause breached: its citation is the finding's, its severity (if the
   *     profile gives one) replaces the rule's default, its note is shown with the hint
   */
  void report(
      RuleId rule,
      NodePath path,
      Message message,
      Message hint,
      List<NodePath> related,
      Optional<Ketentuan> basis);

  default void report(
      RuleId rule, NodePath path, Message message, Message hint, List<NodePath> related) {
    report(rule, path, message, hint, related, Optional.empty());
  }

  default void report(RuleId rule, NodePath path, Message message, Message hint) {
    report(rule, path, message, hint, List.of(), Optional.empty());
  }

  default void report(RuleId rule, NodePath path, Message message, Message hint, Ketentuan basis) {
    report(rule, path, message, hint, List.of(), Optional.of(basis));
  }
}
