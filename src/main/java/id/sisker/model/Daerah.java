package id.sisker.model;

import java.util.List;

/**
 * A whole daerah as loaded: who it is, which regulation profile governs it, and everything in its
 * files. Lists keep the order of the files and of the entries within them.
 *
 * @param kodeWilayah the Kemendagri code with its dot, e.g. {@code 14.04} (not the BPS code)
 * @param profil the id of the regulation profile that governs this daerah
 * @param profilFile the daerah's own profile file, as written (relative to the root file)
 */
public record Daerah(
    String nama,
    JenisDaerah jenis,
    String provinsi,
    String kodeWilayah,
    String ibukota,
    KepalaDaerah kepala,
    String profil,
    List<PerangkatDaerah> perangkatDaerah,
    List<Pegawai> pegawai,
    List<PihakLuar> pihakLuar,
    List<TimKerja> timKerja,
    List<Penugasan> penugasan,
    java.util.Optional<String> profilFile) {

  public Daerah {
    perangkatDaerah = List.copyOf(perangkatDaerah);
    pegawai = List.copyOf(pegawai);
    pihakLuar = List.copyOf(pihakLuar);
    timKerja = List.copyOf(timKerja);
    penugasan = List.copyOf(penugasan);
  }
}
