package id.sisker.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The registry of report formats: the one list {@code --format} accepts, its help text, shell
 * completion, the usage error for an unknown name and the table in docs/ci.md are all read from
 * here. What each format is for is the message {@code keluaran.<name>} (both languages).
 */
public enum OutputFormat {
  TEXT("text"),
  JSON("json"),
  SARIF("sarif"),
  JUNIT("junit"),
  GITHUB("github");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  /** The name used with {@code --format}. */
  public String id() {
    return id;
  }

  /** The message key saying what the format is for. */
  public String purposeKey() {
    return "keluaran." + id;
  }

  /**
   * A new writer of this format.
   *
   * @param colour whether text output may use ANSI colours (a terminal, and NO_COLOR unset)
   */
  public Output create(boolean colour) {
    return switch (this) {
      case TEXT -> new TextOutput(colour);
      case JSON -> new JsonOutput();
      case SARIF -> new SarifOutput();
      case JUNIT -> new JunitOutput();
      case GITHUB -> new GithubOutput();
    };
  }

  /** The format called {@code name}, or empty (the CLI lists {@link #names()} then). */
  public static Optional<OutputFormat> of(String name) {
    return Arrays.stream(values()).filter(f -> f.id.equals(name)).findFirst();
  }

  /** The names {@code --format} accepts, in the order help shows them; the first is the default. */
  public static List<String> names() {
    return Arrays.stream(values()).map(OutputFormat::id).toList();
  }
}
