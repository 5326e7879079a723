package id.sisker.yaml;

import id.sisker.source.SourceFile;
import id.sisker.source.Span;

/**
 * Where a node is, held as plain fields in the node rather than as a {@link Span} object: a large
 * daerah has millions of nodes, and a separate span each was the largest single share of the memory
 * a validation needs. The span is made when asked for, which is rare (findings, diagrams).
 */
abstract sealed class Position permits YScalar, YMapping, YSequence {

  private final SourceFile file;
  private final int line;
  private final int column;
  private final int endLine;
  private final int endColumn;

  Position(Span span) {
    this(span.file(), span.line(), span.column(), span.endLine(), span.endColumn());
  }

  Position(SourceFile file, int line, int column, int endLine, int endColumn) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  final SourceFile file() {
    return file;
  }

  /** Writes line, column, end line and end column into {@code to} from {@code at}. */
  final void positionInto(int[] to, int at) {
    to[at] = line;
    to[at + 1] = column;
    to[at + 2] = endLine;
    to[at + 3] = endColumn;
  }

  public final Span span() {
    return new Span(file, line, column, endLine, endColumn);
  }

  final boolean samePosition(Position o) {
    return file.equals(o.file)
        && line == o.line
        && column == o.column
        && endLine == o.endLine
        && endColumn == o.endColumn;
  }

  final int positionHash() {
    return ((file.hashCode() * 31 + line) * 31 + column) * 31 + endLine * 7 + endColumn;
  }
}
