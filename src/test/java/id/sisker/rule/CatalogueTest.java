package id.sisker.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.sisker.app.Validation;
import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.finding.RuleId;
import id.sisker.format.DaerahFormat;
import id.sisker.format.FieldSpec;
import id.sisker.format.Format;
import id.sisker.format.ObjectSpec;
import id.sisker.format.ProfileFormat;
import id.sisker.profile.ProfileRegistry;
import id.sisker.rule.check.Checks;
import id.sisker.yaml.YamlLimits;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule catalogue, the code that reports rules, the fixtures, the examples and the message
 * bundles in step with each other.
 */
class CatalogueTest {

  private static final Path MAIN_JAVA = Path.of("src", "main", "java");
  private static final Path BUNDLES = Path.of("src", "main", "resources", "id", "sisker", "i18n");
  private static final Path INVALID_EXAMPLES = Path.of("examples", "invalid");
  private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static List<RuleInfo> rules() {
    return Catalogue.get().all();
  }

  private static Set<String> ids(Stage... stages) {
    Set<String> out = new TreeSet<>();
    for (RuleInfo r : rules()) {
      if (stages.length == 0 || List.of(stages).contains(r.stage())) {
        out.add(r.id().value());
      }
    }
    return out;
  }

  // --- the catalogue itself ---------------------------------------------------------------------

