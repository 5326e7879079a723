package id.sisker.yaml;

import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.util.Objects;

/**
 * A scalar exactly as written (no conversion, so {@code 14.10} stays {@code "14.10"} and an
 * 18-digit NIP keeps its digits), with the type YAML 1.2's core schema gives it.
 */
public final class YScalar extends Position implements YNode {

  private final String value;
  private final ScalarType type;

  public YScalar(String value, ScalarType type, Span span) {
    super(span);
    this.value = Objects.requireNonNull(value, "value");
    this.type = Objects.requireNonNull(type, "type");
  }

  YScalar(
      String value,
      ScalarType type,
      SourceFile file,
      int line,
      int column,
      int endLine,
      int endColumn) {
    super(file, line, column, endLine, endColumn);
    this.value = value;
    this.type = type;
  }

  public String value() {
    return value;
  }

  public ScalarType type() {
    return type;
  }

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  @Override
  public String shape() {
    return type.shape();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YScalar s && value.equals(s.value) && type == s.type && samePosition(s);
  }

  @Override
  public int hashCode() {
    return (value.hashCode() * 31 + type.hashCode()) * 31 + positionHash();
  }

  @Override
  public String toString() {
    return "YScalar[" + value + ", " + type + ", " + span() + "]";
  }
}
