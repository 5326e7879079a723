package id.sisker.diagram;

import id.sisker.model.UnitId;
import java.util.Optional;

/**
 * What part of the daerah a diagram shows; all empty is the whole daerah.
 *
 * @param pd one perangkat daerah
 * @param unit one unit and everything below it
 * @param tim one tim kerja
 * @param pegawai one person (by NIP): their chain of superiors and their teams
 * @param depth how many levels below the top of the scope to draw
 */
public record Scope(
    Optional<String> pd,
    Optional<UnitId> unit,
    Optional<String> tim,
    Optional<String> pegawai,
    Optional<Integer> depth) {

  public static final Scope ALL =
      new Scope(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public static Scope pd(String id) {
    return new Scope(
        Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
