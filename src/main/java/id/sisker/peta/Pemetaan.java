package id.sisker.peta;

import java.util.Map;
import java.util.Optional;

/**
 * Where the columns of a sheet are, as a mapping file states it, for a layout sisker does not
 * recognise by its heads.
 *
 * @param lembar the sheet to import, empty for every visible sheet
 * @param barisJudul the row number of the heads, 0 to search for them
 * @param perangkatDaerah the perangkat daerah's name when no column gives it, empty for the title
 * @param kolom key ({@code nama}, {@code kelas}, …) → column letter or head text
 */
public record Pemetaan(
    Optional<String> lembar,
    int barisJudul,
    Optional<String> perangkatDaerah,
    Map<String, String> kolom) {

  public Pemetaan {
    kolom = Map.copyOf(kolom);
  }
}
