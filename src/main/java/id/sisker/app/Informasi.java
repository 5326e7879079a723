package id.sisker.app;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.profile.ModelStruktur;
import id.sisker.profile.Profile;
import id.sisker.profile.ProfileRegistry;
import id.sisker.report.Outputs;
import id.sisker.rule.Berlaku;
import id.sisker.rule.RuleInfo;
import id.sisker.text.Suggest;
import id.sisker.yaml.YamlLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of {@code sisker rules}, {@code sisker explain} and {@code sisker profiles}, rendered
 * in the chosen language as text or JSON. A question sisker cannot answer (an unknown rule or
 * profile) comes back as an error text with "did you mean".
 */
public final class Informasi {

  /** What a command prints: the output, or (when {@code ok} is false) the reason it cannot. */
  public record Jawaban(boolean ok, String text) {}

  private final ProfileRegistry profiles;
  private final RuleCatalogue catalogue;
  private final Messages m;

  public Informasi(Path workingDir, List<Path> profileFiles, Messages m) {
    this.profiles = ProfileRegistry.bundled();
    for (Path f : profileFiles) {
      profiles.addFile(workingDir.resolve(f), workingDir, YamlLimits.DEFAULTS);
    }
    this.catalogue = new RuleCatalogue(profiles);
    this.m = m;
  }

  /** Problems in profile files given with --profile-file. */
  public List<Finding> profileFindings() {
    return profiles.findings().stream()
        .filter(f -> f.span().map(s -> s.file().path() != null).orElse(false))
        .toList();
  }

  /**
   * The problems of the profile files, one {@code file:line:col: severity rule: message} line each
   * with its hint indented below, in the chosen language; empty when there are none.
   */
  public String profileProblemsText() {
    StringBuilder b = new StringBuilder();
    for (Finding f : profileFindings()) {
      b.append(Outputs.text(f, m));
    }
    return b.toString();
  }

  private Optional<Jawaban> unknownProfile(Optional<String> id) {
    return id.flatMap(x -> ProfilTakDikenal.message(x, profiles.ids(), m))
        .map(text -> new Jawaban(false, text));
  }

