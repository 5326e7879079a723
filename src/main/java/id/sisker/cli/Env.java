package id.sisker.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Whether this process talks to a terminal. On JDK 22 and later {@code System.console()} is
   * non-null even when output is piped, so {@code Console.isTerminal()} (JDK 22+, looked up
   * reflectively because sisker compiles for 17) decides when it exists; before that, a console
   * exists only on a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // null is only one of the two answers; see above
  static boolean stdoutIsTerminal() {
    Console console = System.console();
    Optional<Boolean> isTerminal = Optional.empty();
    if (console != null) {
      try {
        isTerminal = Optional.of((Boolean) Console.class.getMethod("isTerminal").invoke(console));
      } catch (ReflectiveOperationException | RuntimeException e) {
        // JDK 17-21: no isTerminal(); the console's presence answers.
      }
    }
    return terminal(console != null, isTerminal);
  }

  /** The decision of {@link #stdoutIsTerminal}, apart from the JDK it runs on. */
  static boolean terminal(boolean consolePresent, Optional<Boolean> isTerminal) {
    return isTerminal.orElse(consolePresent);
  }

  /** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
  public boolean colour() {
    String noColor = variables.get("NO_COLOR");
    return terminal
        && (noColor == null || noColor.isEmpty())
        && !"dumb".equals(variables.get("TERM"));
  }
}
