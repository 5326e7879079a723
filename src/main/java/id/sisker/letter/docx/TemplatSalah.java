package id.sisker.letter.docx;

import java.util.List;

/**
 * A template that cannot be used: each problem names the part, the placeholder and, for a misspelt
 * name, the closest known one. Messages are the keys of the message bundle and their arguments, so
 * the command line prints them in the user's language.
 */
public final class TemplatSalah extends Exception {

  private static final long serialVersionUID = 1L;

  /** One problem: a bundle key and its arguments. */
  public record Masalah(String key, List<String> args) {
    public Masalah {
      args = List.copyOf(args);
    }
  }

  private final transient List<Masalah> masalah;

  public TemplatSalah(List<Masalah> masalah) {
    super(masalah.toString());
    this.masalah = List.copyOf(masalah);
  }

  public List<Masalah> masalah() {
    return masalah;
  }
}
