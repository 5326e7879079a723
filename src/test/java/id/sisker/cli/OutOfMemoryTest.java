package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.bench.PetaGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Out of memory ends with what was being read, the heap Java had, how to give it more, and exit 3
 * (ADR 0073) — in a real JVM with a small heap on a generated daerah, and through the handler.
 */
class OutOfMemoryTest {

  @TempDir Path tmp;

  private record Run(int exit, String out, String err) {}

  private static Run handle(String lang, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Env env =
        new Env(
            new PrintWriter(out),
            new PrintWriter(err),
            Path.of("").toAbsolutePath(),
            Map.of(),
            false);
    int exit = OutOfMemory.report(env, lang, args, new OutOfMemoryError("Java heap space"), false);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void theMessageSaysHowMuchWasReadAndHowToGiveJavaMore() throws Exception {
    long files;
    long bytes;
    try (Stream<Path> s = Files.walk(Path.of("examples/indragiri-hilir"))) {
      List<Path> all = s.filter(Files::isRegularFile).toList();
      files = all.size();
      bytes = 0;
      for (Path p : all) {
        bytes += Files.size(p);
      }
    }
    Run id = handle("id", "validate", "examples/indragiri-hilir", "--format", "json");
    assertEquals(ExitCodes.OUT_OF_MEMORY, id.exit());
    assertEquals(3, id.exit());
    assertEquals("", id.out());
    assertTrue(id.err().contains("Memori Java habis"), id.err());
    assertTrue(id.err().contains(files + " berkas masukan"), id.err());
    assertTrue(id.err().contains(OutOfMemory.size(bytes, "id")), id.err());
    assertTrue(id.err().contains("SISKER_OPTS=-Xmx"), id.err());
    assertTrue(id.err().contains("JAVA_OPTS"), id.err());
    assertFalse(id.err().contains("tidak dapat dibaca"), "not 'unreadable input': " + id.err());
    assertFalse(id.err().contains("\tat "), "no stack trace without --debug");
    Run en = handle("en", "validate", "examples/indragiri-hilir");
    assertTrue(en.err().contains("Java ran out of memory"), en.err());
    assertTrue(en.err().contains(files + " input files"), en.err());
    assertTrue(en.err().contains("SISKER_OPTS=-Xmx"), en.err());
  }

  @Test
  void outputFilesAndOptionsAreNotCountedAsInput() {
    OutOfMemory.Inputs none =
        OutOfMemory.measure(
            new String[] {"diagram", "-o", "pom.xml", "--output-dir", "src", "--format", "dot"},
            Path.of("").toAbsolutePath());
    assertEquals(new OutOfMemory.Inputs(0, 0), none);
    OutOfMemory.Inputs pom =
        OutOfMemory.measure(new String[] {"validate", "pom.xml"}, Path.of("").toAbsolutePath());
    assertEquals(1, pom.files());
  }

  @Test
  void sizesAndSuggestions() {
    assertEquals("38,8 MiB", OutOfMemory.size(40_684_749L, "id"));
    assertEquals("38.8 MiB", OutOfMemory.size(40_684_749L, "en"));
    assertEquals("2 KiB", OutOfMemory.size(1500, "en"));
    assertEquals("-Xmx1g", OutOfMemory.suggestion(16L << 20));
    assertEquals("-Xmx2g", OutOfMemory.suggestion(1L << 30));
    assertEquals("-Xmx12g", OutOfMemory.suggestion(6L << 30));
  }

  @Test
  void anOutOfMemoryErrorIsFoundInsideWhatWrapsIt() {
    OutOfMemoryError oom = new OutOfMemoryError();
    assertTrue(OutOfMemory.in(oom));
    assertTrue(OutOfMemory.in(new ExecutionException(oom)));
    assertTrue(OutOfMemory.in(new CompletionException(new IllegalStateException(oom))));
    Exception suppressing = new UncheckedIOException(new java.io.IOException("x"));
    suppressing.addSuppressed(oom);
    assertTrue(OutOfMemory.in(suppressing));
    assertFalse(OutOfMemory.in(new IllegalStateException("x")));
    assertFalse(OutOfMemory.in(null));
  }

  /** A real JVM given 16 MiB of heap and a daerah of 10,000 jabatan (2.5 MB of YAML). */
  @Test
  void aRealRunOutOfMemoryEndsWithTheMessageAndExit3() throws Exception {
    Path daerah = tmp.resolve("besar");
    PetaGenerator.write(daerah, 10_000, false);
    for (String lang : new String[] {"id", "en"}) {
      ProcessBuilder pb =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-Xmx16m",
              "-XX:TieredStopAtLevel=1",
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName(),
              "--lang",
              lang,
              "validate",
              daerah.toString());
      pb.environment().remove("JAVA_TOOL_OPTIONS");
      pb.environment().remove("_JAVA_OPTIONS");
      Path err = tmp.resolve("err-" + lang + ".txt");
      pb.redirectError(err.toFile()).redirectOutput(tmp.resolve("out.txt").toFile());
      Process p = pb.start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished");
      String e = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(ExitCodes.OUT_OF_MEMORY, p.exitValue(), e);
      assertTrue(e.contains(lang.equals("id") ? "Memori Java habis" : "Java ran out of memory"), e);
      assertTrue(e.contains("SISKER_OPTS=-Xmx1g"), e);
      assertFalse(e.contains("\tat "), "no stack trace: " + e);
      assertFalse(e.contains("Exception in thread"), e);
    }
  }
}
