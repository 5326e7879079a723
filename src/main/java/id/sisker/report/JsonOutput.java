package id.sisker.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.source.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON for programs. Keys are English and stable; {@code message} and {@code hint} are in the
 * chosen language, {@code messageKey} and {@code args} let a program render its own.
 */
final class JsonOutput implements Output {

  @Override
  public String name() {
    return "json";
  }

  @Override
  public void write(ReportData data, Messages m, Writer out) throws IOException {
    JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
    DefaultPrettyPrinter pp =
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(pp);
    g.writeStartObject();
    g.writeStringField("tool", "sisker");
    g.writeStringField("version", data.version());
    g.writeStringField("language", m.language());
    g.writeArrayFieldStart("inputs");
    for (InputSummary s : data.inputs()) {
      g.writeStartObject();
      g.writeStringField("input", s.input());
      g.writeBooleanField("usable", s.usable());
      g.writeStringField("daerah", s.daerah());
      g.writeStringField("profile", s.profile());
      g.writeNumberField("files", s.files());
      g.writeNumberField("perangkatDaerah", s.perangkatDaerah());
      g.writeNumberField("jabatan", s.jabatan());
      g.writeNumberField("pegawai", s.pegawai());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (Finding f : data.findings()) {
      g.writeStartObject();
      g.writeStringField("rule", f.rule().value());
      g.writeStringField("severity", f.severity().key());
      g.writeBooleanField("fatal", f.fatal());
      g.writeStringField("message", m.format(f.message()));
      if (f.hint().isPresent()) {
        g.writeStringField("hint", m.format(f.hint().get()));
      }
      if (f.span().isPresent()) {
        Span s = f.span().get();
        g.writeStringField("file", s.file().name());
        g.writeNumberField("line", s.line());
        g.writeNumberField("column", s.column());
        g.writeNumberField("endLine", s.endLine());
        g.writeNumberField("endColumn", s.endColumn());
      }
      g.writeStringField("path", f.path().value());
      g.writeStringField("messageKey", f.message().key());
      if (f.suppressed().isPresent()) {
        g.writeObjectFieldStart("suppressed");
        g.writeStringField(
            "kind",
            f.suppressed().get().kind() == id.sisker.finding.Suppression.Kind.BASELINE
                ? "baseline"
                : "data");
        g.writeStringField("reason", f.suppressed().get().alasan());
        g.writeEndObject();
      }
      if (f.consequenceOf().isPresent()) {
        // Shown right after its cause and not counted in the summary (ADR 50).
        id.sisker.finding.Cause c = f.consequenceOf().get();
        g.writeObjectFieldStart("consequenceOf");
        g.writeStringField("rule", c.rule().value());
        g.writeStringField("path", c.path().value());
        if (c.span().isPresent()) {
          g.writeStringField("file", c.span().get().file().name());
          g.writeNumberField("line", c.span().get().line());
          g.writeNumberField("column", c.span().get().column());
        }
        g.writeEndObject();
      }
      if (!f.related().isEmpty()) {
        g.writeArrayFieldStart("related");
        for (Span r : f.related()) {
          g.writeStartObject();
          g.writeStringField("file", r.file().name());
          g.writeNumberField("line", r.line());
          g.writeNumberField("column", r.column());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!f.citations().isEmpty()) {
        g.writeArrayFieldStart("citations");
        for (Citation c : f.citations()) {
          g.writeStartObject();
          g.writeStringField("regulation", c.regulation());
          g.writeStringField("clause", c.clause());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("error", data.count(Severity.ERROR));
    g.writeNumberField("warning", data.count(Severity.WARNING));
    g.writeNumberField("info", data.count(Severity.INFO));
    g.writeNumberField("suppressed", data.suppressedCount());
    g.writeNumberField("consequences", data.consequenceCount());
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }
}
