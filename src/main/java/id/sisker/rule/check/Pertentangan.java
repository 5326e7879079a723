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
   * The tolerating clause with the clauses it conflicts with: those the profile names under {@code
   * bertentangan_dengan}, else the binding ones among {@code applicable}.
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
    return tolerated.bertentangan(List.copyOf(others));
  }
}