  public Jawaban rules(Optional<String> profileId, String format) {
    Optional<Jawaban> bad = unknownProfile(profileId);
    if (bad.isPresent()) {
      return bad.get();
    }
    Optional<Profile> p = profileId.flatMap(profiles::find);
    List<RuleInfo> rules =
        catalogue.all().stream()
            .filter(r -> p.isEmpty() || catalogue.enforces(r, p.get()))
            .toList();
    String lang = m.language();
    if ("json".equals(format)) {
      return new Jawaban(
          true,
          json(
              g -> {
                g.writeStartArray();
                for (RuleInfo r : rules) {
                  g.writeStartObject();
                  g.writeStringField("id", r.id().value());
                  g.writeStringField(
                      "severity", p.map(x -> catalogue.severity(r, x)).orElse(r.severity()).key());
                  g.writeStringField("stage", r.stage().name().toLowerCase(Locale.ROOT));
                  g.writeStringField("title", r.title(lang));
                  g.writeStringField("description", r.description(lang));
                  g.writeObjectFieldStart("citations");
                  for (Map.Entry<String, List<Citation>> e :
                      catalogue.citationsByProfile(r).entrySet()) {
                    if (p.isPresent() && !e.getKey().equals(p.get().id())) {
                      continue;
                    }
                    g.writeArrayFieldStart(e.getKey());
                    for (Citation c : e.getValue()) {
                      g.writeString(c.toString());
                    }
                    g.writeEndArray();
                  }
                  g.writeEndObject();
                  if (p.isPresent()) {
                    // What validate reports under this profile: one entry per clause.
                    g.writeArrayFieldStart("applied");
                    for (Berlaku a : catalogue.applied(r, p.get())) {
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
              }));
    }
    StringBuilder b = new StringBuilder();
    for (RuleInfo r : rules) {
      Severity shown = p.map(x -> catalogue.severity(r, x)).orElse(r.severity());
      b.append(
          String.format(
              "%-34s %-11s %s%n",
              r.id().value(), m.text("keparahan." + shown.key()), r.title(lang)));
      if (p.isPresent()) {
        b.append(applied(catalogue.applied(r, p.get()), shown, "%-34s %-11s   "));
      }
    }
    b.append(m.format("rules.jumlah", rules.size())).append('\n');
    return new Jawaban(true, b.toString());
  }

  public Jawaban explain(String ruleId, Optional<String> profileId) {
    Optional<RuleInfo> rule = catalogue.find(ruleId);
    if (rule.isEmpty()) {
      List<String> near =
          Suggest.closest(ruleId, catalogue.all().stream().map(r -> r.id().value()).toList(), 3);
      String hint =
          near.isEmpty()
              ? m.text("explain.lihat-rules")
              : m.format("saran.maksud", String.join("\", \"", near));
      return new Jawaban(false, m.format("explain.tidak-dikenal", ruleId) + "; " + hint);
    }
    Optional<Jawaban> bad = unknownProfile(profileId);
    if (bad.isPresent()) {
      return bad.get();
    }
    RuleInfo r = rule.get();
    String lang = m.language();
    StringBuilder b = new StringBuilder();
    b.append(r.id().value()).append(" — ").append(r.title(lang)).append("\n\n");
    b.append(r.description(lang)).append("\n\n");
    Optional<Profile> chosen = profileId.flatMap(profiles::find);
    Severity shown = chosen.map(x -> catalogue.severity(r, x)).orElse(r.severity());
    b.append(m.text(chosen.isPresent() ? "explain.keparahan-profil" : "explain.keparahan"))
        .append(": ")
        .append(m.text("keparahan." + shown.key()));
    b.append(r.fatal() ? " (" + m.text("explain.fatal") + ")" : "").append('\n');
    b.append(m.text("explain.tahap")).append(": ").append(r.stage().name()).append('\n');
    // The findings this rule's finding may follow from (ADR 50): then it is shown under them.
    List<String> causes = new ArrayList<>();
    for (id.sisker.rule.Penyebab p : id.sisker.rule.Catalogue.get().penyebab(r.id())) {
      if (!causes.contains(p.sebab())) {
        causes.add(p.sebab());
      }
    }
    if (!causes.isEmpty()) {
      b.append(m.text("explain.akibat-dari")).append(": ").append(String.join(", ", causes));
      b.append('\n');
    }
    b.append('\n');
    b.append(m.text("explain.sumber")).append(":\n");
    for (Map.Entry<String, List<Citation>> e : catalogue.citationsByProfile(r).entrySet()) {
      if (profileId.isPresent() && !e.getKey().equals(profileId.get())) {
        continue;
      }
      b.append("  ").append(v(e.getKey())).append(": ");
      if (chosen.isPresent()) {
        // The severity and clauses validate applies under the chosen profile, clause by clause.
        List<Berlaku> applied = catalogue.applied(r, chosen.get());
        String lines = applied(applied, shown, "    ");
        b.append(applied.isEmpty() ? m.text("explain.tidak-berlaku") + "\n" : lines.substring(4));
        continue;
      }
      boolean enforced = profiles.find(e.getKey()).map(x -> catalogue.enforces(r, x)).orElse(false);
      b.append(
          !enforced
              ? m.text("explain.tidak-berlaku")
              : e.getValue().isEmpty()
                  ? m.text("explain.tanpa-sitasi")
                  : v(String.join("; ", e.getValue().stream().map(Citation::toString).toList())));
      b.append('\n');
    }
    Optional<String> variant = profileId;
    if (variant.isEmpty() && catalogue.example(r, "fail", Optional.empty()).isEmpty()) {
      // Regulation rules have examples per profile only: show the first enforcing profile's.
      variant =
          catalogue.citationsByProfile(r).entrySet().stream()
              .filter(e -> !e.getValue().isEmpty())
              .map(Map.Entry::getKey)
              .filter(id -> catalogue.example(r, "fail", Optional.of(id)).isPresent())
              .findFirst();
      variant.ifPresent(
          v ->
              b.append('\n')
                  .append(m.format("explain.contoh-profil", v, r.id().value()))
                  .append('\n'));
    }
    for (String kind : List.of("fail", "pass")) {
      Optional<String> ex = catalogue.example(r, kind, variant);
      if (ex.isPresent()) {
        b.append('\n').append(m.text("explain.contoh-" + kind)).append(":\n\n");
        ex.get().lines().forEach(l -> b.append("    ").append(l).append('\n'));
      }
    }
    return new Jawaban(true, b.toString());
  }

  /**
   * One line per clause: its citations (a clause and those it conflicts with, joined by " ⟷ "),
   * with its severity in brackets where it differs from {@code shown}.
   */
  private String applied(List<Berlaku> applied, Severity shown, String indent) {
    StringBuilder b = new StringBuilder();
    for (Berlaku a : applied) {
      String pre = String.format(indent, "", "");
      String sev =
          a.severity() == shown ? "" : "[" + m.text("keparahan." + a.severity().key()) + "] ";
      b.append(pre)
          .append(sev)
          .append(v(String.join(" ⟷ ", a.citations().stream().map(Citation::toString).toList())))
          .append('\n');
    }
    return b.toString();
  }

  public Jawaban profiles(String format) {
    List<Profile> all =
        profiles.ids().stream().map(profiles::find).flatMap(Optional::stream).toList();
    if ("json".equals(format)) {
      return new Jawaban(
          true,
          json(
              g -> {
                g.writeStartArray();
                for (Profile p : all) {
                  g.writeStartObject();
                  g.writeStringField("id", p.id());
                  g.writeStringField("name", p.nama());
                  g.writeStringField("regulation", p.regulasi().judul());
                  g.writeStringField("short", p.regulasi().singkatan());
                  g.writeBooleanField("bundled", profiles.isBundled(p.id()));
                  g.writeArrayFieldStart("extends");
                  for (String c : p.chain().subList(1, p.chain().size())) {
                    g.writeString(c);
                  }
                  g.writeEndArray();
                  g.writeArrayFieldStart("structureModels");
                  for (ModelStruktur s : p.modelStruktur()) {
                    g.writeStartObject();
                    g.writeStringField("id", s.id());
                    g.writeStringField("name", s.nama());
                    g.writeStringField("citation", s.sitasi());
                    g.writeNumberField("perangkatDaerah", s.perangkatDaerah().size());
                    g.writeEndObject();
                  }
                  g.writeEndArray();
                  g.writeEndObject();
                }
                g.writeEndArray();
              }));
    }
    StringBuilder b = new StringBuilder();
    for (Profile p : all) {
      b.append(v(p.id())).append(" — ").append(v(p.nama())).append('\n');
      b.append("  ").append(v(p.regulasi().judul())).append('\n');
      if (p.chain().size() > 1) {
        b.append("  extends: ")
            .append(v(String.join(" → ", p.chain().subList(1, p.chain().size()))))
            .append('\n');
      }
      for (ModelStruktur s : p.modelStruktur()) {
        b.append(String.format("    %-22s %s — %s", v(s.id()), v(s.nama()), v(s.sitasi())));
        if (!s.perangkatDaerah().isEmpty()) {
          b.append(m.format("profiles.jumlah-pd", s.perangkatDaerah().size()));
        }
        b.append('\n');
      }
      b.append('\n');
    }
    return new Jawaban(true, b.toString());
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

  /**
   * Text from a profile file (a user's data) as text output shows it: control characters escaped,
   * so a name cannot forge a line or drive the terminal.
   */
  private static String v(String s) {
    return id.sisker.report.Outputs.visible(s);
  }
}
