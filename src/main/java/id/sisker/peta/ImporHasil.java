package id.sisker.peta;

import java.util.List;

/**
 * What an import produced: the perangkat daerah read from the sheets, and every problem met.
 *
 * @param perangkatDaerah in the order of the sheets
 */
public record ImporHasil(List<ImporHasil.Pd> perangkatDaerah, List<Masalah> masalah) {

  public ImporHasil {
    perangkatDaerah = List.copyOf(perangkatDaerah);
    masalah = List.copyOf(masalah);
  }

  public boolean adaGalat() {
    return masalah.stream().anyMatch(Masalah::galat);
  }

  /** A perangkat daerah: its root unit holds the jabatan directly in it. */
  public record Pd(String id, String nama, String jenis, String asal, Unit akar) {}

  /** A unit (or the root of a perangkat daerah) with its jabatan and sub-units in sheet order. */
  public record Unit(
      String id, String nama, String jenis, String kepala, List<Jab> jabatan, List<Unit> unit) {

    public Unit {
      jabatan = List.copyOf(jabatan);
      unit = List.copyOf(unit);
    }
  }

  /**
   * A jabatan.
   *
   * @param kelas 0 when the sheet gives none
   * @param atasan the id of the superior in the same perangkat daerah, empty for the head
   */
  public record Jab(
      String id,
      String nama,
      String jenis,
      String jenjang,
      int kelas,
      int kebutuhan,
      String atasan,
      List<String> pemangku) {

    public Jab {
      pemangku = List.copyOf(pemangku);
    }
  }
}
