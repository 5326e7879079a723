package id.sisker.peta;

import java.util.Map;

/**
 * Reads one "Data sisker" cell of a sheet: a YAML flow mapping of keys the table's columns do not
 * carry. Implemented by the caller with the project's YAML reader (this package does not parse
 * YAML); each value comes back re-written as a flow scalar, sequence or mapping, so no text from
 * the sheet reaches the written YAML unquoted.
 */
@FunctionalInterface
public interface DataSel {

  Hasil baca(String teks);

  /**
   * What a cell gave.
   *
   * @param isi key → value as YAML flow text, in the cell's order
   * @param banyak key → number of items, for values that are sequences
   * @param salah why the cell could not be used; empty when it could
   */
  record Hasil(Map<String, String> isi, Map<String, Integer> banyak, String salah) {

    public static Hasil gagal(String salah) {
      return new Hasil(Map.of(), Map.of(), salah);
    }

    public boolean sah() {
      return salah.isEmpty();
    }
  }
}
