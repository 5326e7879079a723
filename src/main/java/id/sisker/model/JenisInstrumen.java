package id.sisker.model;

/** The kind of document that sets an assignment or a team. */
public enum JenisInstrumen implements Keyed {
  SURAT_TUGAS("surat_tugas"),
  SURAT_PERINTAH("surat_perintah"),
  SURAT_PERINTAH_TUGAS("surat_perintah_tugas"),
  SURAT_KEPUTUSAN("surat_keputusan"),
  KEPUTUSAN_KEPALA_DAERAH("keputusan_kepala_daerah"),
  KEPUTUSAN_SEKRETARIS_DAERAH("keputusan_sekretaris_daerah"),
  DISPOSISI("disposisi"),
  BUKTI_ELEKTRONIK("bukti_elektronik");

  private final String key;

  JenisInstrumen(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
