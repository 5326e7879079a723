package id.sisker.report;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.source.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: each finding becomes an annotation on its file, line and column
 * in the pull request ({@code ::error file=…,line=…,col=…,title=…::message}).
 */
final class GithubOutput implements Output {

  @Override
  public String name() {
    return "github";
  }

  @Override
  public void write(ReportData data, Messages m, Writer out) throws IOException {
    // A consequence is no annotation of its own: it is listed in its cause's message (ADR 50).
    java.util.Map<id.sisker.finding.Cause, java.util.List<Finding>> byCause =
        data.consequencesByCause();
    for (Finding f : data.findings()) {
      if (f.isSuppressed() || f.isConsequence()) {
        continue;
      }
      String cmd =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      StringBuilder b = new StringBuilder("::").append(cmd).append(' ');
      if (f.span().isPresent()) {
        Span s = f.span().get();
        b.append("file=")
            .append(property(TextOutput.visible(s.file().name())))
            .append(",line=")
            .append(s.line());
        if (s.endLine() > s.line()) {
          // GitHub takes columns only for a one-line range; over several lines, lines alone.
          b.append(",endLine=").append(s.endLine());
        } else {
          b.append(",col=").append(s.column());
          if (s.endColumn() > s.column()) {
            b.append(",endLine=").append(s.line()).append(",endColumn=").append(s.endColumn());
          }
        }
        b.append(',');
      }
      b.append("title=").append(property("sisker " + f.rule().value()));
      // Values from the data are made visible first (an escape sequence would colour the log);
      // the line break before the hint is the only real one.
      String msg =
          TextOutput.visible(m.format(f.message()))
              + f.hint()
                  .map(h -> "\n" + m.text("label.saran") + ": " + TextOutput.visible(m.format(h)))
                  .orElse("");
      for (Finding c : ReportData.consequences(byCause, f)) {
        if (!c.isSuppressed()) {
          msg +=
              "\n"
                  + m.text("label.akibat")
                  + ": "
                  + TextOutput.visible(
                      c.span().map(Span::position).orElse(c.path().value())
                          + " "
                          + c.rule().value()
                          + ": "
                          + m.format(c.message()));
        }
      }
      b.append("::").append(data(msg)).append('\n');
      out.write(b.toString());
    }
    long e = data.count(id.sisker.finding.Severity.ERROR);
    long w = data.count(id.sisker.finding.Severity.WARNING);
    long i = data.count(id.sisker.finding.Severity.INFO);
    out.write(data(m.format("ringkasan.total", e, w, i)) + "\n");
  }

  /** Escaping of a command's message (https://github.com/actions/toolkit, command.ts). */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escaping of a command property value. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
