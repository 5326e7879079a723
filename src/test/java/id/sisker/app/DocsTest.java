package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md and the generated parts of docs/format.md and docs/profiles.md are current.
 * Regenerate with {@code mvn test -Ddocs.update=true}.
 */
class DocsTest {

  private static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("docs.update", "false"));
  }

  @Test
  void rulesDocIsCurrent() throws IOException {
    Path p = Path.of("docs/rules.md");
    if (updating()) {
      Files.writeString(p, Docs.rules(), StandardCharsets.UTF_8);
    }
    assertEquals(
        Files.readString(p, StandardCharsets.UTF_8),
        Docs.rules(),
        "docs/rules.md is stale: mvn test -Ddocs.update=true");
  }

  @Test
  void formatReferenceIsCurrent() throws IOException {
    assertGeneratedPartIsCurrent(Path.of("docs/format.md"), Docs.BEGIN, Docs.formatReference());
  }

  @Test
  void profileReferenceIsCurrent() throws IOException {
    assertGeneratedPartIsCurrent(
        Path.of("docs/profiles.md"), Docs.PROFILE_BEGIN, Docs.profileReference());
  }

  @Test
  void reportFormatTableIsCurrent() throws IOException {
    assertGeneratedPartIsCurrent(Path.of("docs/ci.md"), Docs.FORMATS_BEGIN, Docs.reportFormats());
  }

  /** The part of {@code p} between {@code begin} and {@link Docs#END} is {@code generated}. */
  private static void assertGeneratedPartIsCurrent(Path p, String begin, String generated)
      throws IOException {
    String doc = Files.readString(p, StandardCharsets.UTF_8);
    int b = doc.indexOf(begin);
    int e = doc.indexOf(Docs.END, Math.max(b, 0));
    assertTrue(b >= 0 && e > b, p + " lacks the generated-reference markers");
    String current = doc.substring(b, e + Docs.END.length() + 1);
    if (updating()) {
      Files.writeString(
          p,
          doc.substring(0, b) + generated + doc.substring(e + Docs.END.length() + 1),
          StandardCharsets.UTF_8);
      return;
    }
    assertEquals(generated, current, p + " is stale: mvn test -Ddocs.update=true");
  }
}
