package id.sisker.yaml;

import java.io.Reader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * snakeyaml's reader over text that is already in memory. snakeyaml's own {@link StreamReader}
 * reads 1 KiB at a time and copies its whole window on every read; while the scanner looks ahead
 * through one long token (a value without spaces) that window is the whole token, so the time grows
 * with the square of its length and one 30 MB value takes many minutes. This reader keeps the code
 * points in one array and only moves an index. Lines and columns are counted exactly as snakeyaml
 * counts them.
 */
final class TextReader extends StreamReader {

  private static final int[] NO_SNIPPET = new int[0];

  /**
   * The text's chars when it has none outside the BMP: then index = code point. An array rather
   * than the String: the scanner reads every char several times, and {@code String.charAt} (coder
   * test, bounds check, two calls) was an eighth of a large validation's CPU.
   */
  private final char[] bmp;

  /** Otherwise its code points. */
  private final int[] text;

  private final int length;
  private int pointer;
  private int index;
  private int documentIndex;
  private int line;
  private int column;

  TextReader(String s) {
    this(s.toCharArray(), s.length());
  }

  /**
   * Reads the first {@code n} chars of {@code chars}, which it keeps (the caller lets go of them).
   */
  TextReader(char[] chars, int n) {
    super(Reader.nullReader());
    boolean surrogates = false;
    for (int i = 0; i < n && !surrogates; i++) {
      surrogates = Character.isSurrogate(chars[i]);
    }
    if (!surrogates) {
      this.bmp = chars;
      this.text = null;
      this.length = n;
      return;
    }
    int[] cps = new int[n];
    int count = 0;
    for (int i = 0; i < n; ) {
      int c = Character.codePointAt(chars, i, n);
      cps[count++] = c;
      i += Character.charCount(c);
    }
    this.bmp = null;
    this.text = cps;
    this.length = count;
  }

  private int at(int i) {
    return bmp != null ? bmp[i] : text[i];
  }

  /** The index of the first code point YAML does not allow in a stream, or -1. */
  int firstNonPrintable() {
    for (int i = 0; i < length; i++) {
      if (!isPrintable(at(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The code point at {@code index}. */
  int codePointAt(int index) {
    return at(index);
  }

  /** 0-based line and column of code point {@code target}, counted as {@link #forward} does. */
  int[] lineColumn(int target) {
    int l = 0;
    int c = 0;
    for (int i = 0; i < target && i < length; i++) {
      int ch = at(i);
      if (breaksLine(ch, i + 1)) {
        l++;
        c = 0;
      } else if (ch != '\uFEFF') {
        c++;
      }
    }
    return new int[] {l, c};
  }

  private boolean breaksLine(int ch, int next) {
    if (ch > '\r' && ch < 0x85) {
      return false; // the common case, without a look-up
    }
    return Constant.LINEBR.has(ch) || ch == '\r' && next < length && at(next) != '\n';
  }

  /**
   * The last mark made, and where: the scanner asks several times at one place (Mark is immutable).
   */
  private Mark mark;

  private int markIndex = -1;

  @Override
  public Mark getMark() {
    if (mark == null || markIndex != index) {
      // The buffer only serves snakeyaml's own error snippets, which sisker does not show.
      mark =
          text != null
              ? new Mark("'string'", index, line, column, text, pointer)
              : new Mark("'string'", index, line, column, NO_SNIPPET, 0);
      markIndex = index;
    }
    return mark;
  }

  @Override
  public void forward() {
    forward(1);
  }

  @Override
  public void forward(int n) {
    for (int i = 0; i < n && pointer < length; i++) {
      int ch = at(pointer++);
      index++;
      documentIndex++;
      if (breaksLine(ch, pointer)) {
        line++;
        column = 0;
      } else if (ch != '\uFEFF') {
        column++;
      }
    }
  }

  @Override
  public int peek() {
    return peek(0);
  }

  @Override
  public int peek(int ahead) {
    int at = pointer + ahead;
    return at >= 0 && at < length ? at(at) : 0;
  }

  @Override
  public String prefix(int n) {
    if (n == 0 || pointer >= length) {
      return "";
    }
    int end = pointer + Math.min(n, length - pointer);
    return bmp != null
        ? new String(bmp, pointer, end - pointer)
        : new String(text, pointer, end - pointer);
  }

  @Override
  public String prefixForward(int n) {
    String p = prefix(n);
    pointer += n;
    index += n;
    documentIndex += n;
    column += n;
    return p;
  }

  @Override
  public int getColumn() {
    return column;
  }

  @Override
  public int getDocumentIndex() {
    return documentIndex;
  }

  @Override
  public void resetDocumentIndex() {
    documentIndex = 0;
  }

  @Override
  public int getIndex() {
    return index;
  }

  @Override
  public int getLine() {
    return line;
  }
}
