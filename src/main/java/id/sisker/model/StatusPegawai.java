package id.sisker.model;

/** PNS or PPPK. */
public enum StatusPegawai implements Keyed {
  PNS("pns"),
  PPPK("pppk");

  private final String key;

  StatusPegawai(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
