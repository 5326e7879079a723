package id.sisker.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a path stays inside a folder, decided on real paths (after symlinks) as well as on the
 * written form, so neither {@code ../} nor a symlink leads a daerah's data out of its folder.
 */
public final class Containment {

  private Containment() {}

  /**
   * Whether {@code written}, a path as written in a daerah file and relative to {@code dir}, names
   * something inside {@code dir}: not absolute, no {@code ..} leaving it, and, when it exists, its
   * real path inside the real path of {@code dir}.
   */
  public static boolean inside(Path dir, String written) {
    String w = written.replace('\\', '/');
    if (w.startsWith("/") || w.matches("^[A-Za-z]:.*")) {
      return false;
    }
    Path target;
    try {
      target = dir.resolve(w).normalize();
    } catch (InvalidPathException e) {
      return false;
    }
    return inside(dir, target);
  }

  /** Whether {@code target} lies inside {@code dir}, lexically and after following symlinks. */
  public static boolean inside(Path dir, Path target) {
    Path d = dir.toAbsolutePath().normalize();
    Path t = target.toAbsolutePath().normalize();
    if (!t.startsWith(d)) {
      return false;
    }
    if (!Files.exists(t, LinkOption.NOFOLLOW_LINKS)) {
      return true; // nothing there to lead anywhere; reading it reports that it is missing
    }
    try {
      return t.toRealPath().startsWith(d.toRealPath());
    } catch (IOException e) {
      // A broken or looping link: it leads nowhere readable, so nothing outside is read through it.
      return true;
    }
  }

  /** Whether {@code a} and {@code b} are the same existing file (after symlinks). */
  public static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
