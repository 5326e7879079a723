package id.sisker.rule;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Runs checks and turns what they report into findings: severity and citations as {@link Berlaku}
 * resolves them, positions from the source map.
 */
public final class Engine {

  private final Catalogue catalogue;
  private final List<Check> checks;

  public Engine(Catalogue catalogue, List<Check> checks) {
    this.catalogue = catalogue;
    this.checks = List.copyOf(checks);
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
          Berlaku berlaku = Berlaku.of(info, ctx.profile(), basis);
          Finding.Builder b =
              Finding.builder(rule, berlaku.severity(), message)
                  .path(path)
                  .hint(shownHint)
                  .related(rel)
                  .citations(berlaku.citations());
          at.ifPresent(b::span);
          out.add(b.build());
        };
    for (Check c : checks) {
      c.run(ctx, emitter);
    }
    return out;
  }

  static boolean disabled(Context ctx, RuleId rule) {
    return Berlaku.nonaktif(ctx.profile(), rule);
  }
}
