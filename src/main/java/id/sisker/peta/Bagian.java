package id.sisker.peta;

import java.util.List;

/**
 * The recap of one perangkat daerah: its rows in hierarchy order and its total.
 *
 * @param jumlahJabatan how many jabatan rows the section holds
 * @param jumlahCatatan how many B/K findings are shown beside its rows
 */
public record Bagian(
    String pd,
    String nama,
    String singkatan,
    List<Baris> baris,
    Baris jumlah,
    int jumlahJabatan,
    int jumlahCatatan) {

  public Bagian {
    baris = List.copyOf(baris);
  }
}
