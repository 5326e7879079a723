package id.sisker.app;

import id.sisker.finding.Citation;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.profile.Profile;
import id.sisker.profile.ProfileRegistry;
import id.sisker.rule.Berlaku;
import id.sisker.rule.Catalogue;
import id.sisker.rule.Check;
import id.sisker.rule.RuleInfo;
import id.sisker.rule.check.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule catalogue as users ask about it: which rules exist, which a profile enforces and by
 * which clauses, and a failing and a passing example of each.
 */
public final class RuleCatalogue {

  private final ProfileRegistry profiles;
  private final List<Check> checks = Checks.all();

  public RuleCatalogue(ProfileRegistry profiles) {
    this.profiles = profiles;
  }

  public List<RuleInfo> all() {
    return Catalogue.get().all();
  }

  public Optional<RuleInfo> find(String id) {
    try {
      return Catalogue.get().find(RuleId.of(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The clauses by which profile {@code p} enforces {@code rule}, in the order {@link Berlaku}
   * resolves them (empty: the profile does not enforce it).
   */
  public List<Citation> citations(RuleInfo rule, Profile p) {
    List<Citation> out = new ArrayList<>();
    for (Berlaku b : applied(rule, p)) {
      for (Citation c : b.citations()) {
        if (!out.contains(c)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  /**
   * Each severity and citation list with which {@code p} applies {@code rule}, exactly as {@code
   * validate} reports them (empty: the profile does not enforce it).
   */
  public List<Berlaku> applied(RuleInfo rule, Profile p) {
    return Berlaku.semua(rule, p, checks);
  }

  /** The severity {@code p} gives {@code rule} where no clause of its own says otherwise. */
  public Severity severity(RuleInfo rule, Profile p) {
    return Berlaku.of(rule, Optional.of(p), Optional.empty()).severity();
  }

  /**
   * Whether {@code p} enforces {@code rule}: every non-regulation rule, and regulation rules it
   * states facts for.
   */
  public boolean enforces(RuleInfo rule, Profile p) {
    return !applied(rule, p).isEmpty();
  }

  /** Citations per profile id, bundled profiles in their order. */
  public Map<String, List<Citation>> citationsByProfile(RuleInfo rule) {
    Map<String, List<Citation>> out = new LinkedHashMap<>();
    for (String id : profiles.ids()) {
      profiles.find(id).ifPresent(p -> out.put(id, citations(rule, p)));
    }
    return out;
  }

  /**
   * A bundled example of {@code rule}: {@code kind} is "pass" or "fail"; {@code variant} e.g. a
   * profile id.
   */
  public Optional<String> example(RuleInfo rule, String kind, Optional<String> variant) {
    String base = "/id/sisker/fixtures/" + rule.id().value() + "/";
    List<String> names = new ArrayList<>();
    variant.ifPresent(v -> names.add(kind + "-" + v + ".yaml"));
    names.add(kind + ".yaml");
    names.add(kind + "/daerah.yaml");
    for (String n : names) {
      try (InputStream in = RuleCatalogue.class.getResourceAsStream(base + n)) {
        if (in != null) {
          return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public ProfileRegistry profiles() {
    return profiles;
  }
}
