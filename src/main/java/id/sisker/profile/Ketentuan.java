package id.sisker.profile;

import id.sisker.finding.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clause of the regulation as a profile states it: where it is (sitasi), how binding a breach is
 * when that differs from the rule's default, an optional note, and the clauses of the same
 * regulation it conflicts with (an article against its Lampiran), which a finding cites beside it.
 */
public record Ketentuan(
    String sitasi, Optional<Severity> keparahan, Optional<String> catatan, List<String> lawan) {

  public Ketentuan {
    lawan = List.copyOf(lawan);
  }

  // Written out rather than left to the record: the record's are linked through invokedynamic on
  // first use, a cost a short run notices (ADR 0083). Same values as the record's.
  @Override
  public boolean equals(Object o) {
    return o instanceof Ketentuan k
        && Objects.equals(sitasi, k.sitasi)
        && Objects.equals(keparahan, k.keparahan)
        && Objects.equals(catatan, k.catatan)
        && Objects.equals(lawan, k.lawan);
  }

  @Override
  public int hashCode() {
    int h = Objects.hashCode(sitasi);
    h = 31 * h + Objects.hashCode(keparahan);
    h = 31 * h + Objects.hashCode(catatan);
    return 31 * h + Objects.hashCode(lawan);
  }

  public Ketentuan(String sitasi, Optional<Severity> keparahan, Optional<String> catatan) {
    this(sitasi, keparahan, catatan, List.of());
  }

  /**
   * Whether the clause states what the regulation requires; a clause with a lowered severity only
   * tolerates what another clause of the same regulation forbids.
   */
  public boolean mengikat() {
    return keparahan.map(s -> s == Severity.ERROR).orElse(true);
  }

  /** This clause with {@code others} as the clauses it conflicts with (when it names none). */
  public Ketentuan bertentangan(List<String> others) {
    return lawan.isEmpty() ? new Ketentuan(sitasi, keparahan, catatan, others) : this;
  }

  public static Ketentuan of(String sitasi) {
    return new Ketentuan(sitasi, Optional.empty(), Optional.empty());
  }
}
