package id.sisker.model;

import java.util.Optional;

/**
 * A unit organisasi. Every perangkat daerah has a top unit (its own id, led by its kepala, no
 * {@code jenis} and no {@code induk}); the others nest below it.
 *
 * @param kepala the head position; empty when the file names none (reported by a rule)
 * @param model the structure model declared for a unit that has its own (UPT, kelurahan)
 */
public record Unit(
    UnitId id,
    String nama,
    Optional<JenisUnit> jenis,
    Optional<UnitId> induk,
    Optional<JabatanId> kepala,
    Optional<String> model,
    Optional<Mandiri> mandiri,
    Optional<Kop> kop) {

  /**
   * The id's hash: equal records have equal ids, and hashing every component (lists included) made
   * each set or map of these cost more than the check that used it.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
