package id.sisker.model;

/**
 * The kind of a position after penyederhanaan birokrasi: the three structural levels kept (JPT,
 * Administrator, Pengawas), fungsional and pelaksana.
 */
public enum JenisJabatan implements Keyed {
  JPT_MADYA("jpt_madya", true),
  JPT_PRATAMA("jpt_pratama", true),
  ADMINISTRATOR("administrator", true),
  PENGAWAS("pengawas", true),
  FUNGSIONAL("fungsional", false),
  PELAKSANA("pelaksana", false);

  private final String key;
  private final boolean struktural;

  JenisJabatan(String key, boolean struktural) {
    this.key = key;
    this.struktural = struktural;
  }

  @Override
  public String key() {
    return key;
  }

  /** JPT, Administrator or Pengawas: a position that may head a unit without further basis. */
  public boolean struktural() {
    return struktural;
  }
}
