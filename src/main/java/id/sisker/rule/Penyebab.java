package id.sisker.rule;

import id.sisker.finding.RuleId;
import id.sisker.finding.RulePattern;

/**
 * One declared cause/consequence relation of the catalogue: a finding of a rule matching {@code
 * akibat} follows from a finding of a rule matching {@code sebab} when it lies within {@code
 * cakupan} of it (patterns as in {@code abaikan}: {@code *} for any text).
 */
public record Penyebab(String akibat, String sebab, Cakupan cakupan) {

  public boolean akibatnya(RuleId rule) {
    return RulePattern.matches(akibat, rule.value());
  }

  public boolean sebabnya(RuleId rule) {
    return RulePattern.matches(sebab, rule.value());
  }
}
