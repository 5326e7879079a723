package id.sisker.model;

/** Sex as recorded, which digit 15 of an NIP encodes (1 = L, 2 = P). */
public enum JenisKelamin implements Keyed {
  L("L"),
  P("P");

  private final String key;

  JenisKelamin(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
