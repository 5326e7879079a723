package id.sisker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.sisker.format.DaerahFormat;
import id.sisker.format.Doc;
import id.sisker.format.EnumValue;
import id.sisker.format.FieldSpec;
import id.sisker.format.Format;
import id.sisker.format.ListSpec;
import id.sisker.format.ObjectSpec;
import id.sisker.format.PemetaanFormat;
import id.sisker.format.ProfileFormat;
import id.sisker.format.ScalarSpec;
import id.sisker.format.Type;
import id.sisker.rule.Catalogue;
import id.sisker.rule.RuleInfo;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text sisker shows exists in Bahasa Indonesia and in English, with the same arguments — over
 * all its homes (docs/adr/0057): each message bundle under {@code i18n/} (findings and the command
 * line's own messages in {@code messages}, peta tables in {@code peta}, picocli help per command in
 * {@code cli/<command>}) and the bilingual data kept in Java (rule titles and descriptions, format
 * docs). A bundle key without an English twin would silently fall back to Indonesian.
 */
class TextParityTest {

  private static final Path I18N = Path.of("src/main/resources/id/sisker/i18n");
  private static final Path MAIN_JAVA = Path.of("src/main/java");

  /** {@code {0}}, {@code {1,number}}: MessageFormat arguments. */
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

