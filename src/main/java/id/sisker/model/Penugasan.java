package id.sisker.model;

import java.util.List;
import java.util.Optional;

/**
 * An individual assignment of one pegawai.
 *
 * @param asal the unit the pegawai sits in
 * @param tujuan the unit that owns the work, inside the daerah; empty when {@code tujuanLuar} is
 *     set
 * @param lingkup the reach of the assignment, derived from asal and tujuan
 * @param tim the team, when this is one member's own letter for a team
 */
public record Penugasan(
    String id,
    String pegawai,
    UnitId asal,
    Optional<UnitId> tujuan,
    Optional<TujuanLuar> tujuanLuar,
    Lingkup lingkup,
    CaraPenugasan cara,
    Optional<String> maksudTujuan,
    List<String> targetKinerja,
    Optional<Periode> periode,
    Optional<String> durasi,
    Optional<String> pengaturanLain,
    Optional<Dasar> dasar,
    Optional<JenisTugas> jenisTugas,
    Optional<String> tim,
    Optional<JabatanId> melaporKepada,
    Optional<Permohonan> permohonan) {

  public Penugasan {
    targetKinerja = List.copyOf(targetKinerja);
  }
}
