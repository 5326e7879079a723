package id.sisker.app;

import id.sisker.finding.Messages;
import id.sisker.text.Suggest;
import java.util.List;
import java.util.Optional;

/** The message for a profile id nobody knows, with a "did you mean" among the known ones. */
final class ProfilTakDikenal {

  private ProfilTakDikenal() {}

  static Optional<String> message(String id, List<String> known, Messages m) {
    if (known.contains(id)) {
      return Optional.empty();
    }
    List<String> near = Suggest.closest(id, known, 3);
    String hint =
        near.isEmpty()
            ? m.format("ref.profil.saran", String.join(", ", known))
            : m.format("saran.maksud", String.join("\", \"", near));
    return Optional.of(m.format("ref.profil", id) + "; " + hint);
  }
}
