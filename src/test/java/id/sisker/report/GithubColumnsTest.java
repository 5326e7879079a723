package id.sisker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** GitHub takes col/endColumn only when line == endLine; over several lines, lines alone. */
class GithubColumnsTest {

  private static String annotation(Span s) throws IOException {
    Finding f =
        Finding.builder(RuleId.of("yaml.tipe"), Severity.ERROR, Message.of("yaml.kosong", "a", "b"))
            .span(s)
            .build();
    StringWriter w = new StringWriter();
    new GithubOutput()
        .write(new ReportData("test", List.of(), List.of(f)), Messages.forLanguage("id"), w);
    String line = w.toString().lines().findFirst().orElseThrow();
    return line.substring(0, line.indexOf(",title="));
  }

  @Test
  void severalLinesGetNoColumns() throws IOException {
    SourceFile f = SourceFile.named("d.yaml");
    assertEquals("::error file=d.yaml,line=3,endLine=6", annotation(new Span(f, 3, 5, 6, 2)));
    assertEquals(
        "::error file=d.yaml,line=3,col=5,endLine=3,endColumn=9",
        annotation(new Span(f, 3, 5, 3, 9)));
    assertEquals("::error file=d.yaml,line=3,col=5", annotation(Span.at(f, 3, 5)));
  }
}
