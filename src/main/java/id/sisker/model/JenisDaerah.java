package id.sisker.model;

/** Kabupaten or kota, and the title of its head. */
public enum JenisDaerah implements Keyed {
  KABUPATEN("kabupaten", "Bupati"),
  KOTA("kota", "Wali Kota");

  private final String key;
  private final String sebutanKepala;

  JenisDaerah(String key, String sebutanKepala) {
    this.key = key;
    this.sebutanKepala = sebutanKepala;
  }

  @Override
  public String key() {
    return key;
  }

  /** "Bupati" or "Wali Kota". */
  public String sebutanKepala() {
    return sebutanKepala;
  }
}
