package id.sisker.peta;

import java.util.Locale;
import java.util.Optional;

/**
 * One change between two versions of a daerah.
 *
 * @param pd the perangkat daerah it belongs to, empty for daerah-wide changes
 * @param subjek what changed: a jabatan {@code pd/id}, a unit, a NIP, a tim, a rule id
 * @param uraian the change in words, in the report's language
 * @param dari the old value, empty when the change has none (an addition)
 * @param ke the new value, empty when the change has none (a removal)
 * @param lama {@code file:line:column} in the old version, empty if absent there
 * @param baru {@code file:line:column} in the new version, empty if absent there
 */
public record Perubahan(
    String pd,
    Jenis jenis,
    String subjek,
    String uraian,
    Optional<String> dari,
    Optional<String> ke,
    Optional<String> lama,
    Optional<String> baru) {

  /** The kinds of change, in the order a report lists them within a perangkat daerah. */
  public enum Jenis {
    PD_DITAMBAH('+'),
    PD_DIHAPUS('-'),
    PD_DIGANTI_NAMA('~'),
    UNIT_DITAMBAH('+'),
    UNIT_DIHAPUS('-'),
    UNIT_DIGANTI_NAMA('~'),
    UNIT_PINDAH('>'),
    JABATAN_DITAMBAH('+'),
    JABATAN_DIHAPUS('-'),
    JABATAN_DIGANTI_NAMA('~'),
    JABATAN_DIGANTI_ID('~'),
    JABATAN_PINDAH('>'),
    JABATAN_JENIS('~'),
    JABATAN_KELAS('~'),
    JABATAN_KEBUTUHAN('~'),
    JABATAN_BEZETTING('~'),
    PEGAWAI_PINDAH('>'),
    PEGAWAI_MASUK('+'),
    PEGAWAI_KELUAR('-'),
    TIM_DITAMBAH('+'),
    TIM_DIHAPUS('-'),
    TIM_BERAKHIR('~'),
    TIM_BERUBAH('~'),
    PENUGASAN_DITAMBAH('+'),
    PENUGASAN_DIHAPUS('-'),
    PENUGASAN_BERAKHIR('~'),
    PENUGASAN_BERUBAH('~'),
    TEMUAN_BARU('!'),
    TEMUAN_HILANG('.');

    private final char tanda;

    Jenis(char tanda) {
      this.tanda = tanda;
    }

    /** A one-character mark for text output: + added, - removed, ~ changed, > moved, ! new. */
    public char tanda() {
      return tanda;
    }

    /** The stable key in JSON and in the message bundle, e.g. {@code jabatan.pindah}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".").replace('_', '-');
    }
  }
}
