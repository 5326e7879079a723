package id.sisker.model;

/** The two categories of jabatan fungsional (UU 5/2014 Pasal 18). */
public enum KategoriFungsional implements Keyed {
  KEAHLIAN("keahlian"),
  KETERAMPILAN("keterampilan");

  private final String key;

  KategoriFungsional(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
