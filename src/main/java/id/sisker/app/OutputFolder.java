package id.sisker.app;

import id.sisker.finding.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only way sisker writes files: inside one output folder, never over an existing file unless
 * forced, and atomically (written beside the target, then moved), so a reader never sees half a
 * file and an interrupted run leaves the old file intact.
 *
 * <p>"Inside" is decided on real paths: a symlinked folder within the output folder does not lead a
 * write out of it. The one exception is a path the user typed on the command line ({@link #given}):
 * CI passes report paths such as {@code $RUNNER_TEMP/x.sarif}, and the user's own word is honoured
 * wherever it points. Names derived from data (diagrams, letters) always use {@link #resolve}.
 * Whatever the path, sisker writes only onto a regular file or a new one, and never onto a file it
 * read as input ({@link #protect}).
 */
public final class OutputFolder {

  private final Path root;
  private final boolean force;
  private final Set<Path> given = ConcurrentHashMap.newKeySet();
  private final List<Path> inputs = new java.util.concurrent.CopyOnWriteArrayList<>();

  public OutputFolder(Path root, boolean force) {
    this.root = root.toAbsolutePath().normalize();
    this.force = force;
  }

  public Path root() {
    return root;
  }

  /**
   * A write sisker refuses, with the reason as a message key ({@code tulis.*}) and its arguments,
   * so the command line can say it in the user's language.
   */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Message reason;

    Refused(Message reason) {
      super(reason.key() + " " + reason.args());
      this.reason = reason;
    }

    public Message reason() {
      return reason;
    }
  }

  /** {@code name} resolved inside the folder, or empty if it would leave it (also via symlinks). */
  public Optional<Path> resolve(String name) {
    Path p;
    try {
      p = root.resolve(name).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    return p.startsWith(root) && !p.equals(root) && realInside(p)
        ? Optional.of(p)
        : Optional.empty();
  }

  /**
   * A path typed on the command line (relative paths are relative to this folder): honoured
   * wherever it points, since the user named it; still never onto an input or a non-regular file.
   */
  public Optional<Path> given(String typed) {
    Path p;
    try {
      p = root.resolve(typed).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (p.equals(root) || p.getFileName() == null) {
      return Optional.empty();
    }
    given.add(p);
    return Optional.of(p);
  }

  /** Files sisker read in this run: never written over, whatever the path and even with --force. */
  public void protect(Collection<Path> files) {
    inputs.addAll(files);
  }

  /** Whether writing {@code target} would overwrite a file without --force. */
  public boolean blocked(Path target) {
    return !force && Files.exists(target, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Why {@code target} may not be written, if it may not: outside the folder (unless typed by the
   * user), not a regular file, or one of the inputs. Existing files and --force are {@link
   * #blocked}'s concern.
   */
  public Optional<Message> refusal(Path target) {
    Path t = target.toAbsolutePath().normalize();
    if (!given.contains(t) && !(t.startsWith(root) && realInside(t))) {
      return Optional.of(Message.of("tulis.di-luar", t.toString(), root.toString()));
    }
    if (Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        return Optional.of(Message.of("tulis.bukan-biasa", t.toString()));
      }
      if (!a.isRegularFile()) {
        return Optional.of(Message.of("tulis.bukan-biasa", t.toString()));
      }
      for (Path in : inputs) {
        try {
          if (Files.exists(in) && Files.isSameFile(in, t)) {
            return Optional.of(Message.of("tulis.masukan", t.toString()));
          }
        } catch (IOException e) {
          // cannot compare: not the same file as far as we can tell
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the nearest existing ancestor of {@code p}, followed through symlinks, is still inside
   * the real output folder (a folder that does not exist yet is created by the write).
   */
  private boolean realInside(Path p) {
    Path parent = p.getParent();
    // realOrSelf follows symlinks of the part that exists and keeps the rest as written, so an
    // output folder that does not exist yet (created by the first write) still contains its files.
    return parent != null && realOrSelf(parent).startsWith(realOrSelf(root));
  }

  private static Path realOrSelf(Path p) {
    Path q = p;
    List<Path> rest = new ArrayList<>();
    while (q != null && !Files.exists(q)) {
      rest.add(0, q.getFileName());
      q = q.getParent();
    }
    if (q == null) {
      return p;
    }
    try {
      Path real = q.toRealPath();
      for (Path r : rest) {
        real = real.resolve(r);
      }
      return real;
    } catch (IOException e) {
      return p;
    }
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  /** Writes text as UTF-8; a lone surrogate (it cannot be encoded) becomes U+FFFD. */
  public void write(Path target, String content) throws IOException {
    write(target, wellFormed(content).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes bytes (images, documents) with the same rules as text. */
  public void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /** Content written to a stream: binary files (XLSX) and large files never held as one array. */
  @FunctionalInterface
  public interface Content {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /** Writes streamed content with the same rules as text: refusals, no overwrite, atomic. */
  public void write(Path target, Content content) throws IOException {
    Path t = target.toAbsolutePath().normalize();
    Optional<Message> no = refusal(t);
    if (no.isPresent()) {
      throw new Refused(no.get());
    }
    if (blocked(t)) {
      throw new FileAlreadyExistsException(t.toString());
    }
    try {
      writeAtomically(t, content);
    } catch (java.nio.file.FileSystemException e) {
      // Name the file the user asked for, not the temporary file beside it.
      String reason = e.getReason();
      throw e instanceof java.nio.file.AccessDeniedException
          ? new java.nio.file.AccessDeniedException(t.toString(), null, reason)
          : e instanceof java.nio.file.NoSuchFileException
              ? new java.nio.file.NoSuchFileException(t.toString(), null, reason)
              : new java.nio.file.FileSystemException(t.toString(), null, reason);
    }
  }

  private static void writeAtomically(Path t, Content content) throws IOException {
    Path dir = t.getParent();
    Files.createDirectories(dir);
    // Not createTempFile: it makes the file owner-only, and a report should get the same
    // permissions (umask) as any file the user creates there.
    Path tmp = null;
    for (int i = 0; tmp == null; i++) {
      Path c = dir.resolve(".sisker-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        tmp = Files.createFile(c);
      } catch (FileAlreadyExistsException e) {
        if (i >= 100) {
          throw e;
        }
      }
    }
    try {
      try (java.io.OutputStream out =
          new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, t, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, t, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** {@code s} with every unpaired surrogate replaced by U+FFFD, so it can be encoded. */
  static String wellFormed(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (b != null) {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = !Character.isLowSurrogate(c);
      }
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (b != null) {
        b.append(ok ? c : '\uFFFD');
      }
    }
    return b == null ? s : b.toString();
  }
}
