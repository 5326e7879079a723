package id.sisker.format;

import java.util.List;
import java.util.Optional;

/**
 * A scalar type: its kind plus the constraints the schema can state (enumeration, pattern, range).
 *
 * @param name the name of a named type (enumerations), used for the schema's {@code $defs}
 */
public record ScalarSpec(
    String name,
    ScalarKind kind,
    List<EnumValue> values,
    Optional<String> pattern,
    Optional<Integer> min,
    Optional<Integer> max)
    implements Type {

  public ScalarSpec {
    values = List.copyOf(values);
  }

  public static ScalarSpec of(ScalarKind kind) {
    return new ScalarSpec(
        kind.name().toLowerCase(java.util.Locale.ROOT),
        kind,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public static ScalarSpec integer(int min, Integer max) {
    return new ScalarSpec(
        "integer",
        ScalarKind.INTEGER,
        List.of(),
        Optional.empty(),
        Optional.of(min),
        Optional.ofNullable(max));
  }

  public static ScalarSpec code(String pattern) {
    return new ScalarSpec(
        "code",
        ScalarKind.CODE,
        List.of(),
        Optional.of(pattern),
        Optional.empty(),
        Optional.empty());
  }

  public static ScalarSpec enumeration(String name, List<EnumValue> values) {
    return new ScalarSpec(
        name, ScalarKind.ENUM, values, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public List<String> valueNames() {
    return values.stream().map(EnumValue::value).toList();
  }
}
