package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code ./sisker} hands to java (ADR 0071, 0072): the class-data-sharing archive only when it
 * belongs to this jar and this Java, sisker's JVM settings, then {@code JAVA_OPTS} and {@code
 * SISKER_OPTS}; the Java version checked once per installation. A copy of the launcher runs in a
 * scratch project whose jar is up to date, with a fake java that prints its arguments, so no build
 * starts. The last test runs the real JVM: a stale archive falls back without a word.
 */
class LauncherTest {

  @TempDir Path project;

  private Path home;
  private Path jar;
  private Path jsa;

  @BeforeEach
  void scratchProject() throws IOException {
    Files.copy(Path.of("sisker"), project.resolve("sisker"));
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Files.createDirectories(project.resolve("src/main/java"));
    Path target = Files.createDirectories(project.resolve("target"));
    jar = Files.writeString(target.resolve("sisker.jar"), "jar");
    jsa = target.resolve("sisker.jsa");
    // Sources older than the jar: the launcher does not build.
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    Files.setLastModifiedTime(project.resolve("pom.xml"), old);
    Files.setLastModifiedTime(project.resolve("src/main/java"), old);
    Files.setLastModifiedTime(project.resolve("src/main"), old);
    Files.setLastModifiedTime(project.resolve("src"), old);
    home = Files.createDirectories(project.resolve("jdk"));
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path java = bin.resolve("java");
    // -version: what a JDK 17 says (and a note in calls.log); otherwise the arguments, one a line.
    Files.writeString(
        java,
        "#!/bin/sh\n"
            + "if [ \"$1\" = -version ]; then echo version >>\""
            + project.resolve("calls.log")
            + "\"; echo 'openjdk version \"17.0.9\" 2023-10-17' >&2; exit 0; fi\n"
            + "for a in \"$@\"; do echo \"$a\"; done\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private List<String> launch(Map<String, String> vars, String... args) throws Exception {
    String[] cmd = new String[args.length + 2];
    cmd[0] = "bash";
    cmd[1] = project.resolve("sisker").toString();
    System.arraycopy(args, 0, cmd, 2, args.length);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("JAVA_OPTS");
    pb.environment().remove("SISKER_OPTS");
    pb.environment().put("JAVA_HOME", home.toString());
    pb.environment().putAll(vars);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    return out.lines().toList();
  }

  private void archive(String madeBy, long ageMillis) throws IOException {
    Files.writeString(jsa, "archive");
    Files.writeString(jsa.resolveSibling("sisker.jsa.java"), madeBy + "\n");
    Files.setLastModifiedTime(jsa, FileTime.fromMillis(System.currentTimeMillis() + ageMillis));
  }

  private String realHome() throws IOException {
    return home.toRealPath().toString();
  }

  @Test
  void siskersSettingsThenJavaOptsThenSiskerOptsThenTheJar() throws Exception {
    List<String> args =
        launch(Map.of("JAVA_OPTS", "-Xss2m  -Da=1", "SISKER_OPTS", "-Xmx3g"), "validate", "x y");
    int tiered = args.indexOf("-XX:TieredStopAtLevel=1");
    int javaOpts = args.indexOf("-Xss2m");
    int siskerOpts = args.indexOf("-Xmx3g");
    int jarAt = args.indexOf("-jar");
    assertTrue(tiered >= 0 && tiered < javaOpts, args.toString());
    assertEquals(javaOpts + 1, args.indexOf("-Da=1"), args.toString());
    assertTrue(javaOpts < siskerOpts && siskerOpts < jarAt, args.toString());
    assertEquals(
        List.of("-jar", jar.toString(), "validate", "x y"), args.subList(jarAt, args.size()));
    assertTrue(args.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), "no archive");
  }

