package id.sisker.rule;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a message renders cleanly in a language: its key is in the bundle, every placeholder
 * has an argument, and the text is what the pattern says with {@code ''} read as one quote (a lone
 * quote makes MessageFormat swallow text up to the next quote).
 */
final class Rendering {

  static final List<String> LANGUAGES = List.of("id", "en");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private Rendering() {}

  /** The problems of a finding's message and hint in every language; empty when clean. */
  static List<String> problems(Finding f) {
    List<String> out = new ArrayList<>();
    for (String lang : LANGUAGES) {
      Messages m = Messages.forLanguage(lang);
      out.addAll(problems(m, f.message()));
      f.hint().ifPresent(h -> out.addAll(problems(m, h)));
    }
    return out;
  }

  /** The problems of rendering {@code msg}, and of the messages nested in its arguments. */
  static List<String> problems(Messages messages, Message msg) {
    List<String> out = new ArrayList<>();
    String where = messages.language() + " " + msg.key() + ": ";
    if (!messages.has(msg.key())) {
      out.add(where + "key missing from the bundle");
      return out;
    }
    List<String> args = new ArrayList<>();
    for (Object a : msg.args()) {
      if (a instanceof Message nested) {
        out.addAll(problems(messages, nested));
        args.add(messages.format(nested));
      } else {
        args.add(String.valueOf(a));
      }
    }
    String pattern = messages.text(msg.key());
    Matcher p = PLACEHOLDER.matcher(pattern);
    while (p.find()) {
      if (Integer.parseInt(p.group(1)) >= args.size()) {
        out.add(where + "{" + p.group(1) + "} has no argument (" + args.size() + " given)");
      }
    }
    String rendered = messages.format(msg);
    if (PLACEHOLDER.matcher(rendered).find()) {
      out.add(where + "unformatted placeholder in \"" + rendered + "\"");
    }
    String expected = naive(pattern, args);
    if (!rendered.equals(expected)) {
      out.add(where + "renders as \"" + rendered + "\", meant \"" + expected + "\"");
    }
    if (rendered.isBlank() || rendered.equals(msg.key())) {
      out.add(where + "renders as \"" + rendered + "\"");
    }
    return out;
  }

  /** The pattern with {@code ''} as one quote and each {@code {n}} replaced by argument n. */
  static String naive(String pattern, List<String> args) {
    StringBuilder b = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
        b.append('\'');
        i += 2;
        continue;
      }
      if (c == '{') {
        Matcher m = PLACEHOLDER.matcher(pattern).region(i, pattern.length());
        if (m.lookingAt()) {
          int n = Integer.parseInt(m.group(1));
          b.append(n < args.size() ? args.get(n) : m.group());
          i = m.end();
          continue;
        }
      }
      b.append(c);
      i++;
    }
    return b.toString();
  }
}
