package id.sisker.peta;

import java.util.List;
import java.util.Optional;

/**
 * One row of the peta jabatan recap.
 *
 * @param tingkat the indentation level of the name (0 for a perangkat daerah)
 * @param nomor the running number of a jabatan row within its perangkat daerah, empty otherwise
 * @param jabatanId the jabatan's id within its perangkat daerah; for a unit row the unit id
 * @param jenisJabatan the jenis key ({@code administrator}, {@code fungsional}, …), empty if none
 * @param jenjang the jenjang key of a jabatan fungsional, empty if none
 * @param b bezetting: holders (jabatan) or their sum (totals; a {@code long}, since a daerah of
 *     many jabatan of up to 100000 each can exceed an {@code int})
 * @param k kebutuhan: required holders (jabatan) or their sum (totals)
 * @param catatan findings about B/K on this jabatan, shown beside it
 */
public record Baris(
    Jenis jenis,
    String pd,
    int tingkat,
    String nomor,
    String nama,
    String jabatanId,
    String jenisJabatan,
    String jenjang,
    Optional<Integer> kelas,
    long b,
    long k,
    List<Catatan> catatan) {

  /** What a row stands for. */
  public enum Jenis {
    PERANGKAT_DAERAH,
    UNIT,
    JABATAN,
    JUMLAH_UNIT,
    JUMLAH_PD,
    JUMLAH_DAERAH;

    /** Rows that carry numbers: a jabatan or a total. */
    public boolean berangka() {
      return this != PERANGKAT_DAERAH && this != UNIT;
    }

    public boolean jumlah() {
      return this == JUMLAH_UNIT || this == JUMLAH_PD || this == JUMLAH_DAERAH;
    }
  }

  /**
   * A finding shown beside a row.
   *
   * @param posisi {@code file:line:column}, empty when not known
   */
  public record Catatan(String keparahan, String aturan, String pesan, String posisi) {}

  public Baris {
    catatan = List.copyOf(catatan);
  }

  /** B − K: positive is a surplus, negative a shortage. */
  public long selisih() {
    return b - k;
  }
}
