package id.sisker.bench.jmh;

import id.sisker.app.Validation;
import id.sisker.diagram.Diagrams;
import id.sisker.diagram.Labels;
import id.sisker.diagram.ReportingLines;
import id.sisker.diagram.Scope;
import id.sisker.diagram.View;
import id.sisker.diagram.dot.DotWriter;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
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
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The kedudukan diagram of one perangkat daerah of {@code jabatan} jabatan as DOT text (graph built
 * from the validated model, then written), against the floor: the bare snakeyaml event parse of the
 * daerah's files.
 */
@State(org.openjdk.jmh.annotations.Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class DiagramJmh {

  @Param({"1000"})
  public int jabatan;

  private List<String> texts;
  private Daerah daerah;
  private List<Finding> findings;
  private Messages messages;
  private String pd;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path dir = Data.daerah("pd-" + jabatan, jabatan, 1, 6);
    Validation.Outcome o =
        Validation.standard(Optional.empty(), Path.of("").toAbsolutePath()).validate(dir);
    daerah = o.load().daerah().orElseThrow();
    findings = o.findings();
    pd = daerah.perangkatDaerah().get(0).id();
    messages = Messages.forLanguage("id");
    texts = Data.texts(o.load().files());
  }

  @Benchmark
  public long floorEventParse() {
    return Data.floor(texts);
  }

  @Benchmark
  public String dot() {
    Diagrams d =
        new Diagrams(daerah, findings, ReportingLines.NONE, false, Labels.DEFAULT, messages);
    return DotWriter.write(d.build(View.KEDUDUKAN, Scope.pd(pd)));
  }
}
