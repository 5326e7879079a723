package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.sisker.cli.Env;
import id.sisker.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code sisker} in-process (as {@code ./sisker} would, but with captured output) and takes
 * its text report apart: one line per finding, {@code file:line:col: severity rule: message}.
 */
final class InProcess {

  private InProcess() {}

  /** One finding line of the text report. */
  record Line(String file, int line, int column, String severity, String rule, String message) {

    String position() {
      return file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
      return position() + " " + rule;
    }
  }

  /** What one run printed and returned, the finding lines already parsed. */
  record Result(int exit, String out, String err, List<Line> lines) {

    List<String> rules() {
      return lines.stream().map(Line::rule).toList();
    }

    /** The whole output, for assertion messages. */
    String all() {
      return "exit " + exit + "\n" + out + err;
    }
  }

  private static final Pattern FINDING =
      Pattern.compile(
          "^(?<file>.+?):(?<line>[0-9]+):(?<col>[0-9]+): (?<sev>galat|peringatan|info|error|warning)"
              + " (?<rule>[a-z0-9][a-z0-9.-]*): (?<msg>.*)$");
  private static final Pattern AGAIN =
      Pattern.compile("^    (juga di|also at) (?<n>[0-9]+) (tempat lain|other places): .*$");
  private static final Pattern TOTAL =
      Pattern.compile(
          "^(Ringkasan: (?<e>[0-9]+) galat, (?<w>[0-9]+) peringatan, (?<i>[0-9]+) info"
              + "|Summary: errors: (?<e2>[0-9]+), warnings: (?<w2>[0-9]+), info: (?<i2>[0-9]+))"
              + "(; .*)?$");

  static Result run(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.run(
            args, new Env(new PrintWriter(out), new PrintWriter(err), workingDir, Map.of(), false));
    return new Result(exit, out.toString(), err.toString(), parse(out.toString()));
  }

  /** {@code sisker validate [options] path} in {@code workingDir}. */
  static Result validate(Path workingDir, String... optionsAndPath) {
    String[] args = new String[optionsAndPath.length + 1];
    args[0] = "validate";
    System.arraycopy(optionsAndPath, 0, args, 1, optionsAndPath.length);
    return run(workingDir, args);
  }

  static List<Line> parse(String out) {
    List<Line> lines = new ArrayList<>();
    for (String l : out.split("\n", -1)) {
      Matcher m = FINDING.matcher(l);
      if (m.matches()) {
        lines.add(
            new Line(
                m.group("file"),
                Integer.parseInt(m.group("line")),
                Integer.parseInt(m.group("col")),
                m.group("sev"),
                m.group("rule"),
                m.group("msg")));
      }
    }
    return lines;
  }

  /**
   * The report is well formed: nothing on stderr, no exception or stack trace, and every line is a
   * finding, an indented detail of the finding above, blank, an input summary or the total; the
   * total counts exactly the finding lines (a problem repeated in one file counts as often as its
   * "juga di N tempat lain" line says), so each finding took exactly one line.
   */
  static void assertWellFormed(Result r) {
    assertEquals("", r.err(), () -> "stderr must be empty\n" + r.all());
    assertFalse(r.out().contains("Exception"), () -> "exception text in output\n" + r.all());
    assertFalse(r.out().contains("\tat "), () -> "stack trace in output\n" + r.all());
    assertTrue(r.exit() >= 0 && r.exit() <= 2, () -> "internal error\n" + r.all());
    String[] ls = r.out().split("\n", -1);
    long total = -1;
    int findingLines = 0;
    boolean previousWasFinding = false;
    for (String l : ls) {
      if (l.isEmpty()) {
        previousWasFinding = false;
        continue;
      }
      if (l.startsWith("    ")) {
        assertTrue(
            previousWasFinding, () -> "detail line without a finding: " + l + "\n" + r.all());
        Matcher again = AGAIN.matcher(l);
        if (again.matches()) {
          // The same problem elsewhere in the file, reported once with a count.
          findingLines += Integer.parseInt(again.group("n"));
        }
        continue;
      }
      if (l.startsWith("── ")) {
        previousWasFinding = false;
        continue;
      }
      if (FINDING.matcher(l).matches()) {
        findingLines++;
        previousWasFinding = true;
        continue;
      }
      previousWasFinding = false;
      Matcher t = TOTAL.matcher(l);
      if (t.matches()) {
        total =
            t.group("e") != null
                ? Long.parseLong(t.group("e"))
                    + Long.parseLong(t.group("w"))
                    + Long.parseLong(t.group("i"))
                : Long.parseLong(t.group("e2"))
                    + Long.parseLong(t.group("w2"))
                    + Long.parseLong(t.group("i2"));
        continue;
      }
      if (!l.contains(": ")) {
        fail("unexpected line: " + l + "\n" + r.all());
      }
    }
    assertEquals(total, findingLines, () -> "one line per finding\n" + r.all());
  }
}
