package id.sisker.yaml;

import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.util.List;

/** A sequence in document order. */
public final class YSequence extends Position implements YNode {

  private final List<YNode> items;

  public YSequence(List<YNode> items, Span span) {
    super(span);
    this.items = List.copyOf(items);
  }

  YSequence(List<YNode> items, SourceFile file, int line, int column, int endLine, int endCol) {
    super(file, line, column, endLine, endCol);
    this.items = List.copyOf(items);
  }

  public List<YNode> items() {
    return items;
  }

  @Override
  public YNode item(int index) {
    return index < items.size() ? items.get(index) : null;
  }

  @Override
  public String shape() {
    return "sequence";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YSequence s && items.equals(s.items) && samePosition(s);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + positionHash();
  }

  @Override
  public String toString() {
    return "YSequence[" + items + ", " + span() + "]";
  }
}
