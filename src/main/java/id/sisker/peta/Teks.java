package id.sisker.peta;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of the peta jabatan tables (column heads, labels of changes) from {@code
 * id/sisker/i18n/peta*.properties}: the root bundle is Bahasa Indonesia, {@code peta_en} English.
 */
public final class Teks {

  private final ResourceBundle bundle;
  private final Locale locale;

  private Teks(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            "id.sisker.i18n.peta",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code en} for English, anything else Bahasa Indonesia. */
  public static Teks of(String lang) {
    return new Teks("en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id"));
  }

  /** The text for {@code key}; a missing key shows as itself so output never breaks. */
  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String format(String key, Object... args) {
    return new MessageFormat(text(key), locale).format(args);
  }
}
