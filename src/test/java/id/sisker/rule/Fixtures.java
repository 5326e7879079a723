package id.sisker.rule;

import id.sisker.app.Validation;
import id.sisker.finding.Finding;
import id.sisker.finding.RuleId;
import id.sisker.profile.ProfileRegistry;
import id.sisker.rule.check.Checks;
import id.sisker.source.Span;
import id.sisker.yaml.YamlLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule fixtures under {@code src/main/resources/id/sisker/fixtures/<rule-id>/}: a {@code pass}
 * and a {@code fail} case per rule, each a root file ({@code pass.yaml}) or a daerah folder ({@code
 * pass/daerah.yaml}); further cases may be named {@code fail-<what>.yaml} or {@code fail-<what>/}.
 *
 * <p>A failing case marks every expected finding with {@code # expect: <rule-id>} at the end of the
 * line it is reported on (several ids on one line mean several findings there); {@code
 * <rule-id>:<severity>} states a severity other than the catalogue's (a profile may lower one).
 *
 * <p>One finding per mistake (ADR 50): with every rule on, a failing case reports its {@code
 * expect} findings as primary findings and nothing else as primary; the findings that follow from
 * them are consequences and need no marker. {@code <rule-id>:akibat} marks an expected finding of
 * the case's rule that is itself a consequence of another; {@code # primer: <rule-id>} marks a
 * primary finding of another rule that the case shows too (its cause, or a second problem the data
 * cannot avoid). A case that documents a known bug outside the rule package carries {@code #
 * dinonaktifkan: <reason>} and is skipped with that reason until the bug is fixed. A fixture whose
 * root holds {@code profil:} is a regulation profile rather than a daerah.
 */
final class Fixtures {

  static final Path ROOT = Path.of("src", "main", "resources", "id", "sisker", "fixtures");

  private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*([^#]+?)\\s*(?=#|$)");
  private static final Pattern PRIMER = Pattern.compile("#\\s*primer:\\s*([^#]+?)\\s*(?=#|$)");
  private static final Pattern DISABLED = Pattern.compile("#\\s*dinonaktifkan:\\s*(.+?)\\s*$");

  private Fixtures() {}

  /** One expected or reported finding: rule and where. */
  record At(String rule, String file, int line) implements Comparable<At> {
    @Override
    public int compareTo(At o) {
      int c = file.compareTo(o.file);
      if (c == 0) {
        c = Integer.compare(line, o.line);
      }
      return c != 0 ? c : rule.compareTo(o.rule);
    }

    @Override
    public String toString() {
      return file + ":" + line + " " + rule;
    }
  }

  /** The folder of every rule that has fixtures, sorted by rule id. */
  static List<Path> ruleDirs() {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The cases of {@code kind} ("pass" or "fail") in a rule's folder: {@code kind.yaml}, {@code
   * kind/}, {@code kind-*.yaml}, {@code kind-*}/, sorted by name.
   */
  static List<Path> cases(Path ruleDir, String kind) {
    try (Stream<Path> s = Files.list(ruleDir)) {
      return s.filter(
              p -> {
                String n = p.getFileName().toString();
                String stem = Files.isDirectory(p) ? n : n.replaceFirst("\\.ya?ml$", "");
                if (!Files.isDirectory(p) && stem.equals(n)) {
                  return false;
                }
                return stem.equals(kind) || stem.startsWith(kind + "-");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The YAML files of a case: the file itself, or every YAML file in the folder. */
  static List<Path> files(Path input) {
    if (!Files.isDirectory(input)) {
      return List.of(input);
    }
    try (Stream<Path> s = Files.walk(input)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The findings a case expects, from its {@code # expect:} markers. */
  static List<At> markers(Path ruleDir, Path input) {
    List<At> out = new ArrayList<>(expected(ruleDir, input).stream().map(Marker::at).toList());
    out.sort(null);
    return out;
  }

  /**
   * The severities markers state explicitly ({@code # expect: kedudukan.dasar:info}), for the
   * findings a profile or a check reports below or above the catalogue's default severity.
   */
  static Map<At, String> severities(Path ruleDir, Path input) {
    Map<At, String> out = new HashMap<>();
    for (Marker mk : expected(ruleDir, input)) {
      mk.severity().ifPresent(v -> out.put(mk.at(), v));
    }
    return out;
  }

  /**
   * One marker token: where, which rule, the severity it states (if any), and whether the finding
   * is expected as a consequence of another ({@code :akibat}).
   */
  private record Marker(At at, Optional<String> severity, boolean akibat) {}

  /** Every {@code expect} marker of a case, one per token (a rule named twice is two findings). */
  private static List<Marker> expected(Path ruleDir, Path input) {
    return tokens(ruleDir, input, EXPECT);
  }

  private static List<Marker> tokens(Path ruleDir, Path input, Pattern marker) {
    List<Marker> out = new ArrayList<>();
    for (Path f : files(input)) {
      List<String> lines = lines(f);
      for (int i = 0; i < lines.size(); i++) {
        Matcher m = marker.matcher(lines.get(i));
        while (m.find()) {
          for (String token : m.group(1).split("[\\s,]+", -1)) {
            if (token.isEmpty()) {
              continue;
            }
            String[] parts = token.split(":", -1);
            Optional<String> severity = Optional.empty();
            boolean akibat = false;
            for (int k = 1; k < parts.length; k++) {
              if (parts[k].equals("akibat")) {
                akibat = true;
              } else {
                severity = Optional.of(parts[k]);
              }
            }
            out.add(new Marker(new At(parts[0], name(ruleDir, f), i + 1), severity, akibat));
          }
        }
      }
    }
    return out;
  }

  /**
   * The primary findings a case expects with every rule on: its {@code expect} markers not marked
   * {@code :akibat}, and its {@code primer} markers.
   */
  static List<At> primary(Path ruleDir, Path input) {
    List<At> out = new ArrayList<>();
    for (Marker mk : expected(ruleDir, input)) {
      if (!mk.akibat()) {
        out.add(mk.at());
      }
    }
    tokens(ruleDir, input, PRIMER).forEach(mk -> out.add(mk.at()));
    out.sort(null);
    return out;
  }

  /** The {@code expect} markers of a case marked {@code :akibat}. */
  static List<At> consequences(Path ruleDir, Path input) {
    List<At> out = new ArrayList<>();
    for (Marker mk : expected(ruleDir, input)) {
      if (mk.akibat()) {
        out.add(mk.at());
      }
    }
    out.sort(null);
    return out;
  }

  /** Why a case is switched off, if it is. */
  static Optional<String> disabled(Path input) {
    for (Path f : files(input)) {
      for (String l : lines(f)) {
        Matcher m = DISABLED.matcher(l);
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** Whether the case is a regulation profile rather than a daerah. */
  static boolean isProfile(Path input) {
    return !Files.isDirectory(input)
        && lines(input).stream().anyMatch(l -> l.startsWith("profil:"));
  }

  /** Where each finding was reported. */
  static List<At> reported(List<Finding> findings) {
    List<At> out = new ArrayList<>();
    for (Finding f : findings) {
      out.add(
          new At(
              f.rule().value(),
              f.span().map(s -> s.file().name()).orElse("?"),
              f.span().map(Span::line).orElse(0)));
    }
    out.sort(null);
    return out;
  }

  /** Validates a daerah case with {@code enabled} rules, naming files relative to the rule. */
  static Validation.Outcome validate(Path ruleDir, Path input, Predicate<RuleId> enabled) {
    Validation v =
        new Validation(
            YamlLimits.DEFAULTS, ruleDir, ProfileRegistry.bundled(), Checks.engine(), enabled);
    return v.validate(ruleDir.relativize(input));
  }

  /**
   * Reads a profile case beside the bundled profiles, as a daerah's own profile file is read, and
   * returns what the registry finds: problems of form and broken {@code extends} links.
   */
  static List<Finding> loadProfile(Path ruleDir, Path input, Predicate<RuleId> enabled) {
    ProfileRegistry r = ProfileRegistry.bundled();
    r.addFile(input, ruleDir, YamlLimits.DEFAULTS);
    return r.findings().stream().filter(f -> enabled.test(f.rule())).toList();
  }

  private static String name(Path ruleDir, Path f) {
    return ruleDir.relativize(f).toString().replace('\\', '/');
  }

  private static List<String> lines(Path f) {
    try {
      return Files.readAllLines(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
