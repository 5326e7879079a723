package id.sisker.app;

import id.sisker.report.Info;
import id.sisker.text.Suggest;
import java.util.List;
import java.util.Optional;

/** A profile id nobody knows, with the nearest known ones for "did you mean". */
final class ProfilTakDikenal {

  private ProfilTakDikenal() {}

  /** Empty when {@code id} is known. */
  static Optional<Info.UnknownProfile> of(String id, List<String> known) {
    if (known.contains(id)) {
      return Optional.empty();
    }
    return Optional.of(new Info.UnknownProfile(id, known, Suggest.closest(id, known, 3)));
  }
}
