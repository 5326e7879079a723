package id.sisker.app;

import id.sisker.finding.Message;
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
  private final List<Message> masalah;

  private SuratTemplat(Optional<Templat> templat, List<Message> masalah) {
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

  /** Reads {@code file}, named {@code shown} in the problems (one message per problem). */
  public static SuratTemplat baca(Path file, String shown) {
    if (!Files.isRegularFile(file)) {
      return new SuratTemplat(
          Optional.empty(), List.of(Message.of("surat.templat.tidak-ada", shown)));
    }
    try {
      return new SuratTemplat(Optional.of(Templat.baca(Files.readAllBytes(file))), List.of());
    } catch (TemplatSalah e) {
      List<Message> out = new ArrayList<>();
      for (TemplatSalah.Masalah x : e.masalah()) {
        out.add(
            Message.of(
                "surat.templat.di", shown, new Message(x.key(), List.<Object>copyOf(x.args()))));
      }
      return new SuratTemplat(Optional.empty(), out);
    } catch (IOException e) {
      return new SuratTemplat(
          Optional.empty(),
          List.of(Message.of("surat.templat.rusak", shown, String.valueOf(e.getMessage()))));
    }
  }

  /** Why the template cannot be used, in the order found; empty when it can. */
  public List<Message> masalah() {
    return masalah;
  }

  Templat templat() {
    return templat.orElseThrow();
  }
}
