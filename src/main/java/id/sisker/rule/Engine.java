package id.sisker.rule;

import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs checks and turns what they report into findings: severity and citations from the catalogue,
 * positions from the source map.
 */
public final class Engine {

  private final Catalogue catalogue;
  private final List<Check> checks;

  public Engine(Catalogue catalogue, List<Check> checks) {
    this.catalogue = catalogue;
    this.checks = List.copyOf(checks);
  }

  public static Engine standard() {
    return new Engine(Catalogue.get(), Checks.all());
  }

  /** Runs every check; {@code enabled} limits which rules may report (tests run one rule alone). */
  public List<Finding> run(Context ctx, SourceMap map, Predicate<RuleId> enabled) {
    List<Finding> out = new ArrayList<>();
    Emitter emitter =
        (rule, path, message, hint, related, basis) -> {
          if (!enabled.test(rule) || disabled(ctx, rule)) {
            return;
          }
          RuleInfo info = catalogue.get(rule);
          Optional<Span> at = map.find(path);
          List<Span> rel = new ArrayList<>();
          for (NodePath p : related) {
            // The primary position is shown already; list only the other places.
            map.find(p).filter(s -> !at.equals(Optional.of(s))).ifPresent(rel::add);
          }
          Message shownHint = hint;
          if (basis.isPresent() && basis.get().catatan().isPresent()) {
            Message note = Message.of("catatan.regulasi", basis.get().catatan().get());
            shownHint = hint == null ? note : Message.of("saran.dan-catatan", hint, note);
          }
          Finding.Builder b =
              Finding.builder(rule, severity(ctx, info, basis), message)
                  .path(path)
                  .hint(shownHint)
                  .related(rel)
                  .citations(citations(ctx, info, basis));
          at.ifPresent(b::span);
          out.add(b.build());
        };
    for (Check c : checks) {
      c.run(ctx, emitter);
    }
    return out;
  }

  /** Default, then the clause's own force, then the profile's adjustments (the last match wins). */
  static Severity severity(Context ctx, RuleInfo info, Optional<Ketentuan> basis) {
    Severity s = info.severity();
    if (basis.isPresent() && basis.get().keparahan().isPresent()) {
      s = basis.get().keparahan().get();
    }
    if (ctx.profile().isPresent()) {
      for (Facts.Penyesuaian p : ctx.profile().get().aturan()) {
        if (p.matches(info.id().value()) && p.keparahan().isPresent()) {
          s = p.keparahan().get();
        }
      }
    }
    return s;
  }

  static boolean disabled(Context ctx, RuleId rule) {
    boolean off = false;
    if (ctx.profile().isPresent()) {
      for (Facts.Penyesuaian p : ctx.profile().get().aturan()) {
        if (p.matches(rule.value())) {
          off = p.nonaktif();
        }
      }
    }
    return off;
  }

  /**
   * The clause breached, cited from the active profile's regulation; else the profile's own
   * citation for the rule; else the catalogue's general sources that apply here.
   */
  static List<Citation> citations(Context ctx, RuleInfo info, Optional<Ketentuan> basis) {
    if (ctx.profile().isPresent()) {
      String reg = ctx.profile().get().regulasi().singkatan();
      if (basis.isPresent() && !basis.get().sitasi().isEmpty()) {
        return List.of(new Citation(reg, basis.get().sitasi()));
      }
      Optional<String> own = Optional.empty();
      for (Facts.Penyesuaian p : ctx.profile().get().aturan()) {
        if (p.matches(info.id().value()) && p.sitasi().isPresent()) {
          own = p.sitasi();
        }
      }
      if (own.isPresent()) {
        return List.of(new Citation(reg, own.get()));
      }
    }
    return info.citations().stream().filter(ctx::applies).toList();
  }
}
