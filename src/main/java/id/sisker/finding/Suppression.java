package id.sisker.finding;

import id.sisker.source.NodePath;
import id.sisker.source.Span;
import java.util.Optional;

/**
 * Why a finding is not counted: suppressed by an {@code abaikan} entry in the data (for the entity
 * at {@code scope} and what it holds), or known from a baseline file.
 *
 * @param pattern the rule id, or a pattern with *, it silences
 * @param span where the {@code abaikan} entry is written; empty for a baseline
 * @param sitasi when given, only findings citing a clause that contains this text are silenced (an
 *     article-versus-Lampiran conflict, not every finding of the rule)
 */
public record Suppression(
    Kind kind,
    NodePath scope,
    String pattern,
    String alasan,
    Optional<Span> span,
    Optional<String> sitasi) {

  public Suppression(
      Kind kind, NodePath scope, String pattern, String alasan, Optional<Span> span) {
    this(kind, scope, pattern, alasan, span, Optional.empty());
  }

  /** Where a suppression comes from. */
  public enum Kind {
    DATA,
    BASELINE
  }

  /** Whether this suppression covers {@code f}: its rule matches and it lies in the scope. */
  public boolean covers(Finding f) {
    if (!RulePattern.matches(pattern, f.rule().value())) {
      return false;
    }
    if (sitasi.isPresent()
        && f.citations().stream().noneMatch(c -> c.toString().contains(sitasi.get()))) {
      return false;
    }
    String s = scope.value();
    String p = f.path().value();
    return s.isEmpty() || p.equals(s) || p.startsWith(s + ".") || p.startsWith(s + "[");
  }
}
