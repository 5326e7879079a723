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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure DevOps): rule metadata with help
 * text and citations, physical locations relative to the working directory, a logical location for
 * the data path, and a fingerprint from rule and path so dashboards follow a finding across edits.
 */
final class SarifOutput implements Output {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public void write(ReportData data, Messages m, Writer out) throws IOException {
    JsonGenerator g = new ObjectMapper().getFactory().createGenerator(out);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
    // Rules that occur, plus all known ones, in id order; results point at them by index.
    Map<String, RuleDoc> rules = new TreeMap<>(data.rules());
    for (Finding f : data.findings()) {
      rules.computeIfAbsent(
          f.rule().value(), id -> new RuleDoc(id, f.severity(), id, "", "", f.citations()));
    }
    List<String> ids = new ArrayList<>(rules.keySet());

    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "sisker");
    g.writeStringField("version", data.version());
    g.writeStringField("informationUri", "https://github.com/sisker/sisker");
    g.writeArrayFieldStart("rules");
    for (String id : ids) {
      RuleDoc r = rules.get(id);
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("name", camel(id));
      text(g, "shortDescription", r.title().isEmpty() ? id : r.title());
      text(g, "fullDescription", r.description().isEmpty() ? id : r.description());
      g.writeObjectFieldStart("help");
      String help = help(r, m);
      g.writeStringField("text", help);
      g.writeStringField("markdown", help);
      g.writeEndObject();
      g.writeObjectFieldStart("defaultConfiguration");
      g.writeStringField("level", level(r.severity()));
      g.writeEndObject();
      g.writeObjectFieldStart("properties");
      g.writeArrayFieldStart("tags");
      g.writeString(id.substring(0, id.indexOf('.')));
      g.writeEndArray();
      if (!r.citations().isEmpty()) {
        g.writeArrayFieldStart("citations");
        for (Citation c : r.citations()) {
          g.writeString(c.toString());
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();

    g.writeArrayFieldStart("results");
    // A consequence is no result of its own: it is a related location of its cause (ADR 50), so a
    // code-scanning view shows one alert per mistake with the places that follow from it.
    java.util.Map<id.sisker.finding.Cause, List<Finding>> byCause = data.consequencesByCause();
    for (Finding f : data.findings()) {
      if (f.isConsequence()) {
        continue;
      }
      List<Finding> consequences = ReportData.consequences(byCause, f);
      g.writeStartObject();
      g.writeStringField("ruleId", f.rule().value());
      g.writeNumberField("ruleIndex", ids.indexOf(f.rule().value()));
      g.writeStringField("level", level(f.severity()));
      StringBuilder msg = new StringBuilder(m.format(f.message()));
      f.hint()
          .ifPresent(
              h ->
                  msg.append(" (")
                      .append(m.text("label.saran"))
                      .append(": ")
                      .append(m.format(h))
                      .append(")"));
      text(g, "message", msg.toString());
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      if (f.span().isPresent()) {
        physical(g, f.span().get());
      }
      if (!f.path().isRoot()) {
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("fullyQualifiedName", f.path().value());
        g.writeStringField("kind", "object");
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndArray();
      if (!f.related().isEmpty() || !consequences.isEmpty()) {
        g.writeArrayFieldStart("relatedLocations");
        int i = 1;
        for (Span r : f.related()) {
          g.writeStartObject();
          g.writeNumberField("id", i++);
          physical(g, r);
          text(g, "message", m.text("label.lihat"));
          g.writeEndObject();
        }
        for (Finding c : consequences) {
          g.writeStartObject();
          g.writeNumberField("id", i++);
          if (c.span().isPresent()) {
            physical(g, c.span().get());
          }
          if (!c.path().isRoot()) {
            g.writeArrayFieldStart("logicalLocations");
            g.writeStartObject();
            g.writeStringField("fullyQualifiedName", c.path().value());
            g.writeStringField("kind", "object");
            g.writeEndObject();
            g.writeEndArray();
          }
          text(
              g,
              "message",
              m.text("label.akibat") + ": " + c.rule().value() + ": " + m.format(c.message()));
          g.writeObjectFieldStart("properties");
          g.writeStringField("ruleId", c.rule().value());
          g.writeStringField("level", level(c.severity()));
          g.writeBooleanField("suppressed", c.isSuppressed());
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (f.suppressed().isPresent()) {
        g.writeArrayFieldStart("suppressions");
        g.writeStartObject();
        g.writeStringField(
            "kind",
            f.suppressed().get().kind() == id.sisker.finding.Suppression.Kind.BASELINE
                ? "external"
                : "inSource");
        g.writeStringField("justification", f.suppressed().get().alasan());
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField("siskerPath/v1", f.rule().value() + "@" + f.path().value());
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeStringField("columnKind", "unicodeCodePoints");
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void physical(JsonGenerator g, Span s) throws IOException {
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(s.file().name()));
    if (!s.file().name().startsWith("/")) {
      // Relative to where sisker ran (the repository root in CI), which viewers call %SRCROOT%.
      g.writeStringField("uriBaseId", "%SRCROOT%");
    }
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", s.line());
    g.writeNumberField("startColumn", s.column());
    if (s.endLine() > s.line() || s.endColumn() > s.column()) {
      g.writeNumberField("endLine", s.endLine());
      g.writeNumberField("endColumn", s.endColumn());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A relative path as a URI reference (percent-encoding what a URI may not hold). */
  static String uri(String path) {
    StringBuilder b = new StringBuilder();
    byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte x : bytes) {
      int c = x & 0xff;
      if (c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "-._~/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    String u = b.toString();
    return path.startsWith("/") ? "file://" + u : u;
  }

  private static String help(RuleDoc r, Messages m) {
    StringBuilder b = new StringBuilder(r.help().isEmpty() ? r.description() : r.help());
    if (!r.citations().isEmpty()) {
      b.append(b.length() == 0 ? "" : " ").append(m.text("label.sumber")).append(": ");
      for (int i = 0; i < r.citations().size(); i++) {
        b.append(i == 0 ? "" : "; ").append(r.citations().get(i));
      }
      b.append('.');
    }
    return b.length() == 0 ? r.id() : b.toString();
  }

  private static void text(JsonGenerator g, String field, String text) throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code kedudukan.atasan-wajib} → {@code KedudukanAtasanWajib}, SARIF's rule "name". */
  private static String camel(String id) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '.' || c == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
