package id.sisker.finding;

/**
 * The one glob over rule ids, shared by {@code abaikan}, baselines and a profile's {@code aturan}:
 * {@code *} stands for any text (dots included), every other character for itself.
 */
public final class RulePattern {

  private RulePattern() {}

  /** Whether {@code ruleId} matches {@code pattern} ({@code kedudukan.*}, {@code *}). */
  public static boolean matches(String pattern, String ruleId) {
    return matches(pattern, 0, ruleId, 0);
  }

  private static boolean matches(String p, int i, String s, int j) {
    // Iterative glob with backtracking to the last star: linear for the patterns people write.
    int star = -1;
    int mark = 0;
    while (j < s.length()) {
      if (i < p.length() && p.charAt(i) == '*') {
        star = i++;
        mark = j;
      } else if (i < p.length() && p.charAt(i) == s.charAt(j)) {
        i++;
        j++;
      } else if (star >= 0) {
        i = star + 1;
        j = ++mark;
      } else {
        return false;
      }
    }
    while (i < p.length() && p.charAt(i) == '*') {
      i++;
    }
    return i == p.length();
  }
}
