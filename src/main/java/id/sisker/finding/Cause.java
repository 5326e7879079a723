package id.sisker.finding;

import id.sisker.source.NodePath;
import id.sisker.source.Span;
import java.util.Objects;
import java.util.Optional;

/**
 * The finding another one follows from (one mistake, several symptoms), named by what identifies it
 * in a report: rule, data path, position and message. A consequence is shown under its cause and
 * not counted; see {@code rule.Akibat}.
 */
public record Cause(RuleId rule, NodePath path, Optional<Span> span, Message message) {

  public Cause {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
  }

  public static Cause of(Finding f) {
    return new Cause(f.rule(), f.path(), f.span(), f.message());
  }

  /** Whether {@code f} is this cause (suppressed or not). */
  public boolean is(Finding f) {
    return rule.equals(f.rule())
        && path.equals(f.path())
        && span.equals(f.span())
        && message.equals(f.message());
  }
}
