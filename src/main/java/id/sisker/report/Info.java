package id.sisker.report;

import id.sisker.finding.Citation;
import id.sisker.finding.Severity;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of {@code sisker rules}, {@code explain} and {@code profiles} as values, and the
 * reasons a question has no answer: {@code app.Informasi} finds them, {@link InfoText} and {@link
 * InfoJson} render them. Titles and descriptions are already in the reader's language.
 */
public final class Info {

  private Info() {}

  /**
   * One clause by which a profile applies a rule, as {@code validate} reports it: its severity and
   * citations (a clause and those it conflicts with).
   */
  public record Clause(Severity severity, List<Citation> citations) {
    public Clause {
      citations = List.copyOf(citations);
    }
  }

  /**
   * A rule as {@code sisker rules} lists it. {@code severity}: under the chosen profile, else the
   * default; {@code stage}: the stage's name ({@code BERKAS}, {@code FORMAT}, …); {@code
   * citations}: per profile id in the registry's order (only the chosen profile's when one was
   * chosen); {@code applied}: present when a profile was chosen, one clause per entry.
   */
  public record Rule(
      String id,
      Severity severity,
      String stage,
      String title,
      String description,
      Map<String, List<Citation>> citations,
      Optional<List<Clause>> applied) {
    public Rule {
      citations = ordered(citations);
      applied = applied.map(List::copyOf);
    }
  }

  /**
   * What one profile says about a rule, as {@code explain} shows it: whether it enforces it, its
   * citations, and (when this profile was chosen) the clauses it applies it by.
   */
  public record Source(
      String profile, boolean enforced, List<Citation> citations, Optional<List<Clause>> applied) {
    public Source {
      citations = List.copyOf(citations);
      applied = applied.map(List::copyOf);
    }
  }

  /**
   * The answer of {@code sisker explain}. {@code severity}: under the chosen profile ({@code
   * underProfile}) or the default; {@code causes}: the rules whose findings this rule's may follow
   * from; {@code exampleProfile}: the profile whose examples are shown when none was chosen and the
   * rule has examples per profile only; {@code failing}/{@code passing}: the example YAML.
   */
  public record Explanation(
      String id,
      String title,
      String description,
      Severity severity,
      boolean underProfile,
      boolean fatal,
      String stage,
      List<String> causes,
      List<Source> sources,
      Optional<String> exampleProfile,
      Optional<String> failing,
      Optional<String> passing) {
    public Explanation {
      causes = List.copyOf(causes);
      sources = List.copyOf(sources);
    }
  }

  /** A structure model a profile states, with how many perangkat daerah it names. */
  public record StructureModel(String id, String name, String citation, int perangkatDaerah) {}

  /**
   * A regulation profile as {@code sisker profiles} lists it; {@code ancestors}: the profiles it
   * extends, nearest first.
   */
  public record Profile(
      String id,
      String name,
      String regulation,
      String shortName,
      boolean bundled,
      List<String> ancestors,
      List<StructureModel> structureModels) {
    public Profile {
      ancestors = List.copyOf(ancestors);
      structureModels = List.copyOf(structureModels);
    }
  }

  /** Why a question about sisker's rules or profiles has no answer. */
  public sealed interface Refusal permits UnknownRule, UnknownProfile {}

  /** A rule id nobody knows, with the nearest known ones (possibly none). */
  public record UnknownRule(String id, List<String> near) implements Refusal {
    public UnknownRule {
      near = List.copyOf(near);
    }
  }

  /** A profile id nobody knows, with the known ones and the nearest of them (possibly none). */
  public record UnknownProfile(String id, List<String> known, List<String> near)
      implements Refusal {
    public UnknownProfile {
      known = List.copyOf(known);
      near = List.copyOf(near);
    }
  }

  private static Map<String, List<Citation>> ordered(Map<String, List<Citation>> m) {
    Map<String, List<Citation>> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }
}
