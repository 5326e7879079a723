package id.sisker.finding;

import java.util.Objects;

/**
 * Where a rule comes from: the regulation (short name) and the clause, e.g. {@code Perbup Indragiri
 * Hilir 1/2024} and {@code Pasal 7 ayat (2)}.
 */
public record Citation(String regulation, String clause) {

  public Citation {
    Objects.requireNonNull(regulation, "regulation");
    Objects.requireNonNull(clause, "clause");
  }

  // Written out rather than left to the record: the record's are linked through invokedynamic on
  // first use, a cost a short run notices (ADR 0083). Same values as the record's.
  @Override
  public boolean equals(Object o) {
    return o instanceof Citation c && regulation.equals(c.regulation) && clause.equals(c.clause);
  }

  @Override
  public int hashCode() {
    return 31 * regulation.hashCode() + clause.hashCode();
  }

  @Override
  public String toString() {
    return clause.isEmpty() ? regulation : regulation + ", " + clause;
  }
}
