package id.sisker.rule;

import id.sisker.finding.Citation;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import java.util.List;

/**
 * The metadata of one rule: what it checks, how serious a breach is, and where the obligation comes
 * from. The text shown for each finding comes from the message bundles; this is what {@code
 * docs/rules.md} and SARIF rule metadata are made of.
 *
 * @param fatal whether a breach makes the input unusable (exit code 2)
 */
public record RuleInfo(
    RuleId id,
    Severity severity,
    Stage stage,
    boolean fatal,
    String judul,
    String title,
    String uraian,
    String description,
    List<Citation> citations) {

  public RuleInfo {
    citations = List.copyOf(citations);
  }

  public String title(String lang) {
    return "en".equals(lang) ? title : judul;
  }

  public String description(String lang) {
    return "en".equals(lang) ? description : uraian;
  }
}
