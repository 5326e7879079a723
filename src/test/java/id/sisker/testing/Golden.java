package id.sisker.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected output committed beside the tests. Run with {@code -Dgolden.update=true}
 * to rewrite them, then review the diff like code.
 */
public final class Golden {

  private Golden() {}

  public static final Path ROOT = Path.of("src/test/resources/golden");

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  public static void assertMatches(String name, String actual) {
    Path file = ROOT.resolve(name);
    try {
      if (updating() || !Files.exists(file)) {
        if (!updating()) {
          throw new AssertionError(
              "golden file " + file + " is missing; run with -Dgolden.update=true");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
