package id.sisker.app;

import id.sisker.finding.Messages;
import id.sisker.letter.docx.Bawaan;
import id.sisker.letter.docx.Templat;
import id.sisker.letter.docx.TemplatSalah;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The DOCX template of {@code sisker surat}: the bundled one, or a daerah's own .docx checked
 * against the placeholder vocabulary before anything renders.
 */
public final class SuratTemplat {

  private final Optional<Templat> templat;
  private final List<String> masalah;

  private SuratTemplat(Optional<Templat> templat, List<String> masalah) {
    this.templat = templat;
    this.masalah = List.copyOf(masalah);
  }

  public static SuratTemplat bawaan() {
    return new SuratTemplat(Optional.of(Templat.bawaan()), List.of());
  }

  /** The bundled template as a .docx for a daerah to restyle. */
  public static byte[] contoh() {
    return Bawaan.docx();
  }

  /** Reads {@code file}; problems are formatted in the user's language, one per line. */
  public static SuratTemplat baca(Path file, String shown, Messages m) {
    if (!Files.isRegularFile(file)) {
      return new SuratTemplat(
          Optional.empty(), List.of(m.format("surat.templat.tidak-ada", shown)));
    }
    try {
      return new SuratTemplat(Optional.of(Templat.baca(Files.readAllBytes(file))), List.of());
    } catch (TemplatSalah e) {
      List<String> out = new ArrayList<>();
      for (TemplatSalah.Masalah x : e.masalah()) {
        out.add(shown + ": " + m.format(x.key(), x.args().toArray()));
      }
      return new SuratTemplat(Optional.empty(), out);
    } catch (IOException e) {
      return new SuratTemplat(
          Optional.empty(), List.of(m.format("surat.templat.rusak", shown, e.getMessage())));
    }
  }

  public List<String> masalah() {
    return masalah;
  }

  Templat templat() {
    return templat.orElseThrow();
  }
}
