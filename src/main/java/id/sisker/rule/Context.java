package id.sisker.rule;

import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.profile.Profile;
import java.util.List;
import java.util.Optional;

/**
 * What a check sees: the daerah, its index, and the profile that governs it (empty when {@code
 * daerah.profil} names no known profile; {@code knownProfiles} then feeds the "did you mean").
 */
public record Context(
    Daerah daerah, Indeks indeks, Optional<Profile> profile, List<String> knownProfiles) {

  public Context {
    knownProfiles = List.copyOf(knownProfiles);
  }
}
