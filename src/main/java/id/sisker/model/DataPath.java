package id.sisker.model;

/**
 * The stable data path of each kind of entity, e.g. {@code perangkat_daerah[dishub].jabatan[kasi]}.
 * Paths name ids, not nesting: a jabatan keeps its path when it moves to another unit, so baselines
 * and suppressions written against it stay valid. The loader records spans under these paths; rules
 * report them.
 */
public final class DataPath {

  private DataPath() {}

  public static String perangkatDaerah(String pd) {
    return "perangkat_daerah[" + pd + "]";
  }

  /** The top unit of a perangkat daerah is the perangkat daerah itself. */
  public static String unit(UnitId id) {
    return id.unit()
        .map(u -> perangkatDaerah(id.pd()) + ".unit[" + u + "]")
        .orElse(perangkatDaerah(id.pd()));
  }

  public static String jabatan(JabatanId id) {
    return id.isKepalaDaerah()
        ? "daerah.kepala_daerah"
        : perangkatDaerah(id.pd()) + ".jabatan[" + id.id() + "]";
  }

  public static String pegawai(String nip) {
    return "pegawai[" + nip + "]";
  }

  public static String pihakLuar(String id) {
    return "pihak_luar[" + id + "]";
  }

  public static String timKerja(String id) {
    return "tim_kerja[" + id + "]";
  }

  public static String penugasan(String id) {
    return "penugasan[" + id + "]";
  }

  public static String daerah() {
    return "daerah";
  }
}
