package id.sisker.format;

import id.sisker.finding.RuleId;

/** The ids of problems of form, found while checking a file against its format. */
public final class FormatRules {

  private FormatRules() {}

  public static final RuleId UNKNOWN_KEY = RuleId.of("yaml.kunci-tak-dikenal");
  public static final RuleId WRONG_TYPE = RuleId.of("yaml.tipe");
  public static final RuleId MISSING = RuleId.of("yaml.wajib");
  public static final RuleId EMPTY = RuleId.of("yaml.kosong");
  public static final RuleId BAD_VALUE = RuleId.of("yaml.nilai");
}
