package id.sisker.format;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The format's value patterns as tests. The three that every id, reference and date goes through
 * are written by hand (a regular expression costs a matcher per value, and a large daerah has
 * millions of values); a test keeps them equal to their expressions. Any other pattern is compiled.
 */
final class Patterns {

  private Patterns() {}

  static Predicate<String> compile(String regex) {
    return switch (regex) {
      case DaerahFormat.ID_PATTERN -> Patterns::isId;
      case DaerahFormat.REF_PATTERN -> Patterns::isRef;
      case DaerahFormat.DATE_PATTERN -> v -> v.length() == 10 && isDate(v);
      default -> {
        Pattern p = Pattern.compile(regex);
        yield v -> p.matcher(v).matches();
      }
    };
  }

  /** {@code ^[a-z0-9][a-z0-9_-]*$}. */
  static boolean isId(String v) {
    return idEnd(v, 0) == v.length() && !v.isEmpty();
  }

  /** {@code ^([a-z0-9][a-z0-9_-]*\/)?[a-z0-9][a-z0-9_-]*$}. */
  static boolean isRef(String v) {
    int first = idEnd(v, 0);
    if (first == v.length()) {
      return first > 0;
    }
    if (first == 0 || v.charAt(first) != '/') {
      return false;
    }
    int second = idEnd(v, first + 1);
    return second == v.length() && second > first + 1;
  }

  /**
   * Where the id starting at {@code from} ends: {@code from} itself when there is none, else the
   * index after its last character.
   */
  private static int idEnd(String v, int from) {
    if (from >= v.length() || !lowerOrDigit(v.charAt(from))) {
      return from;
    }
    int i = from + 1;
    while (i < v.length()) {
      char c = v.charAt(i);
      if (!(lowerOrDigit(c) || c == '_' || c == '-')) {
        break;
      }
      i++;
    }
    return i;
  }

  private static boolean lowerOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
  }

  /** {@code ^[0-9]{4}-[0-9]{2}-[0-9]{2}$} for a value of length 10. */
  private static boolean isDate(String v) {
    return v.charAt(4) == '-'
        && v.charAt(7) == '-'
        && digits(v, 0, 4) >= 0
        && digits(v, 5, 7) >= 0
        && digits(v, 8, 10) >= 0;
  }

  /** The number written with ASCII digits from {@code from} to {@code to}, or -1. */
  static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
