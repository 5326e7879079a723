package id.sisker.model;

import java.util.List;
import java.util.Optional;

/**
 * A tim kerja: anggota under a ketua, owned by the unit whose kinerja it serves.
 *
 * @param penanggungJawab the position that answers for the team (Indragiri Hilir's penanggung jawab
 *     tim kerja)
 */
public record TimKerja(
    String id,
    String nama,
    JenisTugas jenisTugas,
    Lingkup lingkup,
    UnitId pemilikKinerja,
    Optional<JabatanId> penanggungJawab,
    Optional<Orang> ketua,
    List<Orang> anggota,
    CaraPenugasan cara,
    Optional<Dasar> dasar,
    Optional<Periode> periode,
    List<String> targetKinerja,
    List<JabatanId> ketuaMelaporKepada) {

  public TimKerja {
    ketuaMelaporKepada = List.copyOf(ketuaMelaporKepada);
    anggota = List.copyOf(anggota);
    targetKinerja = List.copyOf(targetKinerja);
  }
}
