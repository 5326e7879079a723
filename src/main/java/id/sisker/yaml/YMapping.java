package id.sisker.yaml;

import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.util.List;

/** A mapping whose keys are scalars, in document order, duplicates already removed. */
public final class YMapping extends Position implements YNode {

  private final List<YEntry> entries;

  public YMapping(List<YEntry> entries, Span span) {
    super(span);
    this.entries = List.copyOf(entries);
  }

  YMapping(List<YEntry> entries, SourceFile file, int line, int column, int endLine, int endCol) {
    super(file, line, column, endLine, endCol);
    this.entries = List.copyOf(entries);
  }

  public List<YEntry> entries() {
    return entries;
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

  @Override
  public boolean equals(Object o) {
    return o instanceof YMapping m && entries.equals(m.entries) && samePosition(m);
  }

  @Override
  public int hashCode() {
    return entries.hashCode() * 31 + positionHash();
  }

  @Override
  public String toString() {
    return "YMapping[" + entries + ", " + span() + "]";
  }
}
