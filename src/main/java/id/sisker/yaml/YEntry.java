package id.sisker.yaml;

import id.sisker.source.Span;

/** One key and its value. */
public record YEntry(YScalar key, YNode value) {

  /**
   * Where findings about this entry point: a scalar's own span; for a mapping or list written below
   * its key, from the key to the end of the value.
   */
  public Span span() {
    Span v = value.span();
    if (value instanceof YScalar) {
      return v;
    }
    Span k = key.span();
    return new Span(k.file(), k.line(), k.column(), v.endLine(), v.endColumn());
  }
}
