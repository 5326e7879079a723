package id.sisker.peta;

import java.util.List;

/**
 * The difference between two versions of a daerah, grouped by perangkat daerah.
 *
 * @param lama how the old version was named (a folder, or {@code REV:path})
 * @param baru how the new version was named
 */
public record BedaHasil(String lama, String baru, List<Kelompok> kelompok) {

  /**
   * The changes of one perangkat daerah ({@code pd} empty: the daerah as a whole).
   *
   * @param nama the perangkat daerah's name, or the daerah's
   */
  public record Kelompok(String pd, String nama, List<Perubahan> perubahan) {
    public Kelompok {
      perubahan = List.copyOf(perubahan);
    }
  }

  public BedaHasil {
    kelompok = List.copyOf(kelompok);
  }

  public int jumlah() {
    return kelompok.stream().mapToInt(k -> k.perubahan().size()).sum();
  }

  public long jumlah(Perubahan.Jenis jenis) {
    return kelompok.stream()
        .flatMap(k -> k.perubahan().stream())
        .filter(p -> p.jenis() == jenis)
        .count();
  }

  public boolean kosong() {
    return jumlah() == 0;
  }
}