  @Test
  void manyInputsKeepTieredCompilation() throws Exception {
    List<String> few = launch(Map.of(), "validate", "a", "b");
    assertTrue(few.contains("-XX:TieredStopAtLevel=1"), few.toString());
    String[] many = new String[21];
    many[0] = "validate";
    for (int i = 1; i < many.length; i++) {
      many[i] = "daerah-" + i;
    }
    List<String> provinsi = launch(Map.of(), many);
    assertFalse(provinsi.contains("-XX:TieredStopAtLevel=1"), provinsi.toString());
    assertTrue(provinsi.contains("-XX:-UsePerfData"), provinsi.toString());
  }

  @Test
  void theHeapStartsAtAShareOfMemoryWithABoundedYoungGenerationAndTheUserWins() throws Exception {
    List<String> args = launch(Map.of("SISKER_OPTS", "-Xms64m -Xmn32m"), "validate", "x");
    int initial = args.indexOf("-XX:InitialRAMPercentage=18");
    int young = args.indexOf("-XX:MaxNewSize=128m");
    assertTrue(initial >= 0 && young >= 0, args.toString());
    // The user's sizes come after, and the JVM takes the last word.
    assertTrue(
        initial < args.indexOf("-Xms64m") && young < args.indexOf("-Xmn32m"), args.toString());
  }

  @Test
  void theArchiveIsUsedWhenItBelongsToThisJarAndThisJava() throws Exception {
    archive(realHome(), 10_000);
    List<String> args = launch(Map.of(), "--version");
    assertTrue(args.contains("-XX:SharedArchiveFile=" + jsa), args.toString());
    assertTrue(args.contains("-Xshare:auto"), args.toString());
    assertTrue(args.contains("-Xlog:cds=off,cds+dynamic=off"), args.toString());
  }

  @Test
  void anArchiveOlderThanTheJarOrFromAnotherJavaIsNotOffered() throws Exception {
    archive(realHome(), -10_000);
    assertFalse(launch(Map.of(), "--version").toString().contains("SharedArchiveFile"));
    archive("/usr/lib/jvm/another-jdk", 10_000);
    assertFalse(launch(Map.of(), "--version").toString().contains("SharedArchiveFile"));
  }

  @Test
  void theJavaVersionIsCheckedOncePerJava() throws Exception {
    launch(Map.of(), "--version");
    launch(Map.of(), "--version");
    assertEquals(
        List.of("version"), Files.readAllLines(project.resolve("calls.log")), "one -version");
  }

  /**
   * The first run builds the jar through ./mvnw and shows progress instead of one silent line: a
   * line per build step and a count of downloads, in the launcher's language; Maven's own log only
   * on failure (issue 10 §4).
   */
  @Test
  void theFirstBuildShowsItsProgress() throws Exception {
    Files.delete(jar);
    StringBuilder maven = new StringBuilder("#!/bin/sh\n");
    for (int i = 1; i <= 100; i++) {
      maven
          .append("echo '[INFO] Downloaded from central: https://repo/a")
          .append(i)
          .append(".jar'\n");
    }
    maven
        .append("echo '[INFO] --- compiler:3.14.0:compile (default-compile) @ sisker ---'\n")
        .append("echo '[INFO] --- shade:3.6.0:shade (default) @ sisker ---'\n")
        .append("echo '[INFO] BUILD SUCCESS'\n")
        .append("echo jar > target/sisker.jar\n");
    Path mvnw = Files.writeString(project.resolve("mvnw"), maven.toString());
    Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    List<String> id = launch(Map.of(), "validate", "x");
    assertEquals(
        List.of(
            "sisker: membangun target/sisker.jar (sekali saja; pertama kali 1-2 menit karena Maven"
                + " mengunduh pustaka) ...",
            "sisker:   pustaka terunduh: 50",
            "sisker:   pustaka terunduh: 100",
            "sisker:   langkah compiler:3.14.0:compile",
            "sisker:   langkah shade:3.6.0:shade"),
        id.subList(0, 5));
    assertFalse(String.join("\n", id).contains("BUILD SUCCESS"), "Maven's log stays quiet");
    Files.delete(jar);
    List<String> en = launch(Map.of(), "--lang", "en", "validate", "x");
    assertTrue(en.contains("sisker:   libraries downloaded: 100"), en.toString());
    assertTrue(en.contains("sisker:   step shade:3.6.0:shade"), en.toString());
  }

