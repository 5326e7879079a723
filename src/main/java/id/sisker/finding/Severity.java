package id.sisker.finding;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Whether this severity is at least as serious as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }

  /** The lower-case name used in YAML, JSON and on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
