package id.sisker.bench.jmh;

import id.sisker.app.Validation;
import id.sisker.finding.Finding;
import id.sisker.finding.UnreadableInputException;
import id.sisker.load.LoadResult;
import id.sisker.load.Stages;
import id.sisker.model.Daerah;
import id.sisker.profile.Profile;
import id.sisker.profile.ProfileRegistry;
import id.sisker.source.SourceFile;
import id.sisker.yaml.YamlDocument;
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
 * The validation hot path of issue 9 stage by stage, on a synthetic daerah of {@code jabatan}
 * jabatan (-p jabatan=100000 for the shape), each paired with the floor: the bare snakeyaml
 * event parse of the same files in this JVM, one thread ({@code floorEventParse}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class ValidasiJmh {

  @Param({"10000"})
  public int jabatan;

  private Path dir;
  private List<SourceFile> files;
  private List<String> texts;
  private List<YamlDocument> docs;
  private LoadResult load;
  private Daerah daerah;
  private Validation validation;
  private Optional<Profile> profile;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    dir = Data.daerah("daerah-" + jabatan, jabatan, Data.pd(jabatan), 9);
    validation = Validation.standard(Optional.empty(), Path.of("").toAbsolutePath());
    Validation.Outcome o = validation.validate(dir);
    if (!o.findings().isEmpty()) {
      throw new IllegalStateException("the synthetic daerah has findings: " + o.findings());
    }
    load = o.load();
    daerah = load.daerah().orElseThrow();
    files = load.files(); // in load order: the root first
    texts = Data.texts(files);
    docs = Stages.read(files, texts);
    profile = ProfileRegistry.bundled().find(daerah.profil());
  }

  @Benchmark
  public long floorEventParse() {
    return Data.floor(texts);
  }

  @Benchmark
  public List<YamlDocument> yamlRead() throws UnreadableInputException {
    return Stages.read(files, texts);
  }

  @Benchmark
  public int shapeCheck() {
    return Stages.shape(docs);
  }

  @Benchmark
  public Daerah modelBuild() {
    return Stages.build(docs);
  }

  @Benchmark
  public LoadResult load() {
    return Stages.load(dir);
  }

  @Benchmark
  public List<Finding> rules() {
    return validation.periksa(daerah, profile, load.sourceMap());
  }

  @Benchmark
  public Validation.Outcome validate() {
    return validation.validate(dir);
  }
}
