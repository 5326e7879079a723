package id.sisker.model;

import java.util.Locale;

/**
 * Golongan ruang of PNS with their pangkat (PP 99/2000 as amended), and the golongan I–XVII of PPPK
 * (Perpres 98/2020), which carry no pangkat.
 */
public enum Golongan implements Keyed {
  I_A("I/a", "Juru Muda", StatusPegawai.PNS),
  I_B("I/b", "Juru Muda Tingkat I", StatusPegawai.PNS),
  I_C("I/c", "Juru", StatusPegawai.PNS),
  I_D("I/d", "Juru Tingkat I", StatusPegawai.PNS),
  II_A("II/a", "Pengatur Muda", StatusPegawai.PNS),
  II_B("II/b", "Pengatur Muda Tingkat I", StatusPegawai.PNS),
  II_C("II/c", "Pengatur", StatusPegawai.PNS),
  II_D("II/d", "Pengatur Tingkat I", StatusPegawai.PNS),
  III_A("III/a", "Penata Muda", StatusPegawai.PNS),
  III_B("III/b", "Penata Muda Tingkat I", StatusPegawai.PNS),
  III_C("III/c", "Penata", StatusPegawai.PNS),
  III_D("III/d", "Penata Tingkat I", StatusPegawai.PNS),
  IV_A("IV/a", "Pembina", StatusPegawai.PNS),
  IV_B("IV/b", "Pembina Tingkat I", StatusPegawai.PNS),
  IV_C("IV/c", "Pembina Utama Muda", StatusPegawai.PNS),
  IV_D("IV/d", "Pembina Utama Madya", StatusPegawai.PNS),
  IV_E("IV/e", "Pembina Utama", StatusPegawai.PNS),
  PPPK_I("I", null, StatusPegawai.PPPK),
  PPPK_II("II", null, StatusPegawai.PPPK),
  PPPK_III("III", null, StatusPegawai.PPPK),
  PPPK_IV("IV", null, StatusPegawai.PPPK),
  PPPK_V("V", null, StatusPegawai.PPPK),
  PPPK_VI("VI", null, StatusPegawai.PPPK),
  PPPK_VII("VII", null, StatusPegawai.PPPK),
  PPPK_VIII("VIII", null, StatusPegawai.PPPK),
  PPPK_IX("IX", null, StatusPegawai.PPPK),
  PPPK_X("X", null, StatusPegawai.PPPK),
  PPPK_XI("XI", null, StatusPegawai.PPPK),
  PPPK_XII("XII", null, StatusPegawai.PPPK),
  PPPK_XIII("XIII", null, StatusPegawai.PPPK),
  PPPK_XIV("XIV", null, StatusPegawai.PPPK),
  PPPK_XV("XV", null, StatusPegawai.PPPK),
  PPPK_XVI("XVI", null, StatusPegawai.PPPK),
  PPPK_XVII("XVII", null, StatusPegawai.PPPK);

  private final String key;
  private final String pangkat;
  private final StatusPegawai status;

  Golongan(String key, String pangkat, StatusPegawai status) {
    this.key = key;
    this.pangkat = pangkat;
    this.status = status;
  }

  @Override
  public String key() {
    return key;
  }

  /** The pangkat of a PNS golongan, e.g. "Penata Muda Tingkat I"; null for PPPK. */
  public String pangkat() {
    return pangkat;
  }

  /** Whether this golongan belongs to PNS or to PPPK. */
  public StatusPegawai status() {
    return status;
  }

  /**
   * Whether {@code written} names this golongan's pangkat, ignoring case, spacing and the common
   * abbreviation "Tk." for "Tingkat".
   */
  public boolean matchesPangkat(String written) {
    if (pangkat == null) {
      return false;
    }
    // Written as the table has it, the usual case: no need for the regular expressions.
    return written.equalsIgnoreCase(pangkat) || normalise(written).equals(normalise(pangkat));
  }

  private static String normalise(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("\\btk\\.?\\s*", "tingkat ")
        .replaceAll("[^a-z ]", " ")
        .replaceAll("\\s+", " ")
        .trim();
  }
}
