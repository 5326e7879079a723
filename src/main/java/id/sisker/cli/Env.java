package id.sisker.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/**
 * The world a command runs in, passed in rather than read from globals so tests run commands
 * in-process with captured output.
 *
 * @param terminal whether stdout is an interactive terminal
 */
public record Env(
    PrintWriter out,
    PrintWriter err,
    Path workingDir,
    Map<String, String> variables,
    boolean terminal) {

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  public boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return terminal
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(variables.get("TERM"));
  }
}
