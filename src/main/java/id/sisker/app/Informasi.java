package id.sisker.app;

import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.finding.Severity;
import id.sisker.profile.ModelStruktur;
import id.sisker.profile.Profile;
import id.sisker.profile.ProfileRegistry;
import id.sisker.report.Info;
import id.sisker.rule.Berlaku;
import id.sisker.rule.Catalogue;
import id.sisker.rule.Penyebab;
import id.sisker.rule.RuleInfo;
import id.sisker.text.Suggest;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of {@code sisker rules}, {@code sisker explain} and {@code sisker profiles} as values
 * ({@link Info}), titles and descriptions in the chosen language; {@code report.InfoText} and
 * {@code report.InfoJson} render them. A question sisker cannot answer (an unknown rule or profile)
 * comes back as a refusal with the nearest known ids.
 */
public final class Informasi {

  /** The answer to a question, or (when {@code refusal} is present) why there is none. */
  public record Jawaban<T>(Optional<T> answer, Optional<Info.Refusal> refusal) {

    public static <T> Jawaban<T> of(T answer) {
      return new Jawaban<>(Optional.of(answer), Optional.empty());
    }

    public static <T> Jawaban<T> tolak(Info.Refusal why) {
      return new Jawaban<>(Optional.empty(), Optional.of(why));
    }
  }

  private final ProfileRegistry profiles;
  private final RuleCatalogue catalogue;
  private final String lang;

  /** {@code lang}: {@code id} or {@code en}, the language of rule titles and descriptions. */
  public Informasi(Path workingDir, List<Path> profileFiles, String lang) {
    this.profiles = ProfileRegistry.bundled();
    for (Path f : profileFiles) {
      profiles.addFile(workingDir.resolve(f), workingDir, YamlLimits.DEFAULTS);
    }
    this.catalogue = new RuleCatalogue(profiles);
    this.lang = lang;
  }

  /** Problems in profile files given with --profile-file. */
  public List<Finding> profileFindings() {
    return profiles.findings().stream()
        .filter(f -> f.span().map(s -> s.file().path() != null).orElse(false))
        .toList();
  }

  private Optional<Info.UnknownProfile> unknownProfile(Optional<String> id) {
    return id.flatMap(x -> ProfilTakDikenal.of(x, profiles.ids()));
  }

  /** Every rule, or those the profile enforces with the clauses it applies them by. */
  public Jawaban<List<Info.Rule>> rules(Optional<String> profileId) {
    Optional<Info.UnknownProfile> bad = unknownProfile(profileId);
    if (bad.isPresent()) {
      return Jawaban.tolak(bad.get());
    }
    Optional<Profile> p = profileId.flatMap(profiles::find);
    List<Info.Rule> out = new ArrayList<>();
    for (RuleInfo r : catalogue.all()) {
      if (p.isPresent() && !catalogue.enforces(r, p.get())) {
        continue;
      }
      Map<String, List<Citation>> citations = new LinkedHashMap<>();
      for (Map.Entry<String, List<Citation>> e : catalogue.citationsByProfile(r).entrySet()) {
        if (p.isEmpty() || e.getKey().equals(p.get().id())) {
          citations.put(e.getKey(), e.getValue());
        }
      }
      out.add(
          new Info.Rule(
              r.id().value(),
              p.map(x -> catalogue.severity(r, x)).orElse(r.severity()),
              r.stage().name(),
              r.title(lang),
              r.description(lang),
              citations,
              p.map(x -> clauses(catalogue.applied(r, x)))));
    }
    return Jawaban.of(out);
  }

  /** One rule explained: what it checks, where it comes from per profile, and its examples. */
  public Jawaban<Info.Explanation> explain(String ruleId, Optional<String> profileId) {
    Optional<RuleInfo> rule = catalogue.find(ruleId);
    if (rule.isEmpty()) {
      List<String> ids = catalogue.all().stream().map(r -> r.id().value()).toList();
      return Jawaban.tolak(new Info.UnknownRule(ruleId, Suggest.closest(ruleId, ids, 3)));
    }
    Optional<Info.UnknownProfile> bad = unknownProfile(profileId);
    if (bad.isPresent()) {
      return Jawaban.tolak(bad.get());
    }
    RuleInfo r = rule.get();
    Optional<Profile> chosen = profileId.flatMap(profiles::find);
    Severity shown = chosen.map(x -> catalogue.severity(r, x)).orElse(r.severity());
    // The findings this rule's finding may follow from (ADR 50): then it is shown under them.
    List<String> causes = new ArrayList<>();
    for (Penyebab p : Catalogue.get().penyebab(r.id())) {
      if (!causes.contains(p.sebab())) {
        causes.add(p.sebab());
      }
    }
    List<Info.Source> sources = new ArrayList<>();
    for (Map.Entry<String, List<Citation>> e : catalogue.citationsByProfile(r).entrySet()) {
      if (profileId.isPresent() && !e.getKey().equals(profileId.get())) {
        continue;
      }
      if (chosen.isPresent()) {
        List<Info.Clause> applied = clauses(catalogue.applied(r, chosen.get()));
        sources.add(
            new Info.Source(e.getKey(), !applied.isEmpty(), e.getValue(), Optional.of(applied)));
      } else {
        boolean enforced =
            profiles.find(e.getKey()).map(x -> catalogue.enforces(r, x)).orElse(false);
        sources.add(new Info.Source(e.getKey(), enforced, e.getValue(), Optional.empty()));
      }
    }
    Optional<String> variant = profileId;
    Optional<String> exampleProfile = Optional.empty();
    if (variant.isEmpty() && catalogue.example(r, "fail", Optional.empty()).isEmpty()) {
      // Regulation rules have examples per profile only: show the first enforcing profile's.
      variant =
          catalogue.citationsByProfile(r).entrySet().stream()
              .filter(e -> !e.getValue().isEmpty())
              .map(Map.Entry::getKey)
              .filter(id -> catalogue.example(r, "fail", Optional.of(id)).isPresent())
              .findFirst();
      exampleProfile = variant;
    }
    return Jawaban.of(
        new Info.Explanation(
            r.id().value(),
            r.title(lang),
            r.description(lang),
            shown,
            chosen.isPresent(),
            r.fatal(),
            r.stage().name(),
            causes,
            sources,
            exampleProfile,
            catalogue.example(r, "fail", variant),
            catalogue.example(r, "pass", variant)));
  }

  /** Every profile known: the bundled ones, then those of the profile files given. */
  public List<Info.Profile> profiles() {
    List<Info.Profile> out = new ArrayList<>();
    for (String id : profiles.ids()) {
      profiles
          .find(id)
          .ifPresent(
              p ->
                  out.add(
                      new Info.Profile(
                          p.id(),
                          p.nama(),
                          p.regulasi().judul(),
                          p.regulasi().singkatan(),
                          profiles.isBundled(p.id()),
                          p.chain().subList(1, p.chain().size()),
                          p.modelStruktur().stream().map(Informasi::model).toList())));
    }
    return out;
  }

  private static Info.StructureModel model(ModelStruktur s) {
    return new Info.StructureModel(s.id(), s.nama(), s.sitasi(), s.perangkatDaerah().size());
  }

  private static List<Info.Clause> clauses(List<Berlaku> applied) {
    return applied.stream().map(a -> new Info.Clause(a.severity(), a.citations())).toList();
  }
}
