package id.sisker.rule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The message keys the main sources pass to {@code Message.of}, read from the source text: keys
 * written as literals (also in a conditional), the literal keys passed to the loader's {@code
 * refError} (which adds {@code .saran} for the hint), and the calls whose key is computed.
 *
 * @param literal each literal key with where it is first used
 * @param dynamic {@code File.java: expression} of each call with a computed key
 */
record SourceKeys(TreeMap<String, String> literal, Set<String> dynamic) {

  /**
   * Computed keys known to be safe: {@code Messages.format(String, ...)} passes its caller's key
   * on, and the loader's reference errors take theirs from {@code refError}'s callers (checked here
   * and by the fixtures, which render every finding).
   */
  static final Set<String> KNOWN_DYNAMIC =
      Set.of(
          "Messages.java: key",
          "ModelBuilder.java: key",
          "ModelBuilder.java: key + \".saran\"",
          "StrukturCheck.java: key",
          "Roles.java: \"peran.\" + r.key()",
          "Roles.java: key",
          "Rendering.java: key");

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

  static SourceKeys scan(Path root) {
    SourceKeys keys = new SourceKeys(new TreeMap<>(), new TreeSet<>());
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path f : files) {
      try {
        keys.read(f.getFileName().toString(), Files.readString(f));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return keys;
  }

  private void read(String file, String src) {
    for (int at = src.indexOf("Message.of("); at >= 0; at = src.indexOf("Message.of(", at + 1)) {
      List<String> args = arguments(src, at + "Message.of(".length());
      String key = args.isEmpty() ? "" : args.get(0).strip();
      List<String> lits = literals(key);
      if (lits.isEmpty() || !lits.stream().allMatch(CatalogueTest::keyShaped) || outside(key)) {
        dynamic.add(file + ": " + key.replaceAll("\\s+", " "));
      } else {
        String where = file + ":" + line(src, at);
        lits.forEach(k -> literal.putIfAbsent(k, where));
      }
    }
    for (int at = src.indexOf("refError("); at >= 0; at = src.indexOf("refError(", at + 1)) {
      List<String> args = arguments(src, at + "refError(".length());
      if (args.size() > 1) {
        for (String k : literals(args.get(1))) {
          literal.putIfAbsent(k, file + ":" + line(src, at));
          literal.putIfAbsent(k + ".saran", file + ":" + line(src, at));
        }
      }
    }
  }

  /** Whether the expression joins text outside its literals ({@code key + ".saran"}). */
  private static boolean outside(String expr) {
    return LITERAL.matcher(expr).replaceAll("\"\"").contains("+");
  }

  private static List<String> literals(String expr) {
    List<String> out = new ArrayList<>();
    Matcher m = LITERAL.matcher(expr);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static int line(String src, int at) {
    int n = 1;
    for (int i = 0; i < at; i++) {
      if (src.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The top-level arguments of the call whose argument list starts at {@code from}. */
  static List<String> arguments(String src, int from) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = from;
    for (int i = from; i < src.length(); i++) {
      char c = src.charAt(i);
      if (c == '"' || c == '\'') {
        i = skipQuoted(src, i, c);
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        depth--;
      } else if (c == ')') {
        out.add(src.substring(start, i));
        return out;
      } else if (c == ',' && depth == 0) {
        out.add(src.substring(start, i));
        start = i + 1;
      }
    }
    return out;
  }

  private static int skipQuoted(String src, int i, char quote) {
    for (int j = i + 1; j < src.length(); j++) {
      char c = src.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == quote) {
        return j;
      }
    }
    return src.length();
  }
}
