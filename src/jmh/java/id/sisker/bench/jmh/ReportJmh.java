package id.sisker.bench.jmh;

import id.sisker.app.Validation;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.report.Output;
import id.sisker.report.OutputFormat;
import id.sisker.report.ReportData;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each report writer (text, json, sarif, junit, github) on the findings of a synthetic daerah of
 * {@code jabatan} jabatan with thousands of problems of several kinds ({@link Data#withFindings}),
 * writing into memory; the floor is the bare snakeyaml event parse of the same files.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ReportJmh {

  @Param({"10000"})
  public int jabatan;

  private List<String> texts;
  private ReportData data;
  private Messages messages;
  private int findings;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir = Data.withFindings(jabatan);
    Validation v = Validation.standard(Optional.empty(), Path.of("").toAbsolutePath());
    Validation.Outcome o = v.validate(dir);
    findings = o.findings().size();
    if (findings < jabatan / 10) {
      throw new IllegalStateException("too few findings to measure the writers: " + findings);
    }
    messages = Messages.forLanguage("id");
    data = Validation.report("bench", List.of(o), messages, Optional.of(Severity.ERROR), false);
    texts = Data.texts(o.load().files());
  }

  private int write(String format) throws IOException {
    Output out = OutputFormat.of(format).orElseThrow().create(false);
    StringWriter w = new StringWriter(1 << 20);
    out.write(data, messages, w);
    return w.getBuffer().length();
  }

  @Benchmark
  public long floorEventParse() {
    return Data.floor(texts);
  }

  @Benchmark
  public int text() throws IOException {
    return write("text");
  }

  @Benchmark
  public int json() throws IOException {
    return write("json");
  }

  @Benchmark
  public int sarif() throws IOException {
    return write("sarif");
  }

  @Benchmark
  public int junit() throws IOException {
    return write("junit");
  }

  @Benchmark
  public int github() throws IOException {
    return write("github");
  }
}
