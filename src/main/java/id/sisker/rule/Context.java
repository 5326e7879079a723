package id.sisker.rule;

import id.sisker.finding.Citation;
import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a check sees: the daerah, its index, and the profile that governs it (empty when {@code
 * daerah.profil} names no known profile; {@code knownProfiles} then feeds the "did you mean").
 *
 * @param profileRegulations the short names of every known profile's regulation
 */
public record Context(
    Daerah daerah,
    Indeks indeks,
    Optional<Profile> profile,
    List<String> knownProfiles,
    Set<String> profileRegulations) {

  public Context {
    knownProfiles = List.copyOf(knownProfiles);
    profileRegulations = Set.copyOf(profileRegulations);
  }

  /**
   * Whether a catalogue citation applies here: citations of general law always do; a citation of
   * one daerah's regulation only under that daerah's profile.
   */
  public boolean applies(Citation c) {
    if (!profileRegulations.contains(c.regulation())) {
      return true;
    }
    return profile.map(p -> p.regulasi().singkatan().equals(c.regulation())).orElse(false);
  }
}
