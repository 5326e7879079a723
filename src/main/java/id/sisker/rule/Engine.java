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
import java.util.stream.IntStream;

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

  /**
   * Runs every check; {@code enabled} limits which rules may report (tests run one rule alone). The
   * checks only read the model, so they run on all cores, each into its own list; the lists are
   * joined in the checks' order, so the findings are the same as running them one by one.
   */
  public List<Finding> run(Context ctx, SourceMap map, Predicate<RuleId> enabled) {
    List<List<Finding>> each =
        IntStream.range(0, checks.size())
            .parallel()
            .mapToObj(i -> runOne(checks.get(i), ctx, map, enabled))
            .toList();
    List<Finding> out = new ArrayList<>();
    each.forEach(out::addAll);
    return out;
  }

  private List<Finding> runOne(Check c, Context ctx, SourceMap map, Predicate<RuleId> enabled) {
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
    c.run(ctx, emitter);
    return out;
  }

  // --- after the checks: one finding per mistake (issue #8 §5, ADR 50)
  // ----------------------------

  /**
   * A separate step after {@link #run} and loading: marks each finding that follows from another
   * (relations declared in the catalogue) as its consequence; see {@link Akibat}.
   */
  public List<Finding> attachConsequences(List<Finding> findings, Context ctx) {
    return Akibat.lampirkan(findings, Optional.of(ctx.indeks()), catalogue);
  }

  // ---------------------------------------------------------------------------------------------

  static boolean disabled(Context ctx, RuleId rule) {
    return Berlaku.nonaktif(ctx.profile(), rule);
  }
}
