package id.sisker.profile;

import id.sisker.model.Keyed;

/**
 * The role an official plays relative to an assignment or a team. Profiles name roles; the rule
 * engine resolves them to positions of the daerah.
 */
public enum Peran implements Keyed {
  ATASAN("atasan"),
  PPKIN("ppkin"),
  PUO("puo"),
  PUO_TUJUAN("puo_tujuan"),
  KEPALA_PD("kepala_pd"),
  KEPALA_PD_TUJUAN("kepala_pd_tujuan"),
  SEKRETARIS_DAERAH("sekretaris_daerah"),
  KEPALA_DAERAH("kepala_daerah"),
  PENANGGUNG_JAWAB("penanggung_jawab"),
  KETUA("ketua"),
  PEGAWAI("pegawai"),
  /** The head of exactly the unit owning a team's work (or of the pegawai's own unit). */
  PIMPINAN_UNIT("pimpinan_unit");

  private final String key;

  Peran(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
