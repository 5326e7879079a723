package id.sisker.model;

/** The kind of a unit organisasi inside a perangkat daerah. */
public enum JenisUnit implements Keyed {
  SEKRETARIAT("sekretariat"),
  ASISTEN("asisten"),
  BAGIAN("bagian"),
  SUBBAGIAN("subbagian"),
  BIDANG("bidang"),
  SUBBIDANG("subbidang"),
  SEKSI("seksi"),
  INSPEKTUR_PEMBANTU("inspektur_pembantu"),
  UPT("upt"),
  PUSKESMAS("puskesmas"),
  SATUAN_PENDIDIKAN("satuan_pendidikan"),
  KELURAHAN("kelurahan"),
  RSUD("rsud"),
  LAINNYA("lainnya");

  private final String key;

  JenisUnit(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
