package id.sisker.yaml;

import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A mapping whose keys are scalars, in document order, duplicates already removed.
 *
 * <p>Keys are held as their text and position, not as {@link YScalar} and {@link YEntry} objects: a
 * large daerah has millions of entries, and those two objects per entry were a third of the memory
 * a validation needs. {@link #entries()} and {@link #entry(String)} make them when asked; the
 * loader's hot paths use the indexed accessors instead.
 */
public final class YMapping extends Position implements YNode {

  private static final int[] NO_POSITIONS = new int[0];

  private final String[] keys;

  /** The keys' types, or null when every key is text (almost always). */
  private final ScalarType[] keyTypes;

  /** Four ints a key: line, column, end line, end column. */
  private final int[] keyPositions;

  private final SourceFile[] keyFiles;
  private final YNode[] values;

  public YMapping(List<YEntry> entries, Span span) {
    this(entries, span.file(), span.line(), span.column(), span.endLine(), span.endColumn());
  }

  /** Keys from another file than the mapping's (merged profiles) keep their own file. */
  YMapping(List<YEntry> entries, SourceFile file, int line, int column, int endLine, int endCol) {
    super(file, line, column, endLine, endCol);
    int n = entries.size();
    keys = new String[n];
    values = new YNode[n];
    keyPositions = n == 0 ? NO_POSITIONS : new int[4 * n];
    ScalarType[] types = null;
    SourceFile[] files = null;
    for (int i = 0; i < n; i++) {
      YEntry e = entries.get(i);
      YScalar k = e.key();
      keys[i] = k.value();
      values[i] = e.value();
      k.positionInto(keyPositions, 4 * i);
      if (k.type() != ScalarType.STRING) {
        types = types == null ? strings(n) : types;
        types[i] = k.type();
      }
      if (files == null && !k.file().equals(file)) {
        files = sameFile(n, file);
      }
      if (files != null) {
        files[i] = k.file();
      }
    }
    keyTypes = types;
    keyFiles = files;
  }

  private static ScalarType[] strings(int n) {
    ScalarType[] t = new ScalarType[n];
    java.util.Arrays.fill(t, ScalarType.STRING);
    return t;
  }

  private static SourceFile[] sameFile(int n, SourceFile f) {
    SourceFile[] a = new SourceFile[n];
    java.util.Arrays.fill(a, f);
    return a;
  }

  /** How many entries. */
  public int size() {
    return keys.length;
  }

  /** The text of the {@code i}-th key. */
  public String keyText(int i) {
    return keys[i];
  }

  /** The {@code i}-th key as a scalar (made when asked). */
  public YScalar key(int i) {
    int p = 4 * i;
    return new YScalar(
        keys[i],
        keyTypes == null ? ScalarType.STRING : keyTypes[i],
        keyFiles == null ? file() : keyFiles[i],
        keyPositions[p],
        keyPositions[p + 1],
        keyPositions[p + 2],
        keyPositions[p + 3]);
  }

  /** The {@code i}-th value. */
  public YNode value(int i) {
    return values[i];
  }

  /** The {@code i}-th entry (made when asked). */
  public YEntry entryAt(int i) {
    return new YEntry(key(i), values[i]);
  }

  /** The entries, in document order (made when asked; prefer the indexed accessors). */
  public List<YEntry> entries() {
    List<YEntry> out = new ArrayList<>(keys.length);
    for (int i = 0; i < keys.length; i++) {
      out.add(entryAt(i));
    }
    return Collections.unmodifiableList(out);
  }

  /** The position of {@code key} among the entries, or -1. */
  public int indexOf(String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public String shape() {
    return "mapping";
  }

  @Override
  public YNode child(String key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  /**
   * Where a key's value is, for findings about it: a scalar's own span; for a mapping or list
   * written below its key, from the key to the end of the value, so "this request lacks …" points
   * at the {@code permohonan:} line rather than at the first key inside it.
   */
  @Override
  public Span entrySpan(String key) {
    int i = indexOf(key);
    return i < 0 ? null : entrySpan(i);
  }

  /** As {@link #entrySpan(String)}, for the {@code i}-th entry. */
  public Span entrySpan(int i) {
    YNode v = values[i];
    Span vs = v.span();
    if (v instanceof YScalar) {
      return vs;
    }
    int p = 4 * i;
    return new Span(
        keyFiles == null ? file() : keyFiles[i],
        keyPositions[p],
        keyPositions[p + 1],
        vs.endLine(),
        vs.endColumn());
  }

  /** The entry for {@code key}, or null. */
  public YEntry entry(String key) {
    int i = indexOf(key);
    return i < 0 ? null : entryAt(i);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YMapping m && entries().equals(m.entries()) && samePosition(m);
  }

  @Override
  public int hashCode() {
    return entries().hashCode() * 31 + positionHash();
  }

  @Override
  public String toString() {
    return "YMapping[" + entries() + ", " + span() + "]";
  }
}
