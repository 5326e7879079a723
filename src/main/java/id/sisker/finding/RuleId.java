package id.sisker.finding;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stable, dotted rule id with the topic first, e.g. {@code nip.format} or {@code
 * kedudukan.siklus}. Ids are never renumbered; a rule that goes away is retired, not reused.
 */
public record RuleId(String value) implements Comparable<RuleId> {

  private static final Pattern FORM =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

  public RuleId {
    Objects.requireNonNull(value, "value");
    if (!FORM.matcher(value).matches()) {
      throw new IllegalArgumentException("not a rule id: " + value);
    }
  }

  public static RuleId of(String value) {
    return new RuleId(value);
  }

  /** The topic: the part before the first dot. */
  public String family() {
    return value.substring(0, value.indexOf('.'));
  }

  @Override
  public int compareTo(RuleId o) {
    return value.compareTo(o.value);
  }

  // Written out rather than left to the record: the record's are linked through invokedynamic on
  // first use, a cost a short run notices (ADR 0083). Same values as the record's.
  @Override
  public boolean equals(Object o) {
    return o instanceof RuleId r && value.equals(r.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
