package id.sisker;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import id.sisker.diagram.html.HtmlPage;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.peta.Teks;
import id.sisker.text.Html;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the package directions of docs/architecture.md true: model ← loading ← rules ← reports/app
 * ← cli, and each third-party library confined to the package that owns it.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.sisker");
  }

  private static void onlyDependsOn(String pkg, String... allowed) {
    List<String> all = new ArrayList<>(List.of("java..", "id.sisker." + pkg + ".."));
    for (String a : allowed) {
      all.add(a.contains(".") ? a : "id.sisker." + a + "..");
    }
    classes()
        .that()
        .resideInAPackage("id.sisker." + pkg + "..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(all.toArray(String[]::new))
        .because("docs/architecture.md fixes what " + pkg + " may import")
        .check(classes);
  }

  @Test
  void leafPackagesUseOnlyTheJdk() {
    onlyDependsOn("model");
    onlyDependsOn("source");
    onlyDependsOn("text");
  }

  @Test
  void findingUsesSource() {
    onlyDependsOn("finding", "source");
  }

  @Test
  void yamlIsTheOnlyImporterOfSnakeyaml() {
    onlyDependsOn("yaml", "source", "finding", "org.yaml.snakeyaml..");
    noClasses()
        .that()
        .resideOutsideOfPackage("id.sisker.yaml..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.yaml.snakeyaml..")
        .check(classes);
  }

  @Test
  void formatChecksTreesAgainstDeclarations() {
    onlyDependsOn(
        "format", "yaml", "source", "finding", "text", "model", "com.fasterxml.jackson..");
  }

  @Test
  void loadBuildsTheModel() {
    onlyDependsOn("load", "format", "yaml", "model", "source", "finding", "text");
  }

  @Test
  void profileReadsProfiles() {
    onlyDependsOn("profile", "format", "yaml", "finding", "source", "model", "text");
  }

  @Test
  void rulesNeverSeeYaml() {
    onlyDependsOn("rule", "model", "profile", "finding", "source", "text");
  }

  @Test
  void reportsDependOnFindingsOnly() {
    onlyDependsOn("report", "finding", "source", "com.fasterxml.jackson..", "javax.xml.stream..");
  }

  @Test
  void lettersDecideFromModelAndProfileAndRenderersStayInTheirRooms() {
    onlyDependsOn(
        "letter",
        "model",
        "profile",
        "text",
        "finding",
        "source",
        "org.w3c.dom..",
        "javax.xml..",
        "org.dhatim.fastexcel..",
        "org.apache.commons.csv..",
        "com.fasterxml.jackson.core..");
    noClasses()
        .that()
        .resideInAPackage("id.sisker.letter..")
        .and()
        .resideOutsideOfPackage("id.sisker.letter.lembar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.dhatim.fastexcel..")
        .because("spreadsheet input is confined to letter.lembar")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("id.sisker.letter..")
        .and()
        .resideOutsideOfPackages("id.sisker.letter.lembar..", "id.sisker.letter.manifest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.commons.csv..")
        .because("CSV is read in letter.lembar and written in letter.manifest")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("id.sisker.letter..")
        .and()
        .resideOutsideOfPackage("id.sisker.letter.manifest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..")
        .because("the letters' only JSON is the manifest")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("id.sisker.letter..")
        .and()
        .resideOutsideOfPackage("id.sisker.letter.docx..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("javax.xml..", "org.w3c.dom..", "java.util.zip..")
        .because("only the DOCX renderer reads and writes Word parts")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("id.sisker.letter")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "id.sisker.letter.docx..",
            "id.sisker.letter.markdown..",
            "id.sisker.letter.html..",
            "id.sisker.letter.manifest..")
        .because("letter content is decided once, without knowing the output format")
        .check(classes);
  }

  @Test
  void diagramsSeeTheModelAndFindingsOnly() {
    onlyDependsOn(
        "diagram", "model", "finding", "source", "text", "javax.imageio..", "guru.nidi.graphviz..");
  }

  @Test
  void graphvizJavaStaysInDiagramRender() {
    noClasses()
        .that()
        .resideOutsideOfPackage("id.sisker.diagram.render..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("guru.nidi..", "com.eclipsesource..")
        .because("graphviz-java and J2V8 are confined to diagram.render (docs/architecture.md)")
        .check(classes);
  }

  @Test
  void petaTabulatesLoadedDaerah() {
    onlyDependsOn(
        "peta",
        "model",
        "finding",
        "source",
        "text",
        "yaml",
        "org.dhatim.fastexcel..",
        "org.apache.commons.csv..",
        "com.fasterxml.jackson..",
        "javax.xml.stream..");
    // The spreadsheet and JSON libraries stay in their own sub-packages of peta.
    noClasses()
        .that()
        .resideOutsideOfPackages("id.sisker.peta.xlsx..", "id.sisker.letter.lembar..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dhatim.fastexcel..")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "id.sisker.peta.csv..", "id.sisker.letter.lembar..", "id.sisker.letter.manifest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.apache.commons.csv..")
        .check(classes);
    noClasses()
        .that()
        .resideInAPackage("id.sisker.peta..")
        .and()
        .resideOutsideOfPackage("id.sisker.peta.json..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .check(classes);
  }

  @Test
  void appDoesNotKnowTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("id.sisker.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("id.sisker.cli..")
        .check(classes);
  }

  @Test
  void appReturnsValuesAndLeavesRenderingToReportAndExitCodesToCli() {
    // issue 10 §5: the answers of rules/explain/profiles and the baseline file are rendered in
    // report (ADR 58, 78); only the command line ends the process.
    noClasses()
        .that()
        .resideInAPackage("id.sisker.app..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .because("JSON is written by report (InfoJson, BaselineJson), app returns values")
        .check(classes);
    noClasses()
        .that()
        .resideOutsideOfPackage("id.sisker.cli..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .because("exit codes belong to cli")
        .check(classes);
  }

  @Test
  void appBuildsNoHtmlAndWordsNoMessages() {
    // issue 10 §5, ADR 78 addendum: pages are built by their package (diagram.html, letter.html,
    // peta), messages are worded by cli/report with the bundles; app returns Message values.
    noClasses()
        .that()
        .resideInAPackage("id.sisker.app..")
        .should()
        .callMethod(Html.class, "escape", String.class)
        .orShould()
        .callMethod(HtmlPage.class, "esc", String.class)
        .because("HTML is built by the package that owns the page, app only writes its bytes")
        .check(classes);
    // No exception since ADR 89: the "Data sisker" cells are written and read by peta.DataYaml.
    noClasses()
        .that()
        .resideInAPackage("id.sisker.app..")
        .should()
        .callMethod(Messages.class, "text", String.class)
        .orShould()
        .callMethod(Messages.class, "format", Message.class)
        .orShould()
        .callMethod(Messages.class, "format", String.class, Object[].class)
        .orShould()
        .callMethod(Teks.class, "text", String.class)
        .orShould()
        .callMethod(Teks.class, "format", String.class, Object[].class)
        .because("app returns Message values; cli and report word them with the bundles")
        .check(classes);
  }

  @Test
  void cliIsTheOnlyImporterOfPicocli() {
    onlyDependsOn("cli", "app", "report", "finding", "picocli..");
    noClasses()
        .that()
        .resideOutsideOfPackage("id.sisker.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(classes);
  }

  @Test
  void packagesAreFreeOfCycles() {
    // Every package, sub-packages included, is its own slice: rule.check may use rule, never the
    // reverse (the check registry lives in rule.check for that reason).
    slices()
        .matching("id.sisker.(**)")
        .should()
        .beFreeOfCycles()
        .because("a package and its sub-packages depend one way (docs/architecture.md)")
        .check(classes);
  }
}
