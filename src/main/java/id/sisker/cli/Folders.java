package id.sisker.cli;

import id.sisker.app.OutputFolder;
import java.nio.file.Path;

/** The output folder of a command: --output-dir, or the working directory. */
final class Folders {

  private Folders() {}

  static OutputFolder of(Env env, Path outputDir, boolean force) {
    return new OutputFolder(
        outputDir == null ? env.workingDir() : env.workingDir().resolve(outputDir), force);
  }
}
