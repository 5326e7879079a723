package id.sisker.profile;

import id.sisker.finding.Severity;
import java.util.List;
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
