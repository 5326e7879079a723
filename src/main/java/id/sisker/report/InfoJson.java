package id.sisker.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.finding.Citation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON of {@code sisker rules --format json} and {@code sisker profiles --format json}. */
public final class InfoJson {

  private InfoJson() {}

  /**
   * An array of rules: id, severity, stage, title, description, citations per profile and, when a
   * profile was chosen, {@code applied}: what validate reports under it, one entry per clause.
   */
  public static String rules(List<Info.Rule> rules) {
    return json(
        g -> {
          g.writeStartArray();
          for (Info.Rule r : rules) {
            g.writeStartObject();
            g.writeStringField("id", r.id());
            g.writeStringField("severity", r.severity().key());
            g.writeStringField("stage", r.stage().toLowerCase(Locale.ROOT));
            g.writeStringField("title", r.title());
            g.writeStringField("description", r.description());
            g.writeObjectFieldStart("citations");
            for (Map.Entry<String, List<Citation>> e : r.citations().entrySet()) {
              g.writeArrayFieldStart(e.getKey());
              for (Citation c : e.getValue()) {
                g.writeString(c.toString());
              }
              g.writeEndArray();
            }
            g.writeEndObject();
            if (r.applied().isPresent()) {
              g.writeArrayFieldStart("applied");
              for (Info.Clause a : r.applied().get()) {
                g.writeStartObject();
                g.writeStringField("severity", a.severity().key());
                g.writeArrayFieldStart("citations");
                for (Citation c : a.citations()) {
                  g.writeString(c.toString());
                }
                g.writeEndArray();
                g.writeEndObject();
              }
              g.writeEndArray();
            }
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  /** An array of profiles with their regulation, ancestors and structure models. */
  public static String profiles(List<Info.Profile> profiles) {
    return json(
        g -> {
          g.writeStartArray();
          for (Info.Profile p : profiles) {
            g.writeStartObject();
            g.writeStringField("id", p.id());
            g.writeStringField("name", p.name());
            g.writeStringField("regulation", p.regulation());
            g.writeStringField("short", p.shortName());
            g.writeBooleanField("bundled", p.bundled());
            g.writeArrayFieldStart("extends");
            for (String c : p.ancestors()) {
              g.writeString(c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("structureModels");
            for (Info.StructureModel s : p.structureModels()) {
              g.writeStartObject();
              g.writeStringField("id", s.id());
              g.writeStringField("name", s.name());
              g.writeStringField("citation", s.citation());
              g.writeNumberField("perangkatDaerah", s.perangkatDaerah());
              g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
          }
          g.writeEndArray();
        });
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String json(Body body) {
    try {
      StringWriter w = new StringWriter();
      JsonGenerator g = new ObjectMapper().getFactory().createGenerator(w);
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      body.write(g);
      g.flush();
      return w.toString() + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
