package id.sisker.peta;

import java.util.List;
import java.util.Map;

/**
 * What an import produced: the perangkat daerah read from the sheets, and every problem met.
 *
 * @param perangkatDaerah in the order of the sheets
 */
public record ImporHasil(
    List<ImporHasil.Pd> perangkatDaerah,
    List<Masalah> masalah,
    java.util.Optional<ImporHasil.Daerah> daerah,
    List<ImporHasil.Pegawai> pegawai) {

  public ImporHasil {
    perangkatDaerah = List.copyOf(perangkatDaerah);
    masalah = List.copyOf(masalah);
    pegawai = List.copyOf(pegawai);
  }

  public ImporHasil(List<ImporHasil.Pd> perangkatDaerah, List<Masalah> masalah) {
    this(perangkatDaerah, masalah, java.util.Optional.empty(), List.of());
  }

  /**
   * The daerah root from a Daerah sheet ({@code rekap --lengkap}).
   *
   * @param data its other keys as YAML flow text, in the cell's order
   */
  public record Daerah(String nama, Map<String, String> data) {}

  /** A pegawai from a Pegawai sheet: NIP, name, and the other keys as YAML flow text. */
  public record Pegawai(String nip, String nama, Map<String, String> data) {}

  public boolean adaGalat() {
    return masalah.stream().anyMatch(Masalah::galat);
  }

  /** A perangkat daerah: its root unit holds the jabatan directly in it. */
  public record Pd(String id, String nama, String jenis, String asal, Unit akar) {}

  /** A unit (or the root of a perangkat daerah) with its jabatan and sub-units in sheet order. */
  public record Unit(
      String id,
      String nama,
      String jenis,
      String kepala,
      List<Jab> jabatan,
      List<Unit> unit,
      Map<String, String> data) {

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
   * @param data keys from the row's "Data sisker" cell (YAML flow text), which take the place of
   *     the ones read from the columns
   * @param bTanpaNip the sheet's B where it came without holders' NIPs (written as {@code
   *     bezetting}, ADR 84), 0 otherwise
   */
  public record Jab(
      String id,
      String nama,
      String jenis,
      String jenjang,
      int kelas,
      int kebutuhan,
      String atasan,
      List<String> pemangku,
      Map<String, String> data,
      int bTanpaNip) {

    public Jab {
      pemangku = List.copyOf(pemangku);
    }
  }
}
