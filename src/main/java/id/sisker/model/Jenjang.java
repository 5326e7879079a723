package id.sisker.model;

/** The jenjang of a jabatan fungsional, within its category, from lowest to highest. */
public enum Jenjang implements Keyed {
  PEMULA("pemula", KategoriFungsional.KETERAMPILAN),
  TERAMPIL("terampil", KategoriFungsional.KETERAMPILAN),
  MAHIR("mahir", KategoriFungsional.KETERAMPILAN),
  PENYELIA("penyelia", KategoriFungsional.KETERAMPILAN),
  AHLI_PERTAMA("ahli_pertama", KategoriFungsional.KEAHLIAN),
  AHLI_MUDA("ahli_muda", KategoriFungsional.KEAHLIAN),
  AHLI_MADYA("ahli_madya", KategoriFungsional.KEAHLIAN),
  AHLI_UTAMA("ahli_utama", KategoriFungsional.KEAHLIAN);

  private final String key;
  private final KategoriFungsional kategori;

  Jenjang(String key, KategoriFungsional kategori) {
    this.key = key;
    this.kategori = kategori;
  }

  @Override
  public String key() {
    return key;
  }

  public KategoriFungsional kategori() {
    return kategori;
  }
}
