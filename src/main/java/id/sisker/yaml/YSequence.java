package id.sisker.yaml;

import id.sisker.source.Span;
import java.util.List;

/** A sequence in document order. */
public record YSequence(List<YNode> items, Span span) implements YNode {

  public YSequence {
    items = List.copyOf(items);
  }

  @Override
  public String shape() {
    return "sequence";
  }
}
