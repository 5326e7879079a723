package id.sisker.testing;

import id.sisker.cli.Env;
import id.sisker.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process with captured output, as a user would in the project root. */
public final class Cli {

  private Cli() {}

  /** What one run printed and returned. */
  public record Run(int exit, String out, String err) {}

  public static Run run(String... args) {
    return run(Path.of("").toAbsolutePath(), Map.of(), false, args);
  }

  public static Run run(
      Path workingDir, Map<String, String> env, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            args, new Env(new PrintWriter(out), new PrintWriter(err), workingDir, env, terminal));
    return new Run(exit, out.toString(), err.toString());
  }
}