  /**
   * The real JVM with the launcher's flags and an archive that no longer matches its jar (the jar
   * was rebuilt without it): the program runs and nothing about the archive reaches the user.
   */
  @ParameterizedTest
  @ValueSource(strings = {"static", "dynamic"})
  void aStaleArchiveFallsBackSilently(String kind, @TempDir Path dir) throws Exception {
    var javac = ToolProvider.getSystemJavaCompiler();
    Assumptions.assumeTrue(javac != null, "no compiler in this JDK");
    Path src = Files.writeString(dir.resolve("Hello.java"), helloSource("hello"));
    assertEquals(0, javac.run(null, null, null, "-d", dir.toString(), src.toString()));
    Path helloJar = dir.resolve("hello.jar");
    writeJar(helloJar, dir.resolve("Hello.class"));
    Path archive = dir.resolve("hello.jsa");
    if (kind.equals("static")) {
      // As the build makes sisker.jsa (ADR 0082): list the classes of a run, then dump them.
      Path list = dir.resolve("hello.classlist");
      Run listing = java(dir, "-XX:DumpLoadedClassList=" + list, "-jar", helloJar.toString());
      assertEquals("hello", listing.out().strip(), listing.err());
      java(
          dir,
          "-Xshare:dump",
          "-XX:SharedClassListFile=" + list,
          "-XX:SharedArchiveFile=" + archive,
          "-Xlog:cds=off",
          "-cp",
          helloJar.toString());
    } else {
      Run dump = java(dir, "-XX:ArchiveClassesAtExit=" + archive, "-jar", helloJar.toString());
      assertEquals("hello", dump.out().strip(), dump.err());
    }
    Assumptions.assumeTrue(Files.exists(archive), "this JVM wrote no " + kind + " archive");
    String[] flags = {
      "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off"
    };
    Run fresh = java(dir, concat(flags, "-jar", helloJar.toString()));
    assertEquals("hello", fresh.out().strip());
    assertEquals("", fresh.err(), "a matching archive is used without a word");
    // The jar changes (a rebuild); the archive does not.
    Files.writeString(src, helloSource("hello again"));
    assertEquals(0, javac.run(null, null, null, "-d", dir.toString(), src.toString()));
    writeJar(helloJar, dir.resolve("Hello.class"));
    Run stale = java(dir, concat(flags, "-jar", helloJar.toString()));
    assertEquals("hello again", stale.out().strip());
    assertEquals("", stale.err(), "a stale archive is dropped without a word");
    Run missing =
        java(
            dir,
            "-XX:SharedArchiveFile=" + dir.resolve("none.jsa"),
            "-Xshare:auto",
            "-Xlog:cds=off,cds+dynamic=off",
            "-jar",
            helloJar.toString());
    assertEquals("hello again", missing.out().strip());
    assertEquals("", missing.err(), "a missing archive is dropped without a word");
  }

  private record Run(String out, String err) {}

  private static Run java(Path dir, String... args) throws Exception {
    String[] cmd =
        concat(
            new String[] {Path.of(System.getProperty("java.home"), "bin", "java").toString()},
            args);
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return new Run(out, Files.readString(err));
  }

  private static String[] concat(String[] a, String... b) {
    String[] r = new String[a.length + b.length];
    System.arraycopy(a, 0, r, 0, a.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  private static String helloSource(String text) {
    return "public class Hello { public static void main(String[] a) { System.out.println(\""
        + text
        + "\"); } }\n";
  }

  private static void writeJar(Path jarFile, Path helloClass) throws IOException {
    Manifest m = new Manifest();
    m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jarFile), m)) {
      out.putNextEntry(new JarEntry("Hello.class"));
      out.write(Files.readAllBytes(helloClass));
      out.closeEntry();
    }
  }
}
