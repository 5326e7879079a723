package id.sisker.report;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/** The factory of output formats. */
public final class Outputs {

  private Outputs() {}

  /**
   * One finding as the text report writes it, without colour, for problems reported outside a
   * report (for instance those of a profile file given to {@code sisker rules}).
   */
  public static String text(Finding f, Messages m) {
    StringWriter w = new StringWriter();
    try {
      new TextOutput(false).writeFinding(f, m, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return w.toString();
  }

  /** The names {@code --format} accepts, in the order help shows them. */
  public static List<String> names() {
    return List.of("text", "json", "sarif", "junit", "github");
  }

  /**
   * The output called {@code name}, or empty; the CLI turns empty into a usage error that lists
   * {@link #names()}.
   *
   * @param color whether text output may use ANSI colours (a terminal, and NO_COLOR unset)
   */
  public static Optional<Output> create(String name, boolean color) {
    return switch (name) {
      case "text" -> Optional.of(new TextOutput(color));
      case "json" -> Optional.of(new JsonOutput());
      case "sarif" -> Optional.of(new SarifOutput());
      case "junit" -> Optional.of(new JunitOutput());
      case "github" -> Optional.of(new GithubOutput());
      default -> Optional.empty();
    };
  }

  /**
   * {@code s} as text output shows text from the data: control characters, line separators,
   * bidirectional controls and lone surrogates escaped ({@code \n}, {@code \u001b}).
   */
  public static String visible(String s) {
    return TextOutput.visible(s);
  }
}
