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

  /** The entry for {@code key}, or null. */
  public YEntry entry(String key) {
    for (YEntry e : entries) {
      if (e.key().value().equals(key)) {
        return e;
      }
    }
    return null;
  }
}
