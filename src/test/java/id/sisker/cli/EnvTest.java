package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Colours only on a terminal, also on JDK 22+ where a piped process still has a console. */
class EnvTest {

  @Test
  void isTerminalWinsOverThePresenceOfAConsole() {
    // JDK 22+, output piped: System.console() is non-null but isTerminal() is false.
    assertFalse(Env.terminal(true, Optional.of(false)));
    assertTrue(Env.terminal(true, Optional.of(true)));
    // JDK 17-21: no isTerminal(); a console exists only on a terminal.
    assertTrue(Env.terminal(true, Optional.empty()));
    assertFalse(Env.terminal(false, Optional.empty()));
  }

  @Test
  void theTestRunIsNoTerminal() {
    // Surefire pipes the forked JVM's output, on any JDK.
    assertFalse(Env.stdoutIsTerminal());
  }

  @Test
  void noColourWhenNoColorIsSetOrTheTerminalIsDumb() {
    PrintWriter w = new PrintWriter(new StringWriter());
    Path here = Path.of("");
    assertTrue(new Env(w, w, here, Map.of(), true).colour());
    assertFalse(new Env(w, w, here, Map.of(), false).colour());
    assertFalse(new Env(w, w, here, Map.of("NO_COLOR", "1"), true).colour());
    assertFalse(new Env(w, w, here, Map.of("TERM", "dumb"), true).colour());
  }
}
