package id.sisker.report;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.source.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test reports (GitLab, Jenkins, GitHub actions that read JUnit): one test suite
 * per input, one test case per finding at or above --fail-on (failed) and one passing test case per
 * file without such findings, so a clean run still shows what was checked.
 */
final class JunitOutput implements Output {

  @Override
  public String name() {
    return "junit";
  }

  @Override
  public void write(ReportData data, Messages m, Writer out) throws IOException {
    Map<String, List<Finding>> byInput = new LinkedHashMap<>();
    for (InputSummary s : data.inputs()) {
      byInput.put(s.input(), new ArrayList<>());
    }
    List<Finding> unplaced = new ArrayList<>();
    for (Finding f : data.findings()) {
      if (!data.failing(f)) {
        continue;
      }
      String input = inputOf(data, f);
      (input == null ? unplaced : byInput.get(input)).add(f);
    }
    int total = 0;
    int failures = 0;
    StringBuilder body = new StringBuilder();
    for (InputSummary s : data.inputs()) {
      List<Finding> fs = byInput.get(s.input());
      List<String> cases = new ArrayList<>();
      for (Finding f : fs) {
        String where = f.span().map(Span::position).orElse(f.path().value());
        cases.add(
            "    <testcase classname=\""
                + attr(s.input())
                + "\" name=\""
                + attr(f.rule().value() + " " + where)
                + "\">\n"
                + "      <failure type=\""
                + f.severity().key()
                + "\" message=\""
                + attr(m.format(f.message()))
                + "\">"
                + text(
                    where
                        + ": "
                        + m.format(f.message())
                        + f.hint()
                            .map(h -> "\n" + m.text("label.saran") + ": " + m.format(h))
                            .orElse(""))
                + "</failure>\n"
                + "    </testcase>\n");
      }
      if (fs.isEmpty()) {
        cases.add(
            "    <testcase classname=\""
                + attr(s.input())
                + "\" name=\""
                + attr(m.text("junit.bersih"))
                + "\"/>\n");
      }
      total += cases.size();
      failures += fs.size();
      body.append("  <testsuite name=\"")
          .append(attr(s.input()))
          .append("\" tests=\"")
          .append(cases.size())
          .append("\" failures=\"")
          .append(fs.size())
          .append("\" errors=\"0\" skipped=\"0\">\n");
      cases.forEach(body::append);
      body.append("  </testsuite>\n");
    }
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write(
        "<testsuites name=\"sisker\" tests=\""
            + total
            + "\" failures=\""
            + failures
            + "\" errors=\"0\">\n");
    out.write(body.toString());
    out.write("</testsuites>\n");
  }

  /** The input a finding belongs to: the one whose path prefixes its file. */
  private static String inputOf(ReportData data, Finding f) {
    String file = f.span().map(s -> s.file().name()).orElse("");
    String best = null;
    for (InputSummary s : data.inputs()) {
      String in = s.input();
      if ((file.equals(in) || file.startsWith(in.endsWith("/") ? in : in + "/"))
          && (best == null || in.length() > best.length())) {
        best = in;
      }
    }
    return best != null ? best : data.inputs().isEmpty() ? null : data.inputs().get(0).input();
  }

  static String attr(String s) {
    return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
  }

  /** XML character data: escapes markup and drops characters XML 1.0 cannot hold. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                default -> {
                  if (c == 0x9
                      || c == 0xA
                      || c == 0xD
                      || c >= 0x20 && c <= 0xD7FF
                      || c >= 0xE000 && c <= 0xFFFD
                      || c >= 0x10000) {
                    b.appendCodePoint(c);
                  } else {
                    b.append("\\u").append(String.format("%04x", c));
                  }
                }
              }
            });
    return b.toString();
  }
}
