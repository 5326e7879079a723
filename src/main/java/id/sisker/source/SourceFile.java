package id.sisker.source;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that was read, named as the user should see it (relative to the working directory where
 * possible, always with forward slashes so output is the same on every platform).
 */
public record SourceFile(String name, Path path) implements Comparable<SourceFile> {

  public SourceFile {
    Objects.requireNonNull(name, "name");
  }

  /**
   * Names {@code path} relative to {@code base}, as the user typed it: {@code ../x.yaml} stays
   * {@code ../x.yaml}. Only a path that shares nothing with {@code base} but the file-system root
   * ({@code /etc/x} from {@code /home/u}) is named absolutely.
   */
  public static SourceFile of(Path path, Path base) {
    Path abs = path.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    Path shown = abs;
    if (abs.startsWith(b)) {
      shown = b.relativize(abs);
    } else if (abs.getRoot() != null
        && abs.getRoot().equals(b.getRoot())
        && abs.getNameCount() > 0
        && b.getNameCount() > 0
        && abs.getName(0).equals(b.getName(0))) {
      shown = b.relativize(abs);
    }
    String name = shown.toString().replace('\\', '/');
    return new SourceFile(name.isEmpty() ? "." : name, abs);
  }

  /** A file known only by name (bundled resources, tests). */
  public static SourceFile named(String name) {
    return new SourceFile(name, null);
  }

  @Override
  public int compareTo(SourceFile o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }

  // Written out rather than left to the record: the record's are linked through invokedynamic on
  // first use, a cost a short run notices (ADR 0083). Same values as the record's.
  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile f && name.equals(f.name) && Objects.equals(path, f.path);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Objects.hashCode(path);
  }
}
