package id.sisker.model;

/** The kind of a perangkat daerah (PP 18/2016 and its amendments). */
public enum JenisPerangkatDaerah implements Keyed {
  SEKRETARIAT_DAERAH("sekretariat_daerah"),
  SEKRETARIAT_DPRD("sekretariat_dprd"),
  INSPEKTORAT("inspektorat"),
  DINAS("dinas"),
  BADAN("badan"),
  SATUAN("satuan"),
  KECAMATAN("kecamatan"),
  KELURAHAN("kelurahan"),
  UPT("upt"),
  RSUD("rsud"),
  SATUAN_PENDIDIKAN("satuan_pendidikan"),
  PUSKESMAS("puskesmas");

  private final String key;

  JenisPerangkatDaerah(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
