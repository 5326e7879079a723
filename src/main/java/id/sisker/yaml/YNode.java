package id.sisker.yaml;

import id.sisker.source.Span;

/** A node of the lean YAML tree: a scalar, a mapping or a sequence, each with its span. */
public sealed interface YNode permits YScalar, YMapping, YSequence {

  Span span();

  /** A short English/Indonesian-neutral word for messages: {@code teks}, {@code pemetaan}, … */
  String shape();
}
