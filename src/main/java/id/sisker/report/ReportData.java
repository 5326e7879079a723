package id.sisker.report;

import id.sisker.finding.Finding;
import id.sisker.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a writer needs: the inputs, their findings in a stable order, and the tool version.
 * Suppressed findings are kept (JSON and SARIF record them with their reason) but never counted;
 * text shows them only when {@code showSuppressed}.
 */
public record ReportData(
    String version,
    List<InputSummary> inputs,
    List<Finding> findings,
    Map<String, RuleDoc> rules,
    Optional<Severity> failOn,
    boolean showSuppressed) {

  /** Without rule metadata, failing on errors: enough for text and JSON. */
  public ReportData(String version, List<InputSummary> inputs, List<Finding> findings) {
    this(version, inputs, findings, Map.of(), Optional.of(Severity.ERROR), false);
  }

  /**
   * Files first (by name, line, column), then findings without a position, each tie broken by rule
   * and message.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.span().isEmpty())
          .thenComparing(f -> f.span().map(s -> s.file().name()).orElse(""))
          .thenComparingInt(f -> f.span().map(s -> s.line()).orElse(0))
          .thenComparingInt(f -> f.span().map(s -> s.column()).orElse(0))
          .thenComparing(f -> f.rule().value())
          .thenComparing(f -> f.path().value())
          .thenComparing(f -> f.message().key())
          .thenComparing(f -> f.message().args().toString());

  public ReportData {
    inputs = List.copyOf(inputs);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    findings = List.copyOf(causeFirst(sorted));
    rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
  }

  /**
   * Each consequence moved to just after its cause (ADR 50), in {@link #ORDER} among themselves; a
   * consequence whose cause is not in the list keeps its place.
   */
  private static List<Finding> causeFirst(List<Finding> sorted) {
    java.util.Map<id.sisker.finding.Cause, Integer> causes = new java.util.HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (!sorted.get(i).isConsequence()) {
        causes.putIfAbsent(id.sisker.finding.Cause.of(sorted.get(i)), i);
      }
    }
    java.util.Map<Integer, List<Finding>> under = new java.util.HashMap<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      Finding f = sorted.get(i);
      Integer at = f.consequenceOf().map(causes::get).orElse(null);
      if (at == null) {
        roots.add(i);
      } else {
        under.computeIfAbsent(at, k -> new ArrayList<>()).add(f);
      }
    }
    if (under.isEmpty()) {
      return sorted;
    }
    List<Finding> out = new ArrayList<>(sorted.size());
    for (int i : roots) {
      out.add(sorted.get(i));
      out.addAll(under.getOrDefault(i, List.of()));
    }
    return out;
  }

  /**
   * The consequences of each cause, in report order; look a cause up with {@code
   * Cause.of(finding)}. Writers call this once per report.
   */
  public Map<id.sisker.finding.Cause, List<Finding>> consequencesByCause() {
    Map<id.sisker.finding.Cause, List<Finding>> out = new java.util.HashMap<>();
    for (Finding f : findings) {
      f.consequenceOf().ifPresent(c -> out.computeIfAbsent(c, k -> new ArrayList<>()).add(f));
    }
    return out;
  }

  /** The consequences of {@code cause} in {@code byCause}; none for a consequence itself. */
  public static List<Finding> consequences(
      Map<id.sisker.finding.Cause, List<Finding>> byCause, Finding cause) {
    return cause.isConsequence()
        ? List.of()
        : byCause.getOrDefault(id.sisker.finding.Cause.of(cause), List.of());
  }

  /** Whether {@code f} is at or above the --fail-on threshold: consequences never are. */
  public boolean failing(Finding f) {
    return f.counts() && failOn.map(t -> f.severity().atLeast(t)).orElse(false);
  }

  /**
   * Counted findings of severity {@code s}: suppressed ones and consequences of another finding are
   * not counted.
   */
  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s && f.counts()).count();
  }

  /**
   * Consequences shown under a cause that is itself shown (neither is suppressed): written, not
   * counted. Those of a suppressed cause are hidden with it.
   */
  public long consequenceCount() {
    java.util.Set<id.sisker.finding.Cause> hidden = new java.util.HashSet<>();
    for (Finding f : findings) {
      if (f.isSuppressed() && !f.isConsequence()) {
        hidden.add(id.sisker.finding.Cause.of(f));
      }
    }
    return findings.stream()
        .filter(
            f ->
                f.isConsequence() && !f.isSuppressed() && !hidden.contains(f.consequenceOf().get()))
        .count();
  }

  public long suppressedCount() {
    return findings.stream().filter(Finding::isSuppressed).count();
  }
}
