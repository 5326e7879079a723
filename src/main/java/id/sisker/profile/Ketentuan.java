package id.sisker.profile;

import id.sisker.finding.Severity;
import java.util.Optional;

/**
 * A clause of the regulation as a profile states it: where it is (sitasi), how binding a breach is
 * when that differs from the rule's default, and an optional note (for instance that the article
 * and the Lampiran disagree).
 */
public record Ketentuan(String sitasi, Optional<Severity> keparahan, Optional<String> catatan) {

  /**
   * Whether the clause states what the regulation requires; a clause with a lowered severity only
   * tolerates what another clause of the same regulation forbids.
   */
  public boolean mengikat() {
    return keparahan.map(s -> s == Severity.ERROR).orElse(true);
  }

  public static Ketentuan of(String sitasi) {
    return new Ketentuan(sitasi, Optional.empty(), Optional.empty());
  }
}
