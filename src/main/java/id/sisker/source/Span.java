package id.sisker.source;

import java.util.Comparator;
import java.util.Objects;

/**
 * A range in a source file; lines and columns are 1-based (snakeyaml's 0-based marks are converted
 * once, in the yaml package).
 */
public record Span(SourceFile file, int line, int column, int endLine, int endColumn)
    implements Comparable<Span> {

  private static final Comparator<Span> ORDER =
      Comparator.comparing(Span::file)
          .thenComparingInt(Span::line)
          .thenComparingInt(Span::column)
          .thenComparingInt(Span::endLine)
          .thenComparingInt(Span::endColumn);

  public Span {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("span is 1-based: " + line + ":" + column);
    }
  }

  /** A whole file, for problems that have no better position. */
  public static Span ofFile(SourceFile file) {
    return new Span(file, 1, 1, 1, 1);
  }

  public static Span at(SourceFile file, int line, int column) {
    return new Span(file, line, column, line, column);
  }

  /** {@code file:line:col}, the form editors and CI annotations understand. */
  public String position() {
    return file.name() + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(Span o) {
    return ORDER.compare(this, o);
  }

  @Override
  public String toString() {
    return position();
  }
}
