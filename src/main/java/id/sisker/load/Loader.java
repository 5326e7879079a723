package id.sisker.load;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.finding.Message;
import id.sisker.finding.Severity;
import id.sisker.finding.UnreadableInputException;
import id.sisker.format.DaerahFormat;
import id.sisker.format.Obj;
import id.sisker.format.Shape;
import id.sisker.model.Daerah;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import id.sisker.yaml.FileNodes;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Loads one daerah from a folder (its {@code daerah.yaml} and what that includes) or from a single
 * root file. Every problem is collected; a file that cannot be read does not stop the others.
 */
public final class Loader {

  private final YamlLimits limits;
  private final Path workingDir;
  private final Optional<ParseCache> shared;

  public Loader(YamlLimits limits, Path workingDir) {
    this(limits, workingDir, Optional.empty());
  }

  /** A loader that shares the trees of files with the same text with other loads of the run. */
  public Loader(YamlLimits limits, Path workingDir, Optional<ParseCache> shared) {
    this.limits = limits;
    this.workingDir = workingDir;
    this.shared = shared;
  }

  public LoadResult load(Path input) {
    Findings findings = new Findings();
    SourceMap sourceMap = new SourceMap();
    Inputs inputs = new Inputs(workingDir, findings);
    List<SourceFile> read = new ArrayList<>();
    Optional<Path> rootPath = inputs.root(input);
    if (rootPath.isEmpty()) {
      return new LoadResult(Optional.empty(), sourceMap, read, findings.list());
    }
    Path root = rootPath.get().toAbsolutePath().normalize();
    Shape shape = new Shape(DaerahFormat.get(), findings, sourceMap);
    ModelBuilder builder = new ModelBuilder(shape);

    SourceFile rootFile = inputs.file(root);
    Optional<FileNodes.Read> rootRead = read(rootFile, findings);
    read.add(rootFile);
    if (rootRead.isEmpty()) {
      return new LoadResult(Optional.empty(), sourceMap, read, findings.list());
    }
    YamlDocument rootDoc = rootRead.get().document();
    // "daerah:" with nothing after it is no daerah either: it used to pass this test and then
    // build nothing, ending with exit 2 and not a single finding to say why.
    if (!(rootDoc.root() instanceof YMapping m)
        || m.entry("daerah") == null
        || m.entry("daerah").value() instanceof YScalar s && s.isNull()) {
      findings.add(
          Finding.builder(
                  LoadRules.NOT_ROOT,
                  Severity.ERROR,
                  Message.of("masukan.bukan-akar", rootFile.name()))
              .span(Span.ofFile(rootFile))
              .hint(Message.of("masukan.bukan-akar.saran"))
              .fatal()
              .build());
      return new LoadResult(Optional.empty(), sourceMap, read, findings.list());
    }
    Obj rootObj =
        shape.object(
            rootDoc.root(), DaerahFormat.FILE, NodePath.ROOT, rootRead.get().nodes().root());
    rootObj.freeze(FLAT_OWNER, FLAT);
    List<Path> included = inputs.expand(root, rootObj.scalars("sertakan"), limits.maxFiles());
    if (Files.isDirectory(workingDir.resolve(input)) && !rootObj.has("sertakan")) {
      // The daerah's own profile file sits in the folder too, but it is not daerah data.
      List<Path> known = new java.util.ArrayList<>(included);
      rootObj
          .object("daerah")
          .flatMap(d -> d.text("profil_file"))
          .ifPresent(
              f -> known.add(root.toAbsolutePath().normalize().getParent().resolve(f).normalize()));
      inputs.reportNotIncluded(root, known);
    }
    builder.addFile(rootObj, true);
    List<SourceFile> files = new ArrayList<>(included.size());
    for (Path p : included) {
      files.add(inputs.file(p));
    }
    // The files are independent until references are resolved: each is read, parsed, checked and
    // frozen on all cores ahead of the model, which then takes them one by one in the order
    // written.
    Iterator<Included> docs =
        FileReads.start(
            files,
            limits,
            shared.map(c -> c.forLoad(files)).orElse(null),
            (f, r) -> included(f, r, rootFile));
    java.util.Map<SourceFile, SourceFile> shownAs = new java.util.HashMap<>();
    for (SourceFile f : files) {
      read.add(f);
      Included r = docs.next();
      findings.addAll(r.findings());
      if (r.parsedAs() == null) {
        continue;
      }
      if (!r.parsedAs().equals(f)) {
        // Parsed once for another version with the same text (ADR 80): its spans are shown here.
        shownAs.put(r.parsedAs(), f);
        sourceMap.showAs(r.parsedAs(), f);
      }
      sourceMap.putAll(r.sourceMap());
      if (r.obj() != null) {
        builder.addFile(r.obj(), false, r.pegawai());
      }
    }
    Optional<Daerah> daerah = builder.build();
    return new LoadResult(
        daerah,
        sourceMap,
        read,
        ParseCache.shown(findings.list(), shownAs),
        ParseCache.shownSuppressions(builder.suppressions(), shownAs));
  }

  private Optional<FileNodes.Read> read(SourceFile f, Findings findings) {
    try {
      FileNodes.Read r = FileNodes.read(f, limits);
      findings.addAll(r.document().findings());
      return Optional.of(r);
    } catch (UnreadableInputException e) {
      findings.add(e.finding());
      return Optional.empty();
    }
  }

  /**
   * The lists whose items hang off their perangkat daerah's path, however deeply units nest: the
   * model builder asks for them so ({@link Obj#freeze}).
   */
  private static final String FLAT_OWNER = "perangkat_daerah";

  private static final java.util.Set<String> FLAT = java.util.Set.of("unit", "jabatan");

  /** The keys only the root file may hold, in the order they are reported. */
  private static final List<String> ROOT_ONLY = List.of("daerah", "sertakan");

  /**
   * What the model takes from one included file, made on the thread that read it: its findings
   * (reading and form), the positions of its objects, and its root object frozen, so the file's
   * tree dies young (ADR 88). {@code parsedAs} is the file the tree names, null if unreadable.
   */
  private record Included(
      List<Finding> findings,
      SourceMap sourceMap,
      Obj obj,
      List<ModelBuilder.PegawaiDibaca> pegawai,
      SourceFile parsedAs) {}

  private static Included included(SourceFile f, FileReads.Read r, SourceFile rootFile) {
    if (r.document().isEmpty()) {
      return new Included(r.findings(), null, null, List.of(), null);
    }
    YamlDocument doc = r.document().get();
    Findings findings = new Findings();
    findings.addAll(r.findings());
    SourceMap map = new SourceMap();
    Shape shape = new Shape(DaerahFormat.get(), findings, map);
    Obj o = shape.object(doc.root(), DaerahFormat.FILE, NodePath.ROOT, r.nodes().root());
    if (o != null) {
      for (String key : ROOT_ONLY) {
        if (o.has(key)) {
          findings.add(
              Finding.builder(
                      LoadRules.INCLUDE_ROOT_KEY,
                      Severity.ERROR,
                      Message.of("sertakan.kunci-akar", key, f.name(), rootFile.name()))
                  .path(o.path(key))
                  .span(o.keySpan(key))
                  .hint(Message.of("sertakan.kunci-akar.saran", key))
                  .build());
        }
      }
      // Reported above; what they hold is not checked as if it counted.
      o.freeze(FLAT_OWNER, FLAT, java.util.Set.copyOf(ROOT_ONLY));
    }
    return new Included(
        findings.list(), map, o, o == null ? List.of() : ModelBuilder.pegawai(o), doc.file());
  }
}
