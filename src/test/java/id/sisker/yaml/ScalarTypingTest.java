package id.sisker.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Scalars are typed by the YAML 1.2 core schema (what editors and the JSON Schema assume), never
 * YAML 1.1: {@code yes} is text, {@code 2024-03-01} is text, {@code 017} is the integer 17. Their
 * text is kept exactly as written, so {@code 14.10} keeps its zero and an 18-digit NIP its digits.
 */
class ScalarTypingTest {

  private static YScalar value(String yamlValue) throws UnreadableInputException {
    YamlDocument d =
        YamlReader.parse(SourceFile.named("t.yaml"), "a: " + yamlValue + "\n", YamlLimits.DEFAULTS);
    YMapping m = assertInstanceOf(YMapping.class, d.root());
    return assertInstanceOf(YScalar.class, m.entry("a").value());
  }

  @ParameterizedTest(name = "{0} -> {1} \"{2}\"")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        // numbers, plain and quoted
        "14                   | INTEGER | 14",
        "\"14\"               | STRING  | 14",
        "'14'                 | STRING  | 14",
        "-7                   | INTEGER | -7",
        "+7                   | INTEGER | +7",
        "017                  | INTEGER | 017",
        "0o17                 | INTEGER | 0o17",
        "0x1F                 | INTEGER | 0x1F",
        "14.04                | FLOAT   | 14.04",
        "14.10                | FLOAT   | 14.10",
        "\"14.04\"            | STRING  | 14.04",
        "1e3                  | FLOAT   | 1e3",
        ".5                   | FLOAT   | .5",
        "-.inf                | FLOAT   | -.inf",
        ".NaN                 | FLOAT   | .NaN",
        // YAML 1.1 forms that 1.2 reads as text
        "1_000                | STRING  | 1_000",
        "0b101                | STRING  | 0b101",
        "1:30                 | STRING  | 1:30",
        "0x                   | STRING  | 0x",
        "1.2.3                | STRING  | 1.2.3",
        // NIP: digits kept exactly, no rounding, no loss of the leading digits
        "197804062005011009   | INTEGER | 197804062005011009",
        "\"197804062005011009\" | STRING | 197804062005011009",
        "19780406 200501 1 009 | STRING | 19780406 200501 1 009",
        "099999999999999999999999 | INTEGER | 099999999999999999999999",
        // dates stay text
        "2024-03-01           | STRING  | 2024-03-01",
        "\"2024-03-01\"       | STRING  | 2024-03-01",
        "2024-03-01T10:00:00Z | STRING  | 2024-03-01T10:00:00Z",
        // booleans: only true/false in three spellings
        "true                 | BOOLEAN | true",
        "False                | BOOLEAN | False",
        "TRUE                 | BOOLEAN | TRUE",
        "yes                  | STRING  | yes",
        "No                   | STRING  | No",
        "on                   | STRING  | on",
        "y                    | STRING  | y",
        "\"true\"             | STRING  | true",
        // null
        "~                    | NULL    | ~",
        "null                 | NULL    | null",
        "NULL                 | NULL    | NULL",
        "''                   | STRING  | ''",
        "\"null\"             | STRING  | null",
        // text
        "Kabupaten Indragiri Hilir | STRING | Kabupaten Indragiri Hilir",
        "III/b                | STRING  | III/b",
        "!!str 14             | STRING  | 14",
        "!!int 14             | INTEGER | 14",
        "! 14                 | STRING  | 14",
      })
  void plainAndQuotedScalarsAreTypedByTheCoreSchema(String written, String type, String text)
      throws UnreadableInputException {
    YScalar s = value(written);
    assertEquals(ScalarType.valueOf(type), s.type(), written);
    assertEquals(text.equals("''") ? "" : text, s.value(), written);
  }

  @Test
  void blockScalarsAreTextWhateverTheyHold() throws UnreadableInputException {
    assertEquals(new Text(ScalarType.STRING, "14"), Text.of(value("|-\n  14\n")));
    assertEquals(new Text(ScalarType.STRING, "true"), Text.of(value(">-\n  true\n")));
    assertEquals(new Text(ScalarType.STRING, "2024-03-01\n"), Text.of(value("|\n  2024-03-01\n")));
  }

  private record Text(ScalarType type, String value) {
    static Text of(YScalar s) {
      return new Text(s.type(), s.value());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a:\nb: 1\n", "a:    \nb: 1\n", "a: # komentar\nb: 1\n"})
  void anEmptyValueIsNull(String text) throws UnreadableInputException {
    YamlDocument d = YamlReader.parse(SourceFile.named("t.yaml"), text, YamlLimits.DEFAULTS);
    YScalar s = (YScalar) ((YMapping) d.root()).entry("a").value();
    assertEquals(ScalarType.NULL, s.type());
    assertEquals("", s.value());
  }
}
