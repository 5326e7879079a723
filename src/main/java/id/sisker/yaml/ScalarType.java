package id.sisker.yaml;

import java.util.regex.Pattern;

/**
 * The type of a scalar under the YAML 1.2 core schema, the one editors (yaml-language-server) and
 * the emitted JSON Schema assume. An unquoted {@code 2024-03-01} is a string here, not a date.
 */
public enum ScalarType {
  STRING("string"),
  INTEGER("integer"),
  FLOAT("number"),
  BOOLEAN("boolean"),
  NULL("null");

  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern FLOAT_P =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private final String shape;

  ScalarType(String shape) {
    this.shape = shape;
  }

  public String shape() {
    return shape;
  }

  /** Resolves a plain (unquoted) scalar; quoted and block scalars are always strings. */
  public static ScalarType resolvePlain(String v) {
    switch (v) {
      case "", "~", "null", "Null", "NULL":
        return NULL;
      case "true", "True", "TRUE", "false", "False", "FALSE":
        return BOOLEAN;
      default:
        break;
    }
    char c = v.charAt(0);
    if (!(c >= '0' && c <= '9') && c != '-' && c != '+' && c != '.') {
      return STRING;
    }
    if (INT.matcher(v).matches()) {
      return INTEGER;
    }
    if (FLOAT_P.matcher(v).matches()) {
      return FLOAT;
    }
    return STRING;
  }
}
