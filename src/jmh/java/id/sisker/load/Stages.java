package id.sisker.load;

import id.sisker.finding.Findings;
import id.sisker.finding.UnreadableInputException;
import id.sisker.format.DaerahFormat;
import id.sisker.format.FieldSpec;
import id.sisker.format.Format;
import id.sisker.format.ListSpec;
import id.sisker.format.Obj;
import id.sisker.format.ObjectRef;
import id.sisker.format.Shape;
import id.sisker.format.Type;
import id.sisker.model.Daerah;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The loading stages one at a time, for the JMH benchmarks of issue 9 (src/jmh/java): reading YAML
 * into sisker's tree, the shape check alone, the model build, and the whole load. The only
 * benchmark code that knows how the stages fit together (it lives in this package to reach {@code
 * ModelBuilder}); when the hot path is restructured, this class is what to adapt.
 */
public final class Stages {

  private Stages() {}

  /** sisker's YAML read (events to tree with positions) of already-decoded files. */
  public static List<YamlDocument> read(List<SourceFile> files, List<String> texts)
      throws UnreadableInputException {
    List<YamlDocument> out = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      out.add(YamlReader.parse(files.get(i), texts.get(i), YamlLimits.DEFAULTS));
    }
    return out;
  }

  /**
   * The shape check alone: every object of every document checked against the format (the model
   * build asks for the same objects lazily). Returns how many objects were checked.
   */
  public static int shape(List<YamlDocument> docs) {
    Format format = DaerahFormat.get();
    Shape shape = new Shape(format, new Findings(), new SourceMap());
    int n = 0;
    for (YamlDocument d : docs) {
      n += walk(format, shape.object(d.root(), DaerahFormat.FILE, NodePath.ROOT), format.root());
    }
    return n;
  }

  private static int walk(Format format, Obj o, String spec) {
    if (o == null) {
      return 0;
    }
    int n = 1;
    for (FieldSpec f : format.object(spec).fields()) {
      Type t = f.type();
      if (t instanceof ObjectRef r) {
        n += o.object(f.key()).map(c -> walk(format, c, r.name())).orElse(0);
      } else if (t instanceof ListSpec l && l.item() instanceof ObjectRef r) {
        for (Obj c : o.objects(f.key())) {
          n += walk(format, c, r.name());
        }
      }
    }
    return n;
  }

  /** Shape check and model build of already-read documents, the first being the root file. */
  public static Daerah build(List<YamlDocument> docs) {
    Shape shape = new Shape(DaerahFormat.get(), new Findings(), new SourceMap());
    ModelBuilder builder = new ModelBuilder(shape);
    boolean root = true;
    for (YamlDocument d : docs) {
      builder.addFile(shape.object(d.root(), DaerahFormat.FILE, NodePath.ROOT), root);
      root = false;
    }
    return builder.build().orElseThrow();
  }

  /** The whole load of a daerah folder: files, read, shape, build, references. */
  public static LoadResult load(Path input) {
    return new Loader(YamlLimits.DEFAULTS, Path.of("").toAbsolutePath()).load(input);
  }
}