  /** {@code ${COMPLETION-CANDIDATES}}: picocli variables. */
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]+}");

  /** {@code %s}, {@code %d}, {@code %1$s}: String.format arguments (not {@code %n}, {@code %%}). */
  private static final Pattern PRINTF =
      Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?[sdfx]");

  /** A string literal in Java source followed by {@code +}: a key prefix completed at run time. */
  private static final Pattern PREFIX = Pattern.compile("\"([a-z][a-z0-9_.\\-]*[.\\-])\"\\s*\\+");

  /** Keys picocli itself reads from every command's bundle. */
  private static final Set<String> PICOCLI_KEYS = Set.of("help", "version", "helpCommand.command");

  private static Properties load(Path p) throws IOException {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      props.load(r);
    }
    return props;
  }

  /** Every Indonesian (root) bundle under i18n/, with its English twin. */
  private static List<Path> roots() throws IOException {
    try (Stream<Path> s = Files.walk(I18N)) {
      return s.filter(p -> p.toString().endsWith(".properties"))
          .filter(p -> !p.getFileName().toString().contains("_"))
          .sorted()
          .toList();
    }
  }

  private static Path english(Path root) {
    String n = root.getFileName().toString();
    return root.resolveSibling(n.replace(".properties", "_en.properties"));
  }

  private static String javaSources(Path dir) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".java")).sorted().toList()) {
        b.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void everyBundleHasBothLanguagesWithTheSameKeys() throws IOException {
    List<Path> roots = roots();
    assertFalse(roots.isEmpty(), "no bundles under " + I18N);
    List<String> problems = new ArrayList<>();
    try (Stream<Path> s = Files.walk(I18N)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".properties")).sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.contains("_") && !n.endsWith("_en.properties")) {
          problems.add(I18N.relativize(p) + ": only _en is a known language");
        } else if (n.endsWith("_en.properties")
            && !Files.exists(p.resolveSibling(n.replace("_en.properties", ".properties")))) {
          problems.add(I18N.relativize(p) + ": English without Indonesian");
        }
      }
    }
    for (Path root : roots) {
      Path en = english(root);
      if (!Files.exists(en)) {
        problems.add(I18N.relativize(root) + ": no English twin");
        continue;
      }
      TreeSet<String> id = new TreeSet<>(load(root).stringPropertyNames());
      TreeSet<String> eng = new TreeSet<>(load(en).stringPropertyNames());
      for (String k : id) {
        if (!eng.contains(k)) {
          problems.add(I18N.relativize(en) + " lacks " + k);
        }
      }
      for (String k : eng) {
        if (!id.contains(k)) {
          problems.add(I18N.relativize(root) + " lacks " + k);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void bothLanguagesTakeTheSameArguments() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path root : roots()) {
      Properties id = load(root);
      Properties en = load(english(root));
      for (String k : new TreeSet<>(id.stringPropertyNames())) {
        String a = id.getProperty(k);
        String b = en.getProperty(k, "");
        for (Pattern p : List.of(ARGUMENT, VARIABLE, PRINTF)) {
          if (!found(p, a).equals(found(p, b))) {
            problems.add(
                I18N.relativize(root) + " " + k + ": id " + found(p, a) + ", en " + found(p, b));
          }
        }
        if (!k.endsWith("Heading") && (a.isBlank() != b.isBlank())) {
          problems.add(I18N.relativize(root) + " " + k + ": blank in one language only");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /**
   * No key is dead: each is named in the main sources as a literal, built from a prefix the code
   * completes at run time ({@code "peran." + r.key()}), the hint ({@code .saran}) of a key that is,
   * or (picocli bundles) an option's {@code descriptionKey}, a {@code usage.*} key or one picocli
   * reads itself.
   */
  @Test
  void noKeyIsUnused() throws IOException {
    String src = javaSources(MAIN_JAVA);
    Set<String> prefixes = new TreeSet<>();
    Matcher m = PREFIX.matcher(src);
    while (m.find()) {
      prefixes.add(m.group(1));
    }
    List<String> unused = new ArrayList<>();
    for (Path root : roots()) {
      boolean picocli = root.getParent().getFileName().toString().equals("cli");
      for (String k : new TreeSet<>(load(root).stringPropertyNames())) {
        boolean used =
            src.contains("\"" + k + "\"")
                || prefixes.stream().anyMatch(k::startsWith)
                || (k.endsWith(".saran") && src.contains("\"" + k.replaceAll("\\.saran$", "\"")))
                || (picocli && (k.startsWith("usage.") || PICOCLI_KEYS.contains(k)));
        if (!used) {
          unused.add(I18N.relativize(root) + " " + k);
        }
      }
    }
    assertEquals(List.of(), unused, "keys nothing reads");
  }

  /**
   * A command's picocli bundle ({@code i18n/cli/<command>}) holds its help only: {@code usage.*},
   * keys picocli reads itself and option/parameter descriptions (plain names). Error and summary
   * texts live in {@code messages} with every other (ADR 79), so none has a dotted key or a {@code
   * String.format} argument here.
   */
  @Test
  void commandBundlesHoldHelpOnly() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path root : roots()) {
      if (!root.getParent().getFileName().toString().equals("cli")) {
        continue;
      }
      for (Path p : List.of(root, english(root))) {
        Properties props = load(p);
        for (String k : new TreeSet<>(props.stringPropertyNames())) {
          boolean help = k.startsWith("usage.") || PICOCLI_KEYS.contains(k) || !k.contains(".");
          if (!help || PRINTF.matcher(props.getProperty(k)).find()) {
            problems.add(I18N.relativize(p) + " " + k);
          }
        }
      }
    }
    assertEquals(List.of(), problems, "texts that belong in i18n/messages");
  }

  /** Rule titles and descriptions are bilingual data in the rule catalogue. */
  @Test
  void everyRuleHasItsTitleAndDescriptionInBothLanguages() {
    List<String> problems = new ArrayList<>();
    for (RuleInfo r : Catalogue.get().all()) {
      pair(problems, r.id() + " title", r.judul(), r.title());
      pair(problems, r.id() + " description", r.uraian(), r.description());
    }
    assertEquals(List.of(), problems);
  }

  /** The format docs (daerah, profile, column mapping) are bilingual data in the declarations. */
  @Test
  void everyFormatDocIsInBothLanguages() {
    List<String> problems = new ArrayList<>();
    for (Format f : List.of(DaerahFormat.get(), ProfileFormat.get(), PemetaanFormat.get())) {
      for (ObjectSpec o : f.objects()) {
        doc(problems, o.name(), o.doc());
        for (FieldSpec fs : o.fields()) {
          doc(problems, o.name() + "." + fs.key(), fs.doc());
          for (EnumValue v : values(fs.type())) {
            // A value may go undocumented (a code that explains itself), but not in one language.
            if (!v.doc().id().isBlank() || !v.doc().en().isBlank()) {
              doc(problems, o.name() + "." + fs.key() + "=" + v.value(), v.doc());
            }
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static List<EnumValue> values(Type t) {
    if (t instanceof ScalarSpec s) {
      return s.values();
    }
    return t instanceof ListSpec l ? values(l.item()) : List.of();
  }

  private static void doc(List<String> problems, String where, Doc d) {
    pair(problems, where, d.id(), d.en());
  }

  private static void pair(List<String> problems, String where, String id, String en) {
    if (id == null || id.isBlank() || en == null || en.isBlank()) {
      problems.add(where + ": id \"" + id + "\", en \"" + en + "\"");
      return;
    }
    for (Pattern p : List.of(ARGUMENT, VARIABLE, PRINTF)) {
      if (!found(p, id).equals(found(p, en))) {
        problems.add(where + ": id " + found(p, id) + ", en " + found(p, en));
      }
    }
  }

  private static Map<String, Integer> found(Pattern p, String s) {
    Map<String, Integer> out = new TreeMap<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      String g = p == ARGUMENT ? "{" + m.group(1) + "}" : m.group();
      out.merge(g, 1, Integer::sum);
    }
    // MessageFormat arguments: which ones, not how often (a language may repeat a name).
    if (p == ARGUMENT) {
      out.replaceAll((k, v) -> 1);
    }
    return out;
  }
}
