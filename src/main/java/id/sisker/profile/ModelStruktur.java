package id.sisker.profile;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A structure model of the regulation's Lampiran: the perangkat daerah or units it assigns (by
 * exact name, or every one of some jenis), its checkable facts, and the placement of JF and
 * pelaksana within it (empty: the profile's general placement applies).
 */
public record ModelStruktur(
    String id,
    String nama,
    String sitasi,
    String uraian,
    List<String> perangkatDaerah,
    Set<String> jenis,
    Optional<Facts.Fakta> fakta,
    List<Facts.Kedudukan> kedudukan) {

  public ModelStruktur {
    perangkatDaerah = List.copyOf(perangkatDaerah);
    jenis = Facts.ordered(jenis);
    kedudukan = List.copyOf(kedudukan);
  }

  public ModelStruktur(
      String id, String nama, String sitasi, String uraian, List<String> perangkatDaerah) {
    this(id, nama, sitasi, uraian, perangkatDaerah, Set.of(), Optional.empty(), List.of());
  }
}
