package id.sisker.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.Set;

/**
 * The end of a run that ran out of memory: what was being read (files and bytes of the inputs on
 * the command line), the heap the JVM had, and how to give it more through {@code SISKER_OPTS} or
 * {@code JAVA_OPTS} (which {@code ./sisker} passes to java) — exit 3, never "unreadable input" (ADR
 * 0073). Found anywhere in a failure's causes, so an error from a worker thread counts too.
 */
final class OutOfMemory {

  private OutOfMemory() {}

  /** Options whose value is a file sisker writes, not one it reads. */
  private static final Set<String> OUTPUTS = Set.of("-o", "--output", "--out", "--output-dir");

  /** Most files counted, so that counting never takes long (a daerah has at most 10,000). */
  private static final int MAX_COUNTED = 100_000;

  /** Whether {@code t} or one of its causes or suppressed errors is an OutOfMemoryError. */
  static boolean in(Throwable t) {
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
      for (Throwable s : t.getSuppressed()) {
        if (s instanceof OutOfMemoryError) {
          return true;
        }
      }
    }
    return false;
  }

  /** The inputs named on a command line: files, and directories with everything under them. */
  record Inputs(long files, long bytes) {}

  /**
   * The files and bytes of every argument that names an existing file or directory (resolved
   * against {@code workingDir}), except the values of output options.
   */
  static Inputs measure(String[] args, Path workingDir) {
    long[] count = {0, 0};
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (OUTPUTS.contains(a)) {
        i++;
        continue;
      }
      if (a.startsWith("-") || a.isEmpty()) {
        continue;
      }
      Path p;
      try {
        p = workingDir.resolve(a);
      } catch (InvalidPathException e) {
        continue;
      }
      if (!Files.exists(p)) {
        continue;
      }
      try {
        Files.walkFileTree(
            p,
            new SimpleFileVisitor<>() {
              @Override
              public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                  count[0]++;
                  count[1] += attrs.size();
                }
                return count[0] >= MAX_COUNTED
                    ? FileVisitResult.TERMINATE
                    : FileVisitResult.CONTINUE;
              }

              @Override
              public FileVisitResult visitFileFailed(Path f, IOException e) {
                return FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException | UncheckedIOException | SecurityException e) {
        // what could be counted is counted
      }
    }
    return new Inputs(count[0], count[1]);
  }

  /**
   * Prints the explanation to {@code env.err()} in {@code lang} and returns {@link
   * ExitCodes#OUT_OF_MEMORY}.
   */
  static int report(Env env, String lang, String[] args, Throwable e, boolean debug) {
    id.sisker.finding.Messages m = id.sisker.finding.Messages.forLanguage(lang);
    Inputs in = measure(args, env.workingDir());
    long heap = Runtime.getRuntime().maxMemory();
    env.err()
        .println(
            m.format(
                "cli.memori", Long.toString(in.files()), size(in.bytes(), lang), size(heap, lang)));
    env.err().println(m.format("cli.memori.saran", suggestion(heap)));
    if (debug) {
      e.printStackTrace(env.err());
    }
    env.err().flush();
    return ExitCodes.OUT_OF_MEMORY;
  }

  /** A heap to try: at least twice the present one, as {@code -Xmx} writes it. */
  static String suggestion(long heapBytes) {
    long mib = Math.max(1024, 2 * (heapBytes >> 20));
    long gib = (mib + 1023) / 1024;
    return "-Xmx" + gib + "g";
  }

  /** {@code 38,8 MiB} in Indonesian, {@code 38.8 MiB} in English: the unit {@code -Xmx} uses. */
  static String size(long bytes, String lang) {
    Locale l = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    if (bytes < 1024 * 1024) {
      return String.format(l, "%,d KiB", (bytes + 1023) / 1024);
    }
    return String.format(l, "%,.1f MiB", bytes / (1024.0 * 1024));
  }
}
