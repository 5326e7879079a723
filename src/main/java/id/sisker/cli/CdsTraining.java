package id.sisker.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Build-time entry point (maven-antrun-plugin, package phase): runs the commands users run most,
 * in-process, so that {@code java -XX:DumpLoadedClassList} lists the classes they load; the build
 * stores them in a class-data-sharing archive that {@code ./sisker} then maps instead of loading
 * and verifying those classes again (ADR 0071, 0082). Its output is thrown away; exit codes do not
 * matter.
 *
 * <p>Arguments: the example daerah folder to train on and a scratch folder for written files.
 */
public final class CdsTraining {

  private CdsTraining() {}

  public static void main(String[] args) {
    String daerah = args.length > 0 ? args[0] : "examples/indragiri-hilir";
    String scratch = args.length > 1 ? args[1] : "target/cds-training";
    Path dir = Path.of("").toAbsolutePath();
    PrintWriter sink = new PrintWriter(Writer.nullWriter());
    Env env = new Env(sink, sink, dir, Map.of(), false);
    for (List<String> run :
        List.of(
            List.of("--help"),
            List.of("validate", daerah),
            List.of("--lang", "en", "validate", daerah, "--format", "json"),
            List.of("diagram", daerah, "--format", "dot", "-o", scratch + "/d.dot", "--force"),
            List.of("rules"),
            List.of("validate", "--help"),
            List.of("validate", scratch + "/tidak-ada"))) {
      Main.run(run.toArray(String[]::new), env);
    }
  }
}
