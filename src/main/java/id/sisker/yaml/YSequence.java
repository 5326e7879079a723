package id.sisker.yaml;

import id.sisker.source.Span;
import java.util.List;

/** A sequence in document order. */
public record YSequence(List<YNode> items, Span span) implements YNode {

  public YSequence {
    items = List.copyOf(items);
  }

  @Override
  public YNode item(int index) {
    return index < items.size() ? items.get(index) : null;
  }

  @Override
  public String shape() {
    return "sequence";
  }
}
