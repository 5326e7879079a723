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
    findings = List.copyOf(sorted);
    rules = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(rules));
  }

  /** Whether {@code f} is at or above the --fail-on threshold. */
  public boolean failing(Finding f) {
    return !f.isSuppressed() && failOn.map(t -> f.severity().atLeast(t)).orElse(false);
  }

  /** Counted findings of severity {@code s}: suppressed ones are not counted. */
  public long count(Severity s) {
    return findings.stream().filter(f -> f.severity() == s && !f.isSuppressed()).count();
  }

  public long suppressedCount() {
    return findings.stream().filter(Finding::isSuppressed).count();
  }
}
