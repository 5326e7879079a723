package id.sisker.yaml;

import id.sisker.source.Span;

/**
 * A scalar exactly as written (no conversion, so {@code 14.10} stays {@code "14.10"} and an
 * 18-digit NIP keeps its digits), with the type YAML 1.2's core schema gives it.
 */
public record YScalar(String value, ScalarType type, Span span) implements YNode {

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  @Override
  public String shape() {
    return type.shape();
  }
}
