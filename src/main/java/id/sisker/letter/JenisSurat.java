package id.sisker.letter;

import java.util.Locale;

/** The kinds of letter sisker drafts; the key names the file and the manifest row. */
public enum JenisSurat {
  SURAT_PERINTAH("surat-perintah"),
  SURAT_PERINTAH_TIM("surat-perintah-tim"),
  PERMOHONAN("permohonan"),
  JAWABAN("jawaban"),
  KEPUTUSAN("keputusan");

  private final String key;

  JenisSurat(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  /** The kind a user names on the command line ({@code --jenis}), if any. */
  public static java.util.Optional<JenisSurat> byKey(String k) {
    for (JenisSurat j : values()) {
      if (j.key.equals(k.toLowerCase(Locale.ROOT))) {
        return java.util.Optional.of(j);
      }
    }
    return java.util.Optional.empty();
  }
}
