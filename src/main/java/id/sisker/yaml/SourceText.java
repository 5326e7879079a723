package id.sisker.yaml;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file's bytes and decodes them as strict UTF-8 (a byte-order mark is allowed and dropped).
 * Size is checked before reading, binary content and invalid bytes are refused with the line they
 * are on, so the parser only ever sees text.
 */
public final class SourceText {

  public static final RuleId TOO_LARGE = RuleId.of("berkas.terlalu-besar");
  public static final RuleId BINARY = RuleId.of("berkas.biner");
  public static final RuleId NOT_UTF8 = RuleId.of("berkas.bukan-utf8");
  public static final RuleId UNREADABLE = RuleId.of("berkas.tidak-terbaca");

  private SourceText() {}

  public static String read(SourceFile file, YamlLimits limits) throws UnreadableInputException {
    return readChars(file, limits).toString();
  }

  /**
   * The decoded text without making a String of it: the YAML reader scans an array, and a large
   * daerah's 40 MB would otherwise be copied twice more (to a String, and back to an array).
   */
  static CharBuffer readChars(SourceFile file, YamlLimits limits) throws UnreadableInputException {
    return decodeChars(file, readBytes(file, limits));
  }

  /** The file's bytes, refused as {@link #readChars} refuses them before decoding. */
  static byte[] readBytes(SourceFile file, YamlLimits limits) throws UnreadableInputException {
    byte[] bytes;
    try {
      // Only regular files are opened: a FIFO or socket would block the run forever, a device
      // would feed it endless or meaningless bytes.
      BasicFileAttributes attrs = Files.readAttributes(file.path(), BasicFileAttributes.class);
      if (!attrs.isRegularFile()) {
        throw new UnreadableInputException(
            fatal(
                UNREADABLE,
                Span.ofFile(file),
                Message.of("berkas.bukan-biasa", file.name(), kind(file.path())),
                Message.of("berkas.bukan-biasa.saran")));
      }
      long size = attrs.size();
      if (size > limits.maxFileBytes()) {
        throw tooLarge(file, size, limits.maxFileBytes());
      }
      try (InputStream in = Files.newInputStream(file.path())) {
        // Read at most one byte past the limit: the file may have grown since size() was asked.
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
      }
      if (bytes.length > limits.maxFileBytes()) {
        throw tooLarge(file, bytes.length, limits.maxFileBytes());
      }
    } catch (NoSuchFileException e) {
      throw new UnreadableInputException(
          fatal(UNREADABLE, Span.ofFile(file), Message.of("berkas.tidak-ada", file.name()), null));
    } catch (IOException e) {
      throw new UnreadableInputException(
          fatal(
              UNREADABLE,
              Span.ofFile(file),
              Message.of("berkas.tidak-terbaca", file.name(), String.valueOf(e.getMessage())),
              null));
    }
    return bytes;
  }

  /**
   * The message naming what kind of file {@code p} is when it is not a regular file: folder, FIFO,
   * socket, character or block device (from the Unix file mode where the platform has one).
   */
  static Message kind(Path p) {
    if (Files.isDirectory(p)) {
      return Message.of("berkas.jenis.folder");
    }
    try {
      int mode = ((Number) Files.getAttribute(p, "unix:mode")).intValue() & 0170000;
      switch (mode) {
        case 0010000:
          return Message.of("berkas.jenis.fifo");
        case 0140000:
          return Message.of("berkas.jenis.socket");
        case 0020000:
          return Message.of("berkas.jenis.perangkat-karakter");
        case 0060000:
          return Message.of("berkas.jenis.perangkat-blok");
        default:
          return Message.of("berkas.jenis.khusus");
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return Message.of("berkas.jenis.khusus");
    }
  }

  /** Decodes {@code bytes} as strict UTF-8. */
  public static String decode(SourceFile file, byte[] bytes) throws UnreadableInputException {
    return decodeChars(file, bytes).toString();
  }

  /** Decodes {@code bytes} as strict UTF-8; the buffer is flipped (position 0, limit the end). */
  static CharBuffer decodeChars(SourceFile file, byte[] bytes) throws UnreadableInputException {
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
    }
    if (bytes.length >= 4
        && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe && bytes[2] == 0 && bytes[3] == 0
            || bytes[0] == 0
                && bytes[1] == 0
                && (bytes[2] & 0xff) == 0xfe
                && (bytes[3] & 0xff) == 0xff)) {
      throw new UnreadableInputException(
          fatal(
              NOT_UTF8,
              Span.ofFile(file),
              Message.of("berkas.utf32", file.name()),
              Message.of("berkas.bukan-utf8.saran")));
    }
    if (bytes.length >= 2
        && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
            || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
      throw new UnreadableInputException(
          fatal(
              NOT_UTF8,
              Span.ofFile(file),
              Message.of("berkas.utf16", file.name()),
              Message.of("berkas.bukan-utf8.saran")));
    }
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UnreadableInputException(
            fatal(
                BINARY,
                position(file, bytes, start, i),
                Message.of("berkas.biner", file.name()),
                Message.of("berkas.biner.saran")));
      }
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      int at = in.position();
      throw new UnreadableInputException(
          fatal(
              NOT_UTF8,
              position(file, bytes, start, at),
              Message.of(
                  "berkas.bukan-utf8", file.name(), String.format("0x%02X", bytes[at] & 0xff), at),
              Message.of("berkas.bukan-utf8.saran")));
    }
    dec.flush(out);
    out.flip();
    return out;
  }

  /**
   * The line and column of byte {@code offset}, counted as the YAML reader counts them for every
   * other finding (after the byte-order mark; CR LF, lone CR and the other YAML line breaks end a
   * line; one column per character), so positions agree whichever stage reports them. Bytes that
   * are not UTF-8 count as one character each.
   */
  private static Span position(SourceFile file, byte[] bytes, int start, int offset) {
    String before = new String(bytes, start, Math.max(0, offset - start), StandardCharsets.UTF_8);
    // The offending byte follows (never a line feed), so a CR just before it ends a line.
    int[] lc =
        new TextReader(before + "\u0000").lineColumn(before.codePointCount(0, before.length()));
    return Span.at(file, lc[0] + 1, lc[1] + 1);
  }

  private static UnreadableInputException tooLarge(SourceFile file, long size, long limit) {
    return new UnreadableInputException(
        fatal(
            TOO_LARGE,
            Span.ofFile(file),
            Message.of("berkas.terlalu-besar", file.name(), mib(size), mib(limit)),
            Message.of("berkas.terlalu-besar.saran", (size / (1024 * 1024)) + 1)));
  }

  private static String mib(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }

  static Finding fatal(RuleId rule, Span span, Message msg, Message hint) {
    Finding.Builder b = Finding.builder(rule, Severity.ERROR, msg).span(span).fatal();
    if (hint != null) {
      b.hint(hint);
    }
    return b.build();
  }
}
