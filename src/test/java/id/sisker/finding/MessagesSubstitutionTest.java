package id.sisker.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Messages#format} substitutes plain string arguments itself instead of building a {@link
 * MessageFormat} per call; the text must be exactly what MessageFormat gives, for every text of
 * both bundles and for the patterns it hands back to MessageFormat.
 */
class MessagesSubstitutionTest {

  /** Arguments with the characters MessageFormat gives meaning to in a pattern, but not in data. */
  private static final Object[] ARGS = {"a{1}b", "it's", "{0}", "", "x}y", "\u00e9\ud83d\ude00"};

  static Stream<Arguments> bundleTexts() {
    List<Arguments> out = new ArrayList<>();
    for (Locale l : new Locale[] {Messages.INDONESIAN, Locale.ENGLISH}) {
      ResourceBundle b =
          ResourceBundle.getBundle(
              "id.sisker.i18n.messages",
              l,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      for (String key : b.keySet()) {
        out.add(Arguments.of(l, key, b.getString(key)));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("bundleTexts")
  void everyTextOfTheBundlesReadsAsMessageFormatWouldWriteIt(
      Locale locale, String key, String pattern) {
    Messages m = Messages.forLanguage(locale.equals(Locale.ENGLISH) ? "en" : "id");
    for (int n = 1; n <= ARGS.length; n++) {
      Object[] args = java.util.Arrays.copyOf(ARGS, n);
      String expected;
      try {
        expected = new MessageFormat(pattern, locale).format(args);
      } catch (IllegalArgumentException e) {
        // A text written for use without arguments ('{' quoted): still refused, as before.
        assertThrows(IllegalArgumentException.class, () -> m.format(key, args), key);
        continue;
      }
      assertEquals(expected, m.format(key, args), key + " with " + n + " argument(s)");
    }
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("NIP {0}", true),
        Arguments.of("{0} dan {1}", true),
        Arguments.of("tanpa argumen", true),
        Arguments.of("{2} tidak diberikan", true),
        Arguments.of("kurung } sendiri", true),
        Arguments.of("{0}{0}{1}", true),
        Arguments.of("petik ''{0}''", false),
        Arguments.of("'{0}' harfiah", false),
        Arguments.of("{0,number} angka", false),
        Arguments.of("{ 0} spasi", false),
        Arguments.of("{10} dua digit", false),
        Arguments.of("akhir {", false),
        Arguments.of("akhir {0", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void plainPatternsAreSubstitutedAndTheRestLeftToMessageFormat(String pattern, boolean plain) {
    Object[] args = {"satu", "dua's {x}"};
    String own = Messages.substituted(pattern, args);
    if (plain) {
      assertEquals(new MessageFormat(pattern, Messages.INDONESIAN).format(args), own);
    } else {
      assertNull(own, pattern);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void anArgumentThatIsNotAStringIsLeftToMessageFormat(String pattern, boolean plain) {
    assertNull(Messages.substituted(pattern, new Object[] {"satu", 1000}));
    assertNull(Messages.substituted(pattern, new Object[] {null}));
  }
}
