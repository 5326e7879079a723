package id.sisker.format;

/** A short description in Bahasa Indonesia and in English. */
public record Doc(String id, String en) {

  public String in(String lang) {
    return "en".equals(lang) ? en : id;
  }
}
