package id.sisker.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The only way sisker writes files: inside one output folder, never over an existing file unless
 * forced, and atomically (written beside the target, then moved), so a reader never sees half a
 * file and an interrupted run leaves the old file intact.
 */
public final class OutputFolder {

  private final Path root;
  private final boolean force;

  public OutputFolder(Path root, boolean force) {
    this.root = root.toAbsolutePath().normalize();
    this.force = force;
  }

  public Path root() {
    return root;
  }

  /** {@code name} resolved inside the folder, or empty if it would leave it. */
  public Optional<Path> resolve(String name) {
    Path p = root.resolve(name).normalize();
    return p.startsWith(root) && !p.equals(root) ? Optional.of(p) : Optional.empty();
  }

  /** Whether writing {@code target} would overwrite a file without --force. */
  public boolean blocked(Path target) {
    return !force && Files.exists(target);
  }

  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  public void write(Path target, String content) throws IOException {
    if (!target.toAbsolutePath().normalize().startsWith(root)) {
      throw new IOException("outside the output folder: " + target);
    }
    if (blocked(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path dir = target.getParent();
    Files.createDirectories(dir);
    // Not createTempFile: it makes the file owner-only, and a report should get the same
    // permissions (umask) as any file the user creates there.
    Path tmp = null;
    for (int i = 0; tmp == null; i++) {
      Path t = dir.resolve(".sisker-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        tmp = Files.createFile(t);
      } catch (FileAlreadyExistsException e) {
        if (i >= 100) {
          throw e;
        }
      }
    }
    try {
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Content written to a stream: binary files (XLSX) and large files never held as one String. */
  @FunctionalInterface
  public interface Content {
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target} with the same guarantees as {@link #write(Path,
   * String)}: inside the folder, no overwrite without force, atomic.
   */
  public void write(Path target, Content content) throws IOException {
    if (!target.toAbsolutePath().normalize().startsWith(root)) {
      throw new IOException("outside the output folder: " + target);
    }
    if (blocked(target)) {
      throw new FileAlreadyExistsException(target.toString());
    }
    Path dir = target.getParent();
    Files.createDirectories(dir);
    Path tmp = null;
    for (int i = 0; tmp == null; i++) {
      Path t = dir.resolve(".sisker-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
      try {
        tmp = Files.createFile(t);
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
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
