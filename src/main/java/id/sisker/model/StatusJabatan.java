package id.sisker.model;

/** How an office is held: definitive, or by a Penjabat, Pelaksana Tugas or Pelaksana Harian. */
public enum StatusJabatan implements Keyed {
  DEFINITIF("definitif"),
  PJ("pj"),
  PLT("plt"),
  PLH("plh");

  private final String key;

  StatusJabatan(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
