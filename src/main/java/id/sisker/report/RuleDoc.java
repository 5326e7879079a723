package id.sisker.report;

import id.sisker.finding.Citation;
import id.sisker.finding.Severity;
import java.util.List;

/**
 * What a report says about a rule (SARIF rule metadata, explanations): titles and descriptions in
 * the report's language, default severity and the citations of the active profile.
 */
public record RuleDoc(
    String id,
    Severity severity,
    String title,
    String description,
    String help,
    List<Citation> citations) {

  public RuleDoc {
    citations = List.copyOf(citations);
  }
}
