package id.sisker.cli;

import id.sisker.app.OutputFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The output folder of a command: --output-dir, or the working directory. */
final class Folders {

  private Folders() {}

  static OutputFolder of(Env env, Path outputDir, boolean force) {
    return new OutputFolder(
        outputDir == null ? env.workingDir() : env.workingDir().resolve(outputDir), force);
  }

  /**
   * The file the user named with {@code -o}: honoured wherever it points (the user typed it), but
   * never onto one of the inputs (a daerah's YAML files), whatever {@code --force} says.
   */
  static Optional<Path> typedOutput(
      OutputFolder folder, Env env, String output, List<Path> inputs) {
    List<Path> read = new ArrayList<>();
    for (Path in : inputs) {
      Path p = env.workingDir().resolve(in);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p, 16)) {
          s.filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .forEach(read::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          // unreadable parts are reported by the load; nothing there can be protected anyway
        }
      } else if (Files.isRegularFile(p)) {
        read.add(p);
      }
    }
    folder.protect(read);
    return folder.given(output);
  }

  /**
   * {@code p} as the user reads it: relative to the working directory when inside it, else absolute
   * (never a chain of "../").
   */
  static String shown(Env env, Path p) {
    Path wd = env.workingDir().toAbsolutePath().normalize();
    Path a = p.toAbsolutePath().normalize();
    return (a.startsWith(wd) ? wd.relativize(a) : a).toString();
  }
}
