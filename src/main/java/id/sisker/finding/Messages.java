package id.sisker.finding;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s in one language from the bundles {@code
 * id/sisker/i18n/messages*.properties} (UTF-8). The root bundle is Bahasa Indonesia, the default;
 * {@code messages_en} is English.
 */
public final class Messages {

  public static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final String BUNDLE = "id.sisker.i18n.messages";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** {@code id} or {@code en}; anything else is refused by the CLI before it gets here. */
  public static Messages forLanguage(String lang) {
    return new Messages("en".equals(lang) ? Locale.ENGLISH : INDONESIAN);
  }

  public Locale locale() {
    return locale;
  }

  public String language() {
    return locale.equals(Locale.ENGLISH) ? "en" : "id";
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * The text for {@code key}; a missing key is a bug, shown as the key itself so output never
   * breaks.
   */
  public String text(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public String format(Message m) {
    String pattern = text(m.key());
    if (m.args().isEmpty()) {
      return pattern.replace("''", "'");
    }
    Object[] args = new Object[m.args().size()];
    for (int i = 0; i < args.length; i++) {
      Object a = m.args().get(i);
      args[i] = a instanceof Message nested ? format(nested) : a;
    }
    String plain = substituted(pattern, args);
    return plain != null ? plain : new MessageFormat(pattern, locale).format(args);
  }

  /**
   * What {@link MessageFormat} gives for a pattern whose only special parts are {@code {0}} to
   * {@code {9}}, when every argument is a string (the common case: an id, a name, a NIP), without
   * parsing the pattern into a formatter on each call; {@code null} for anything else (quotes,
   * {@code {0,number}}, numbers or dates as arguments), which MessageFormat formats.
   */
  static String substituted(String pattern, Object[] args) {
    for (Object a : args) {
      if (!(a instanceof String)) {
        return null;
      }
    }
    StringBuilder b = new StringBuilder(pattern.length() + 32);
    int n = pattern.length();
    for (int i = 0; i < n; i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        return null;
      }
      if (c != '{') {
        b.append(c);
        continue;
      }
      if (i + 2 >= n || pattern.charAt(i + 2) != '}') {
        return null;
      }
      int index = pattern.charAt(i + 1) - '0';
      if (index < 0 || index > 9) {
        return null;
      }
      // MessageFormat writes an argument it was not given as the placeholder itself.
      b.append(index < args.length ? (String) args[index] : "{" + index + "}");
      i += 2;
    }
    return b.toString();
  }

  public String format(String key, Object... args) {
    return format(Message.of(key, args));
  }
}
