package id.sisker.model;

import java.util.List;
import java.util.Optional;

/**
 * A perangkat daerah with its units (the top unit first, then depth-first in document order) and
 * its peta jabatan.
 *
 * @param model the structure model the daerah's regulation assigns, as declared
 * @param dasarKedudukan the instrument that set this perangkat daerah's kedudukan (peta jabatan)
 * @param perjanjianKinerja the current Perjanjian Kinerja Pelaksanaan Kegiatan Unit Organisasi
 */
public record PerangkatDaerah(
    String id,
    String nama,
    Optional<String> singkatan,
    JenisPerangkatDaerah jenis,
    Optional<String> model,
    Optional<Kop> kop,
    List<Unit> unit,
    List<Jabatan> jabatan,
    Optional<Dasar> dasarKedudukan,
    Optional<Naskah> perjanjianKinerja) {

  public PerangkatDaerah {
    unit = List.copyOf(unit);
    jabatan = List.copyOf(jabatan);
  }

  /** The top unit, led by the kepala of the perangkat daerah. */
  public Unit root() {
    return unit.get(0);
  }

  public Optional<JabatanId> kepala() {
    return root().kepala();
  }

  /**
   * The id's hash: equal records have equal ids, and hashing every component (lists included) made
   * each set or map of these cost more than the check that used it.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
