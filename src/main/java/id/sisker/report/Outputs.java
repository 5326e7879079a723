package id.sisker.report;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Report helpers for text outside a report; the formats themselves are {@link OutputFormat}. */
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

  /**
   * One finding on one line, {@code file:line:col: message (hint)}, as a reason listed under a
   * refusal (for instance why {@code sisker diagram} drew nothing).
   */
  public static String brief(Finding f, Messages m) {
    return f.span().map(s -> s.position() + ": ").orElse("")
        + m.format(f.message())
        + f.hint().map(h -> " (" + m.format(h) + ")").orElse("");
  }

  /**
   * One finding on one line with its severity and rule, {@code where: severity rule: message
   * (hint)}; {@code where} is its position, or {@code orElse} (a file name) when it has none.
   */
  public static String withRule(Finding f, String orElse, Messages m) {
    return f.span().map(s -> s.position()).orElse(orElse)
        + ": "
        + m.text("keparahan." + f.severity().name().toLowerCase(java.util.Locale.ROOT))
        + " "
        + f.rule()
        + ": "
        + m.format(f.message())
        + f.hint().map(h -> " (" + m.format(h) + ")").orElse("");
  }

  /**
   * {@code s} as text output shows text from the data: control characters, line separators,
   * bidirectional controls and lone surrogates escaped ({@code \n}, {@code \u001b}).
   */
  public static String visible(String s) {
    return TextOutput.visible(s);
  }
}
