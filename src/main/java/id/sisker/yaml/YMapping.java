package id.sisker.yaml;

import id.sisker.source.Span;
import java.util.List;

/** A mapping whose keys are scalars, in document order, duplicates already removed. */
public record YMapping(List<YEntry> entries, Span span) implements YNode {

  public YMapping {
    entries = List.copyOf(entries);
  }

  @Override
  public String shape() {
    return "mapping";
  }

  @Override
  public YNode child(String key) {
    YEntry e = entry(key);
    return e == null ? null : e.value();
  }

  /**
   * Where a key's value is, for findings about it: a scalar's own span; for a mapping or list
   * written below its key, from the key to the end of the value, so "this request lacks …" points
   * at the {@code permohonan:} line rather than at the first key inside it.
   */
  @Override
  public Span entrySpan(String key) {
    YEntry e = entry(key);
    return e == null ? null : e.span();
  }

  /** The entry for {@code key}, or null. */
  public YEntry entry(String key) {
    for (int i = 0; i < entries.size(); i++) {
      YEntry e = entries.get(i);
      if (e.key().value().equals(key)) {
        return e;
      }
    }
    return null;
  }
}
