package id.sisker.finding;

import id.sisker.source.NodePath;
import id.sisker.source.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the input. Immutable. {@code span} is set when the finder knew the position
 * (loading); otherwise reports look {@code path} up in the source map. {@code fatal} marks input
 * that could not be read at all (exit code 2), as opposed to input that was read and found wanting.
 *
 * @param related other places that belong to the same problem (the first of two duplicate keys, the
 *     other members of a cycle)
 * @param citations the clauses that make this a problem, empty for checks of form rather than law
 * @param suppressed why the finding is not counted (an {@code abaikan} entry or a baseline), if so
 * @param consequenceOf the finding this one follows from (the same mistake), if any: reports show
 *     it under that cause and do not count it (issue #8 §5, ADR 50)
 */
public record Finding(
    RuleId rule,
    Severity severity,
    NodePath path,
    Optional<Span> span,
    Message message,
    Optional<Message> hint,
    List<Span> related,
    List<Citation> citations,
    boolean fatal,
    Optional<Suppression> suppressed,
    Optional<Cause> consequenceOf) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
    Objects.requireNonNull(suppressed, "suppressed");
    Objects.requireNonNull(consequenceOf, "consequenceOf");
    related = List.copyOf(related);
    citations = List.copyOf(citations);
  }

  public static Builder builder(RuleId rule, Severity severity, Message message) {
    return new Builder(rule, severity, message);
  }

  public Finding withSeverity(Severity s) {
    return new Finding(
        rule, s, path, span, message, hint, related, citations, fatal, suppressed, consequenceOf);
  }

  public Finding withCitations(List<Citation> c) {
    return new Finding(
        rule, severity, path, span, message, hint, related, c, fatal, suppressed, consequenceOf);
  }

  public Finding suppress(Suppression why) {
    return new Finding(
        rule,
        severity,
        path,
        span,
        message,
        hint,
        related,
        citations,
        fatal,
        Optional.of(why),
        consequenceOf);
  }

  /** This finding shown under {@code cause}, as one of its consequences. */
  public Finding consequenceOf(Cause cause) {
    return new Finding(
        rule,
        severity,
        path,
        span,
        message,
        hint,
        related,
        citations,
        fatal,
        suppressed,
        Optional.of(cause));
  }

  public boolean isSuppressed() {
    return suppressed.isPresent();
  }

  public boolean isConsequence() {
    return consequenceOf.isPresent();
  }

  /**
   * Whether the finding counts in summaries and for {@code --fail-on}: neither suppressed nor a
   * consequence of another finding (its cause is counted instead).
   */
  public boolean counts() {
    return suppressed.isEmpty() && consequenceOf.isEmpty();
  }

  /** Builder, because most findings set only a few of the optional parts. */
  public static final class Builder {
    private final RuleId rule;
    private final Severity severity;
    private final Message message;
    private NodePath path = NodePath.ROOT;
    private Span span;
    private Message hint;
    private List<Span> related = List.of();
    private List<Citation> citations = List.of();
    private boolean fatal;

    private Builder(RuleId rule, Severity severity, Message message) {
      this.rule = rule;
      this.severity = severity;
      this.message = message;
    }

    public Builder path(NodePath p) {
      this.path = p;
      return this;
    }

    public Builder span(Span s) {
      this.span = s;
      return this;
    }

    public Builder hint(Message h) {
      this.hint = h;
      return this;
    }

    public Builder related(List<Span> r) {
      this.related = r;
      return this;
    }

    public Builder citations(List<Citation> c) {
      this.citations = c;
      return this;
    }

    public Builder fatal() {
      this.fatal = true;
      return this;
    }

    public Finding build() {
      return new Finding(
          rule,
          severity,
          path,
          Optional.ofNullable(span),
          message,
          Optional.ofNullable(hint),
          related,
          citations,
          fatal,
          Optional.empty(),
          Optional.empty());
    }
  }
}
