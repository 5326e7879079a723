package id.sisker.model;

import java.util.List;
import java.util.Optional;

/**
 * A position in the peta jabatan.
 *
 * @param unit the unit the position sits in
 * @param atasan the direct superior (kedudukan); empty only for the head of a perangkat daerah, who
 *     answers to the Kepala Daerah
 * @param penilai a Pejabat Penilai Kinerja other than the atasan, by delegation
 * @param koordinator a Pengawas who coordinates this position "seperti ketua tim" without being its
 *     superior
 * @param kebutuhan K in the peta jabatan: how many holders the position needs
 * @param pemangku the NIPs of the holders; when any are listed, their count is the bezetting (B)
 * @param bezettingTertulis B as written with the {@code bezetting} key, for a peta jabatan that
 *     records the number of holders without their NIPs (ADR 84)
 */
public record Jabatan(
    JabatanId id,
    UnitId unit,
    String nama,
    JenisJabatan jenis,
    Optional<KategoriFungsional> kategori,
    Optional<Jenjang> jenjang,
    boolean penyetaraan,
    Optional<Integer> kelas,
    int kebutuhan,
    Optional<JabatanId> atasan,
    Optional<JabatanId> penilai,
    Optional<String> dasarPenilai,
    Optional<JabatanId> koordinator,
    List<String> pemangku,
    Optional<Integer> bezettingTertulis) {

  public Jabatan {
    pemangku = List.copyOf(pemangku);
  }

  /**
   * B, the one definition every count uses: the number of holders when any are listed, else the
   * {@code bezetting} written, else 0.
   */
  public int bezetting() {
    return pemangku.isEmpty() ? bezettingTertulis.orElse(0) : pemangku.size();
  }

  /** Whether B is the written {@code bezetting} rather than the count of listed holders. */
  public boolean bezettingDariKunci() {
    return pemangku.isEmpty() && bezettingTertulis.isPresent();
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
