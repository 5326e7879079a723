package id.sisker.peta;

import java.util.List;
import java.util.Map;

/**
 * What {@code rekap --lengkap} adds to the XLSX recap so that {@code impor} can rebuild the whole
 * daerah from it: per perangkat daerah, unit and jabatan a "Data sisker" cell holding, as one YAML
 * flow mapping, every key the table's columns do not show (model, kop, holders' NIPs, …), a Pegawai
 * sheet and a Daerah sheet. The texts are made (and read back) by the caller, which owns the YAML
 * reader; here they are only placed.
 *
 * @param daerahNama the daerah's name (the Daerah sheet's first column)
 * @param daerah the rest of the daerah root as a flow mapping
 * @param data {@link #pd}, {@link #unit} or {@link #jabatan} key → flow mapping; absent when the
 *     row has nothing beyond its columns
 * @param pegawai in file order
 */
public record DataLengkap(
    String daerahNama, String daerah, Map<String, String> data, List<DataLengkap.Pegawai> pegawai) {

  public DataLengkap {
    data = Map.copyOf(data);
    pegawai = List.copyOf(pegawai);
  }

  /** One pegawai row: the NIP as written, the name, and the rest as a flow mapping. */
  public record Pegawai(String nip, String nama, String data) {}

  public static String pd(String pd) {
    return "pd " + pd;
  }

  public static String unit(String pd, String unit) {
    return "unit " + pd + "/" + unit;
  }

  public static String jabatan(String pd, String jabatan) {
    return "jabatan " + pd + "/" + jabatan;
  }

  /** The data cell of a recap row, empty when none. */
  public String untuk(Baris b) {
    String key =
        switch (b.jenis()) {
          case UNIT -> b.jabatanId().equals(b.pd()) ? pd(b.pd()) : unit(b.pd(), b.jabatanId());
          case JABATAN -> jabatan(b.pd(), b.jabatanId());
          default -> "";
        };
    return data.getOrDefault(key, "");
  }
}
