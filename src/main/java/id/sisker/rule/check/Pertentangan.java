package id.sisker.rule.check;

import id.sisker.profile.Ketentuan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A finding allowed by one clause and forbidden by another of the same regulation (an article
 * against its Lampiran) is a warning that names both clauses, so the reader sees the conflict
 * rather than one side of it.
 */
final class Pertentangan {

  private Pertentangan() {}

  /**
   * The tolerating clause, its citation extended with the binding ones among {@code applicable} it
   * conflicts with.
   */
  static Ketentuan of(Ketentuan tolerated, List<Ketentuan> applicable) {
    Set<String> others = new LinkedHashSet<>();
    for (Ketentuan k : applicable) {
      if (k.mengikat() && !k.sitasi().equals(tolerated.sitasi())) {
        others.add(k.sitasi());
      }
    }
    if (others.isEmpty()) {
      return tolerated;
    }
    return new Ketentuan(
        tolerated.sitasi() + " (bertentangan dengan " + String.join("; ", others) + ")",
        tolerated.keparahan(),
        tolerated.catatan());
  }
}