  @Test
  void everyRuleHasTitleAndDescriptionInBothLanguages() {
    List<String> missing = new ArrayList<>();
    for (RuleInfo r : rules()) {
      for (String lang : Rendering.LANGUAGES) {
        if (r.title(lang) == null || r.title(lang).isBlank()) {
          missing.add(r.id() + ": title " + lang);
        }
        if (r.description(lang) == null || r.description(lang).isBlank()) {
          missing.add(r.id() + ": description " + lang);
        }
      }
      if (r.judul().equals(r.title()) || r.uraian().equals(r.description())) {
        missing.add(r.id() + ": English text is a copy of the Indonesian");
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void onlyReadingProblemsAreFatal() {
    for (RuleInfo r : rules()) {
      assertEquals(r.stage() == Stage.BERKAS, r.fatal(), r.id().value());
    }
  }

  @Test
  void everyIntegrityAndRegulationRuleCitesASource() {
    ProfileRegistry registry = ProfileRegistry.bundled();
    List<String> uncited = new ArrayList<>();
    for (RuleInfo r : rules()) {
      boolean byProfile = false;
      for (String pid : registry.ids()) {
        var p = registry.find(pid).orElseThrow();
        for (Berlaku b : Berlaku.semua(r, p, Checks.all())) {
          byProfile |= !b.citations().isEmpty();
        }
      }
      if ((r.stage() == Stage.INTEGRITAS || r.stage() == Stage.REGULASI)
          && r.citations().isEmpty()
          && !byProfile) {
        uncited.add(r.id().value());
      }
    }
    assertEquals(List.of(), uncited, "cite the source in the catalogue, or in a bundled profile");
  }

  /**
   * A citation of a daerah's own regulation is shown only under that daerah's profile, which it
   * finds by the regulation's short name; a name that matches no profile would be shown everywhere.
   */
  @Test
  void citationsOfDaerahRegulationsNameAProfile() {
    Set<String> known = ProfileRegistry.bundled().regulations();
    List<String> unknown = new ArrayList<>();
    for (RuleInfo r : rules()) {
      for (Citation c : r.citations()) {
        if (c.regulation().matches("(Perbup|Perwako|Perwali|Perda) .*")
            && !known.contains(c.regulation())) {
          unknown.add(r.id() + ": " + c.regulation());
        }
      }
    }
    assertEquals(List.of(), unknown, "known profile regulations: " + known);
  }

  // --- fixtures and examples
  // ----------------------------------------------------------------------

  @Test
  void everyIntegrityAndFormatRuleHasPassAndFailFixtures() {
    List<String> missing = new ArrayList<>();
    for (String id : ids(Stage.INTEGRITAS, Stage.FORMAT)) {
      Path dir = Fixtures.ROOT.resolve(id);
      for (String kind : List.of("pass", "fail")) {
        boolean file = Files.isRegularFile(dir.resolve(kind + ".yaml"));
        boolean folder = Files.isRegularFile(dir.resolve(kind).resolve("daerah.yaml"));
        if (!file && !folder) {
          missing.add(id + "/" + kind);
        }
      }
    }
    assertEquals(List.of(), missing, "fixtures go in " + Fixtures.ROOT + "/<rule-id>/");
  }

  /**
   * Every regulation rule has a failing and a passing fixture for each bundled profile that
   * enforces it ({@code fail-<profile>.yaml}, {@code pass-<profile>.yaml}; more cases may add
   * {@code -<what>}), so each profile's reading of the rule is shown and tested.
   */
  @Test
  void everyRegulationRuleHasFixturesForEveryProfileThatEnforcesIt() {
    id.sisker.app.RuleCatalogue cat = new id.sisker.app.RuleCatalogue(ProfileRegistry.bundled());
    ProfileRegistry bundled = cat.profiles();
    List<String> missing = new ArrayList<>();
    for (RuleInfo r : Catalogue.get().all()) {
      if (r.stage() != Stage.REGULASI) {
        continue;
      }
      for (String pid : bundled.ids()) {
        var p = bundled.find(pid).orElseThrow();
        if (cat.citations(r, p).isEmpty()) {
          continue;
        }
        Path dir = Fixtures.ROOT.resolve(r.id().value());
        for (String kind : List.of("fail", "pass")) {
          boolean found =
              Files.isDirectory(dir)
                  && Fixtures.cases(dir, kind).stream()
                      .map(c -> c.getFileName().toString().replaceFirst("\\.ya?ml$", ""))
                      .anyMatch(
                          n -> n.equals(kind + "-" + pid) || n.startsWith(kind + "-" + pid + "-"));
          if (!found) {
            missing.add(r.id() + "/" + kind + "-" + pid);
          }
        }
      }
    }
    assertEquals(List.of(), missing, "fixtures go in " + Fixtures.ROOT + "/<rule-id>/");
  }

  /** A fixture named for a profile runs under that profile. */
  @Test
  void aFixtureNamedForAProfileDeclaresIt() throws IOException {
    List<String> ids = ProfileRegistry.bundled().ids();
    List<String> wrong = new ArrayList<>();
    for (Path dir : Fixtures.ruleDirs()) {
      for (String kind : List.of("fail", "pass")) {
        for (Path c : Fixtures.cases(dir, kind)) {
          String n = c.getFileName().toString().replaceFirst("\\.ya?ml$", "");
          for (String pid : ids) {
            if (!(n.equals(kind + "-" + pid) || n.startsWith(kind + "-" + pid + "-"))) {
              continue;
            }
            Path root = Files.isDirectory(c) ? c.resolve("daerah.yaml") : c;
            String text = Files.readString(root, StandardCharsets.UTF_8);
            boolean declares =
                Pattern.compile("(?m)^\\s+profil:\\s*\"?" + Pattern.quote(pid) + "\"?\\s*(#.*)?$")
                    .matcher(text)
                    .find();
            if (!declares && !Fixtures.isProfile(c)) {
              wrong.add(Fixtures.ROOT.relativize(c) + " does not declare profil: " + pid);
            }
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void everyFixtureFolderNamesACatalogueRule() {
    List<String> strays = new ArrayList<>();
    for (Path d : Fixtures.ruleDirs()) {
      String id = d.getFileName().toString();
      if (!ids().contains(id)) {
        strays.add(id);
      }
    }
    assertEquals(List.of(), strays);
  }

  /**
   * Every family of regulation rules (the part of the id before the dot: kedudukan, tim, pelibatan
   * …) has at least one example under {@code examples/invalid} that sisker reports a rule of that
   * family for, so a user browsing that folder meets every kind of problem.
   */
  @Test
  void everyRegulationFamilyHasAnInvalidExample() throws IOException {
    Set<String> families = new TreeSet<>();
    for (String id : ids(Stage.REGULASI)) {
      families.add(id.substring(0, id.indexOf('.')));
    }
    Validation v = Validation.standard(YamlLimits.DEFAULTS, Path.of("."));
    try (Stream<Path> s = Files.list(INVALID_EXAMPLES)) {
      for (Path p : s.filter(CatalogueTest::daerahInput).sorted().toList()) {
        for (Finding f : v.validate(p).findings()) {
          if (Catalogue.get().get(f.rule()).stage() == Stage.REGULASI) {
            String id = f.rule().value();
            families.remove(id.substring(0, id.indexOf('.')));
          }
        }
      }
    }
    assertEquals(
        Set.of(), families, "regulation families without an example in " + INVALID_EXAMPLES);
  }

  /**
   * Every problem of reading files has an example under {@code examples/invalid}: a YAML file or a
   * folder there that sisker reports it for, or a file whose name or text names the rule (for
   * problems no committed file can show, such as a missing path or a 32 MiB file). Skipped until
   * that folder exists.
   */
  @Test
  void everyReadingRuleIsCoveredByAnInvalidExample() throws IOException {
    Assumptions.assumeTrue(
        Files.isDirectory(INVALID_EXAMPLES), INVALID_EXAMPLES + " is not there yet");
    Set<String> covered = new TreeSet<>();
    List<Path> all;
    try (Stream<Path> s = Files.walk(INVALID_EXAMPLES)) {
      all = s.filter(p -> !p.equals(INVALID_EXAMPLES)).sorted().toList();
    }
    for (Path p : all) {
      String rel = INVALID_EXAMPLES.relativize(p).toString().replace('\\', '/');
      mentioned(rel, covered);
      if (Files.isRegularFile(p)) {
        byte[] bytes = Files.readAllBytes(p);
        mentioned(new String(bytes, StandardCharsets.ISO_8859_1), covered);
      }
    }
    Validation v = Validation.standard(YamlLimits.DEFAULTS, Path.of("."));
    try (Stream<Path> s = Files.list(INVALID_EXAMPLES)) {
      for (Path p : s.filter(CatalogueTest::daerahInput).sorted().toList()) {
        for (Finding f : v.validate(p).findings()) {
          covered.add(f.rule().value());
        }
      }
    }
    Set<String> uncovered = ids(Stage.BERKAS);
    uncovered.removeAll(covered);
    assertEquals(Set.of(), uncovered, "BERKAS rules without an example in " + INVALID_EXAMPLES);
  }

  /** A folder or a YAML file: something {@code sisker validate} is meant to be given. */
  private static boolean daerahInput(Path p) {
    return Files.isDirectory(p) || p.getFileName().toString().matches(".*\\.ya?ml");
  }

  private static void mentioned(String text, Set<String> into) {
    for (String id : ids()) {
      if (text.contains(id)) {
        into.add(id);
      }
    }
  }

  // --- rule ids in the code
  // -----------------------------------------------------------------------

  /**
   * The rule ids the code can report: every {@code static final RuleId} in the main classes, every
   * rule a registered check declares, and every rule a format field is checked by.
   */
  static Set<String> emittedRuleIds() throws IllegalAccessException {
    Set<String> out = new TreeSet<>();
    for (JavaClass jc :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sisker")) {
      Class<?> c = jc.reflect();
      for (Field f : c.getDeclaredFields()) {
        int m = f.getModifiers();
        if (f.getType() == RuleId.class && Modifier.isStatic(m) && Modifier.isFinal(m)) {
          f.setAccessible(true);
          out.add(((RuleId) f.get(null)).value());
        }
      }
    }
    for (Check c : Checks.all()) {
      c.rules().forEach(r -> out.add(r.value()));
    }
    for (Format format : List.<Format>of(DaerahFormat.get(), ProfileFormat.get())) {
      for (ObjectSpec o : format.objects()) {
        for (FieldSpec f : o.fields()) {
          if (f.rule() != null) {
            out.add(f.rule());
          }
        }
      }
    }
    return out;
  }

  @Test
  void ruleIdsInTheCodeAreExactlyTheCatalogue() throws IllegalAccessException {
    Set<String> emitted = emittedRuleIds();
    Set<String> notInCatalogue = new TreeSet<>(emitted);
    notInCatalogue.removeAll(ids());
    Set<String> neverEmitted = new TreeSet<>(ids());
    neverEmitted.removeAll(emitted);
    assertEquals(Set.of(), notInCatalogue, "reported by the code but not in the catalogue");
    assertEquals(Set.of(), neverEmitted, "in the catalogue but reported by no code");
  }

  @Test
  void everyCheckDeclaresOnlyCatalogueRules() {
    for (Check c : Checks.all()) {
      assertFalse(c.rules().isEmpty(), c.getClass().getSimpleName());
      for (RuleId r : c.rules()) {
        assertTrue(
            Catalogue.get().find(r).isPresent(), c.getClass().getSimpleName() + " declares " + r);
      }
    }
  }

  // --- message bundles
  // ----------------------------------------------------------------------------

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void bundlesHaveTheSameKeysAndPlaceholders() throws IOException {
    Properties id = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    assertEquals(
        new TreeSet<>(id.stringPropertyNames()),
        new TreeSet<>(en.stringPropertyNames()),
        "messages.properties and messages_en.properties differ in keys");
    TreeMap<String, String> differ = new TreeMap<>();
    for (String k : id.stringPropertyNames()) {
      Set<String> a = placeholders(id.getProperty(k));
      Set<String> b = placeholders(en.getProperty(k, ""));
      if (!a.equals(b)) {
        differ.put(k, "id " + a + ", en " + b);
      }
    }
    assertEquals(new TreeMap<>(), differ, "the languages use different arguments");
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> s = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      s.add(m.group());
    }
    return s;
  }

  /** Every message renders as written in both languages, with {@code ''} for a quote. */
  @Test
  void everyMessageRendersCleanly() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String lang : Rendering.LANGUAGES) {
      Messages messages = Messages.forLanguage(lang);
      Properties p = bundle("en".equals(lang) ? "messages_en.properties" : "messages.properties");
      for (String k : new TreeSet<>(p.stringPropertyNames())) {
        int n = placeholders(p.getProperty(k)).size();
        Object[] args = new Object[n];
        for (int i = 0; i < n; i++) {
          args[i] = "<" + i + ">";
        }
        problems.addAll(Rendering.problems(messages, Message.of(k, args)));
      }
    }
    assertEquals(List.of(), problems);
  }

  /** Hints name roles in the reader's language: every role has a name in both bundles. */
  @Test
  void everyRoleHasANameInBothLanguages() throws IOException {
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties p = bundle(file);
      for (id.sisker.profile.Peran r : id.sisker.profile.Peran.values()) {
        assertTrue(p.containsKey("peran." + r.key()), file + " lacks peran." + r.key());
      }
    }
  }

  @Test
  void messageKeysUsedInTheCodeAreInBothBundles() throws IOException {
    Properties id = bundle("messages.properties");
    Properties en = bundle("messages_en.properties");
    SourceKeys keys = SourceKeys.scan(MAIN_JAVA);
    assertFalse(keys.literal().isEmpty(), "no Message.of calls found under " + MAIN_JAVA);
    List<String> missing = new ArrayList<>();
    for (var e : keys.literal().entrySet()) {
      if (!id.containsKey(e.getKey())) {
        missing.add("id " + e.getKey() + " (" + e.getValue() + ")");
      }
      if (!en.containsKey(e.getKey())) {
        missing.add("en " + e.getKey() + " (" + e.getValue() + ")");
      }
    }
    assertEquals(List.of(), missing);
    // Keys computed at run time are covered by the fixtures, which render every finding.
    assertEquals(SourceKeys.KNOWN_DYNAMIC, keys.dynamic(), "Message.of with a computed key");
  }

  /** Whether a string literal looks like a message key (it may also be a rule id). */
  static boolean keyShaped(String s) {
    return KEY_SHAPE.matcher(s).matches();
  }
}
