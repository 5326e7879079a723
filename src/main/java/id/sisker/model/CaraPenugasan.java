package id.sisker.model;

/** How work is given: by penunjukan (assignment) or by pengajuan sukarela (volunteering). */
public enum CaraPenugasan implements Keyed {
  PENUNJUKAN("penunjukan"),
  PENGAJUAN_SUKARELA("pengajuan_sukarela");

  private final String key;

  CaraPenugasan(String key) {
    this.key = key;
  }

  @Override
  public String key() {
    return key;
  }
}
