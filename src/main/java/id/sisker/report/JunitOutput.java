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
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
    // Consequences are not failures of their own; they are written in their cause's text (ADR 50).
    Map<id.sisker.finding.Cause, List<Finding>> byCause = data.consequencesByCause();
    for (Finding f : data.findings()) {
      // An unreadable input is an <error> whatever --fail-on says: nothing was checked.
      if (!data.failing(f) && !f.fatal()) {
        continue;
      }
      String input = inputOf(data, f);
      (input == null ? unplaced : byInput.get(input)).add(f);
    }
    int total = 0;
    int failures = 0;
    int errors = 0;
    for (List<Finding> fs : byInput.values()) {
      total += Math.max(1, fs.size());
      errors += (int) fs.stream().filter(Finding::fatal).count();
      failures += (int) fs.stream().filter(f -> !f.fatal()).count();
    }
    try {
      // The JDK's writer escapes markup; what it cannot (characters XML 1.0 cannot hold, line
      // breaks in attributes, which parsers turn into spaces) is escaped visibly first.
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "sisker");
      x.writeAttribute("tests", String.valueOf(total));
      x.writeAttribute("failures", String.valueOf(failures));
      x.writeAttribute("errors", String.valueOf(errors));
      x.writeCharacters("\n");
      for (InputSummary s : data.inputs()) {
        List<Finding> fs = byInput.get(s.input());
        long fatal = fs.stream().filter(Finding::fatal).count();
        x.writeCharacters("  ");
        x.writeStartElement("testsuite");
        x.writeAttribute("name", attr(s.input()));
        x.writeAttribute("tests", String.valueOf(Math.max(1, fs.size())));
        x.writeAttribute("failures", String.valueOf(fs.size() - fatal));
        x.writeAttribute("errors", String.valueOf(fatal));
        x.writeAttribute("skipped", "0");
        x.writeCharacters("\n");
        String classname = attr(classname(s.input()));
        for (Finding f : fs) {
          String where = f.span().map(Span::position).orElse(f.path().value());
          x.writeCharacters("    ");
          x.writeStartElement("testcase");
          x.writeAttribute("classname", classname);
          x.writeAttribute("name", attr(f.rule().value() + " " + where));
          x.writeCharacters("\n      ");
          x.writeStartElement(f.fatal() ? "error" : "failure");
          x.writeAttribute("type", f.severity().key());
          x.writeAttribute("message", attr(m.format(f.message())));
          text(
              x,
              where
                  + ": "
                  + m.format(f.message())
                  + f.hint().map(h -> "\n" + m.text("label.saran") + ": " + m.format(h)).orElse("")
                  + consequences(ReportData.consequences(byCause, f), m));
          x.writeEndElement();
          x.writeCharacters("\n    ");
          x.writeEndElement();
          x.writeCharacters("\n");
        }
        if (fs.isEmpty()) {
          x.writeCharacters("    ");
          x.writeEmptyElement("testcase");
          x.writeAttribute("classname", classname);
          x.writeAttribute("name", attr(m.text("junit.bersih")));
          x.writeCharacters("\n");
        }
        x.writeCharacters("  ");
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** The consequences of a failure, one line each under its text. */
  private static String consequences(List<Finding> cs, Messages m) {
    StringBuilder b = new StringBuilder();
    for (Finding c : cs) {
      if (!c.isSuppressed()) {
        b.append('\n')
            .append(m.text("label.akibat"))
            .append(": ")
            .append(c.span().map(Span::position).orElse(c.path().value()))
            .append(' ')
            .append(c.severity().key())
            .append(' ')
            .append(c.rule().value())
            .append(": ")
            .append(m.format(c.message()));
      }
    }
    return b.toString();
  }

  /**
   * The test class of an input: its path without the {@code .yaml} suffix, since Jenkins takes the
   * text after the last dot as the class name.
   */
  static String classname(String input) {
    String lower = input.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".yaml")) {
      return input.substring(0, input.length() - 5);
    }
    if (lower.endsWith(".yml")) {
      return input.substring(0, input.length() - 4);
    }
    return input;
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

  /**
   * An attribute value: one line, every control character, line break and character XML 1.0 cannot
   * hold written as a visible escape ({@code \\r}, {@code \\u001b}).
   */
  static String attr(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                b.append("\\n");
              } else if (c == '\r') {
                b.append("\\r");
              } else if (c == '\t') {
                b.append("\\t");
              } else if (xmlChar(c) && !(c >= 0x7f && c < 0xa0)) {
                b.appendCodePoint(c);
              } else {
                b.append(String.format("\\u%04x", c));
              }
            });
    return b.toString();
  }

  /**
   * Character data: line feeds and tabs kept, a carriage return written as a character reference (a
   * raw one would be read back as a line feed), other characters XML cannot hold escaped.
   */
  private static void text(XMLStreamWriter x, String s) throws XMLStreamException {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\r') {
        x.writeCharacters(b.toString());
        b.setLength(0);
        x.writeEntityRef("#13");
      } else if (c == '\n' || c == '\t' || xmlChar(c) && !(c >= 0x7f && c < 0xa0)) {
        b.appendCodePoint(c);
      } else {
        b.append(String.format("\\u%04x", c));
      }
    }
    x.writeCharacters(b.toString());
  }

  private static boolean xmlChar(int c) {
    return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
  }
}
