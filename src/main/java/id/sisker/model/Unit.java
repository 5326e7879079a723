package id.sisker.model;

import java.util.Objects;
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

  /**
   * Every component equal, as the record's own; written out because that one is linked through
   * invokedynamic on first use, a cost a short run notices (ADR 0083).
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Unit u
        && Objects.equals(id, u.id)
        && Objects.equals(nama, u.nama)
        && Objects.equals(jenis, u.jenis)
        && Objects.equals(induk, u.induk)
        && Objects.equals(kepala, u.kepala)
        && Objects.equals(model, u.model)
        && Objects.equals(mandiri, u.mandiri)
        && Objects.equals(kop, u.kop);
  }
}
