package id.sisker.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Options several commands share, each declared once as a picocli mixin ({@code @Mixin}). Their
 * descriptions come from the bundle of the command that mixes them in, under the same key
 * everywhere.
 */
final class Options {

  private Options() {}

  /** {@code --force}: replace files that exist (never an input, never a non-regular file). */
  static final class Force {
    @Option(names = "--force", descriptionKey = "force")
    boolean on;
  }

  /** {@code --output-dir DIR}: where relative report paths are written. */
  static final class OutputDir {
    @Option(names = "--output-dir", paramLabel = "DIR", descriptionKey = "output-dir")
    Path dir;
  }

  /** {@code -o/--output FILE}: the one file a command writes instead of stdout. */
  static final class Output {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        descriptionKey = "output")
    String file;
  }

  /** {@code --profile ID}: a bundled or given profile instead of the daerah's own. */
  static final class Profile {
    @Option(names = "--profile", paramLabel = "ID", descriptionKey = "profile")
    String id;
  }

  /** {@code --profile-file FILE}, repeatable: profile files added to the bundled ones. */
  static final class ProfileFiles {
    @Option(names = "--profile-file", paramLabel = "FILE", descriptionKey = "profile-file")
    List<Path> files = new ArrayList<>();
  }
}
