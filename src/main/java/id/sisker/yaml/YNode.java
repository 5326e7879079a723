package id.sisker.yaml;

import id.sisker.source.SourceMap;
import id.sisker.source.Span;

/** A node of the lean YAML tree: a scalar, a mapping or a sequence, each with its span. */
public sealed interface YNode extends SourceMap.Tree permits YScalar, YMapping, YSequence {

  @Override
  Span span();

  @Override
  default YNode child(String key) {
    return null;
  }

  @Override
  default Span entrySpan(String key) {
    return null;
  }

  @Override
  default YNode item(int index) {
    return null;
  }

  /** A short English/Indonesian-neutral word for messages: {@code teks}, {@code pemetaan}, … */
  String shape();
}
