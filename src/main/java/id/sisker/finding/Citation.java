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

  @Override
  public String toString() {
    return clause.isEmpty() ? regulation : regulation + ", " + clause;
  }
}
