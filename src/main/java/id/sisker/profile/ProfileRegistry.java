package id.sisker.profile;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.finding.UnreadableInputException;
import id.sisker.format.Obj;
import id.sisker.format.ProfileFormat;
import id.sisker.format.Shape;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import id.sisker.text.Suggest;
import id.sisker.yaml.ScalarType;
import id.sisker.yaml.YEntry;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profiles sisker knows: those bundled in the jar (listed in {@code profiles/daftar.txt}) and
 * those a daerah brings as files, read with the same safe YAML reader and format checker as daerah
 * files (so a user's profile gets positions and "did you mean"), and resolved along {@code extends}
 * by merging the YAML trees, each node keeping the position it was written at.
 */
public final class ProfileRegistry {

  public static final RuleId EXTENDS_UNKNOWN = RuleId.of("profil.extends");
  public static final RuleId DUPLICATE = RuleId.of("profil.ganda");
  public static final String BASE = "permenpanrb-7-2022";
  private static final String DIR = "/id/sisker/profiles/";

  /** A profile as written: its checked {@code profil} mapping and where it came from. */
  private record Raw(
      String id,
      YMapping profil,
      Optional<String> parent,
      Optional<Span> parentSpan,
      SourceFile file,
      boolean bundled) {}

  private final Map<String, Raw> raw = new LinkedHashMap<>();
  private final Map<String, Optional<Profile>> resolved = new LinkedHashMap<>();
  private final Findings findings = new Findings();
  private final SourceMap sourceMap = new SourceMap();
  private final Map<Path, Optional<String>> files = new java.util.HashMap<>();

  /**
   * Bundled profiles this registry knows but has not needed yet (ADR 0074): a validation needs its
   * own profile and what it extends, not all of them, and reading one is a JVM start's worth of
   * work. {@link #raw(String)} takes one from {@link #PARSED} when it is first asked for.
   */
  private final Set<String> pending = new LinkedHashSet<>();

  /** The bundled profile ids in {@code profiles/daftar.txt} order, read once per process. */
  private static volatile List<String> bundledIds;

  /**
   * Each bundled profile as read, once per process and never changed afterwards, so what one daerah
   * adds is never seen by another.
   */
  private static final Map<String, Parsed> PARSED = new ConcurrentHashMap<>();

  /** A bundled profile as read on its own: the profile (absent if broken) and its problems. */
  private record Parsed(Optional<Raw> raw, List<Finding> findings, SourceMap sourceMap) {}

  private ProfileRegistry() {}

  /**
   * A registry of its own holding the bundled profiles (a broken bundled profile is a build error,
   * caught by the tests). Files added to it are seen by nobody else.
   */
  public static ProfileRegistry bundled() {
    List<String> ids = bundledIds;
    if (ids == null) {
      ids =
          resource("daftar.txt")
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
      bundledIds = ids;
    }
    ProfileRegistry r = new ProfileRegistry();
    r.pending.addAll(ids);
    return r;
  }

  /**
   * A view of this registry that can be extended (a daerah's own profile file) without changing
   * this one: profiles, problems and files read so far are shared as values, additions are not.
   */
  public synchronized ProfileRegistry copy() {
    ProfileRegistry c = new ProfileRegistry();
    c.raw.putAll(raw);
    c.findings.addAll(findings.list());
    c.sourceMap.putAll(sourceMap);
    c.files.putAll(files);
    c.pending.addAll(pending);
    return c;
  }

  /** Reads the bundled profile {@code id} on its own (a broken one is a build error). */
  private static Parsed parse(String id) {
    ProfileRegistry r = new ProfileRegistry();
    String name = "profiles/" + id + ".yaml";
    Optional<String> read;
    try {
      read =
          r.add(
              YamlReader.parse(SourceFile.named(name), resource(id + ".yaml"), YamlLimits.DEFAULTS),
              true);
    } catch (UnreadableInputException e) {
      r.findings.add(e.finding());
      read = Optional.empty();
    }
    if (read.isPresent() && !read.get().equals(id)) {
      throw new IllegalStateException(name + " declares profil.id " + read.get());
    }
    return new Parsed(read.map(r.raw::get), r.findings.list(), r.sourceMap);
  }

  /** The profile {@code id} as written, reading a bundled one the first time it is needed. */
  private Raw raw(String id) {
    if (pending.remove(id)) {
      Parsed p = PARSED.computeIfAbsent(id, ProfileRegistry::parse);
      findings.addAll(p.findings());
      sourceMap.putAll(p.sourceMap());
      p.raw().ifPresent(r -> raw.put(id, r));
    }
    return raw.get(id);
  }

  private static String resource(String name) {
    try (InputStream in = ProfileRegistry.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled resource " + DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a daerah's own profile file. Its problems (unreadable, unknown keys, wrong values) are
   * among {@link #findings()}; returns its id when it could be read.
   */
  public Optional<String> addFile(Path file, Path workingDir, YamlLimits limits) {
    Path key = file.toAbsolutePath().normalize();
    if (files.containsKey(key)) {
      return files.get(key); // the same file named twice (on the command line and by the daerah)
    }
    SourceFile f = SourceFile.of(file, workingDir);
    Optional<String> id = addOnce(f, limits);
    files.put(key, id);
    return id;
  }

  private Optional<String> addOnce(SourceFile f, YamlLimits limits) {
    try {
      return add(YamlReader.read(f, limits), false);
    } catch (UnreadableInputException e) {
      findings.add(e.finding());
      return Optional.empty();
    }
  }

  private Optional<String> add(YamlDocument doc, boolean bundled) {
    findings.addAll(doc.findings());
    Shape shape = new Shape(ProfileFormat.get(), findings, sourceMap);
    Obj file = shape.object(doc.root(), ProfileFormat.FILE, NodePath.ROOT);
    if (file == null) {
      return Optional.empty();
    }
    // Walk the whole profile once so every problem in it is reported against this file.
    Optional<Obj> p = file.object("profil");
    if (p.isEmpty() || p.get().text("id").isEmpty()) {
      return Optional.empty();
    }
    ProfileMapper.map(p.get(), List.of());
    String id = p.get().text("id").get();
    if (raw.containsKey(id) || pending.contains(id)) {
      Raw first = raw(id);
      findings.add(
          Finding.builder(
                  DUPLICATE, Severity.ERROR, Message.of("profil.ganda", id, first.file().name()))
              .path(NodePath.of("profil").key("id"))
              .span(p.get().span("id"))
              .hint(Message.of("profil.ganda.saran", id))
              .build());
      return Optional.empty();
    }
    YMapping profil = (YMapping) ((YMapping) doc.root()).entry("profil").value();
    Optional<Span> parentSpan = p.get().text("extends").map(x -> p.get().span("extends"));
    raw.put(id, new Raw(id, profil, p.get().text("extends"), parentSpan, doc.file(), bundled));
    resolved.clear();
    return Optional.of(id);
  }

  /** Problems found in the profiles themselves, including broken {@code extends} links. */
  public List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    for (Raw r : List.copyOf(raw.values())) {
      chain(r, all);
    }
    all.addAll(0, findings.list());
    return all;
  }

  /** The profiles read so far (bundled ones are read when first needed), in reading order. */
  List<String> read() {
    return List.copyOf(raw.keySet());
  }

  /** Every known profile: the bundled ones in {@code daftar.txt} order, then those added. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>();
    for (String id : bundledIds == null ? List.<String>of() : bundledIds) {
      if (pending.contains(id) || raw.containsKey(id)) {
        ids.add(id);
      }
    }
    for (String id : raw.keySet()) {
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  /** Whether {@code id} came with sisker (as opposed to a daerah's own file). */
  public boolean isBundled(String id) {
    return pending.contains(id) || raw.containsKey(id) && raw.get(id).bundled();
  }

  /** The short names of the regulations of all known profiles. */
  public Set<String> regulations() {
    Set<String> s = new TreeSet<>();
    for (String id : ids()) {
      find(id).ifPresent(p -> s.add(p.regulasi().singkatan()));
    }
    return s;
  }

  /** The resolved profile {@code id}, if known and its chain resolves. */
  public Optional<Profile> find(String id) {
    if (resolved.containsKey(id)) {
      return resolved.get(id);
    }
    Raw r = raw(id);
    Optional<Profile> result = Optional.empty();
    if (r != null) {
      List<Raw> chain = chain(r, new ArrayList<>());
      YMapping merged = chain.get(chain.size() - 1).profil();
      for (int i = chain.size() - 2; i >= 0; i--) {
        merged = TreeMerge.profil(merged, chain.get(i).profil());
      }
      // Problems were reported per file when it was added; the merged tree is only mapped.
      Shape quiet = new Shape(ProfileFormat.get(), new Findings(), new SourceMap());
      Obj o =
          quiet
              .object(
                  new YMapping(
                      List.of(
                          new YEntry(
                              new YScalar("profil", ScalarType.STRING, merged.span()), merged)),
                      merged.span()),
                  ProfileFormat.FILE,
                  NodePath.ROOT)
              .object("profil")
              .orElseThrow();
      result = Optional.of(ProfileMapper.map(o, chain.stream().map(Raw::id).toList()));
    }
    resolved.put(id, result);
    return result;
  }

  /**
   * {@code r} and its ancestors, stopping (and reporting into {@code out}) at an unknown or cyclic
   * link.
   */
  private List<Raw> chain(Raw r, List<Finding> out) {
    List<Raw> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Raw cur = r;
    while (cur != null && seen.add(cur.id())) {
      chain.add(cur);
      if (cur.parent().isEmpty()) {
        break;
      }
      Raw next = raw(cur.parent().get());
      if (next == null) {
        List<String> near = Suggest.closest(cur.parent().get(), ids(), 3);
        Finding.Builder b =
            Finding.builder(
                    EXTENDS_UNKNOWN,
                    Severity.ERROR,
                    Message.of("profil.extends", cur.id(), cur.parent().get()))
                .path(NodePath.of("profil").key("extends"))
                .hint(
                    near.isEmpty()
                        ? Message.of("profil.extends.saran", String.join(", ", ids()))
                        : Message.of("saran.maksud", String.join("\", \"", near)));
        cur.parentSpan().ifPresent(b::span);
        Finding f = b.build();
        if (!out.contains(f)) {
          out.add(f);
        }
        break;
      }
      if (seen.contains(next.id())) {
        Finding.Builder b =
            Finding.builder(
                    EXTENDS_UNKNOWN,
                    Severity.ERROR,
                    Message.of(
                        "profil.extends.siklus", String.join(" → ", seen) + " → " + next.id()))
                .path(NodePath.of("profil").key("extends"));
        cur.parentSpan().ifPresent(b::span);
        Finding f = b.build();
        if (!out.contains(f)) {
          out.add(f);
        }
        break;
      }
      cur = next;
    }
    return chain;
  }
}
