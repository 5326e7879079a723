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

  @Override
  public String toString() {
    return value;
  }
}
