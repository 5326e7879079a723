package id.sisker.peta;

import java.util.List;

/**
 * The peta jabatan recap: one section per perangkat daerah and the total of the daerah (or of the
 * chosen perangkat daerah or unit).
 *
 * @param daerah the daerah's name
 * @param cakupan what the recap covers, as the user named it ({@code dishub}, {@code
 *     dishub/bidang}) or empty for the whole daerah
 */
public record RekapTabel(String daerah, String cakupan, List<Bagian> bagian, Baris total) {

  public RekapTabel {
    bagian = List.copyOf(bagian);
  }

  public int jumlahJabatan() {
    return bagian.stream().mapToInt(Bagian::jumlahJabatan).sum();
  }
}
