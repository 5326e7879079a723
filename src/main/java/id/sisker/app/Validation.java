package id.sisker.app;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.finding.Suppression;
import id.sisker.load.LoadResult;
import id.sisker.load.Loader;
import id.sisker.load.ParseCache;
import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.profile.Profile;
import id.sisker.profile.ProfileRegistry;
import id.sisker.report.Info;
import id.sisker.report.InputSummary;
import id.sisker.report.ReportData;
import id.sisker.report.RuleDoc;
import id.sisker.rule.Catalogue;
import id.sisker.rule.Context;
import id.sisker.rule.Engine;
import id.sisker.rule.RuleInfo;
import id.sisker.rule.Stage;
import id.sisker.rule.check.Checks;
import id.sisker.source.Containment;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Validates daerah: load each input, resolve its profile, run the checks, collect findings. */
public final class Validation {

  private final YamlLimits limits;
  private final Path workingDir;
  private final ProfileRegistry profiles;
  private final Engine engine;
  private final Predicate<RuleId> enabled;
  private List<Path> profileFiles = List.of();
  private ProfileRegistry withCommandLine;
  private Optional<Baseline> baseline = Optional.empty();
  private Optional<String> profileOverride = Optional.empty();
  private Optional<ParseCache> parseCache = Optional.empty();

  static final RuleId ABAIKAN_ATURAN = RuleId.of("abaikan.aturan");
  static final RuleId PROFIL_BERMASALAH = RuleId.of("profil.bermasalah");
  static final RuleId ABAIKAN_TERPAKAI = RuleId.of("abaikan.tidak-terpakai");
  static final RuleId PROFIL_DI_LUAR = RuleId.of("sertakan.di-luar");

  /** Whether {@code file} is one of the profile files given on the command line. */
  private boolean givenOnCommandLine(Path file) {
    for (Path p : profileFiles) {
      if (Containment.sameFile(workingDir.resolve(p), file)) {
        return true;
      }
    }
    return false;
  }

  /** Profile files given on the command line, read before each daerah's own. */
  public Validation withProfileFiles(List<Path> files) {
    this.profileFiles = List.copyOf(files);
    this.withCommandLine = null;
    return this;
  }

  /**
   * Validates every daerah under this profile instead of the one its {@code daerah.profil} names:
   * to see what a regulation would say about the data (a new Perbup, a neighbour's rules).
   */
  public Validation withProfile(Optional<String> id) {
    this.profileOverride = id;
    return this;
  }

  /**
   * Why {@code id} cannot be used with {@link #withProfile}, if it cannot: it must be bundled or in
   * a profile file given on the command line (read here, so the CLI can refuse before validating).
   */
  public Optional<Info.UnknownProfile> unknownProfile(String id) {
    return ProfilTakDikenal.of(id, commandLineProfiles().ids());
  }

  /**
   * The bundled profiles and those given on the command line, read once and shared by every input
   * as a base that is never changed: each input adds its own profile file to a copy.
   */
  private synchronized ProfileRegistry commandLineProfiles() {
    if (withCommandLine == null) {
      ProfileRegistry r = profiles.copy();
      for (Path p : profileFiles) {
        r.addFile(workingDir.resolve(p), workingDir, limits);
      }
      withCommandLine = r;
    }
    return withCommandLine;
  }

  /**
   * Files with the same text as a file another validation of the run has read are not parsed again
   * but share its tree ({@code beda}'s two versions, ADR 80); findings still name this input's
   * files.
   */
  public Validation withParseCache(Optional<ParseCache> c) {
    this.parseCache = c;
    return this;
  }

  /** Findings the baseline knows are marked and no longer count. */
  public Validation withBaseline(Optional<Baseline> b) {
    this.baseline = b;
    return this;
  }

  public Validation(
      YamlLimits limits,
      Path workingDir,
      ProfileRegistry profiles,
      Engine engine,
      Predicate<RuleId> enabled) {
    this.limits = limits;
    this.workingDir = workingDir;
    this.profiles = profiles;
    this.engine = engine;
    this.enabled = enabled;
  }

  public static Validation standard(YamlLimits limits, Path workingDir) {
    return new Validation(
        limits, workingDir, ProfileRegistry.bundled(), Checks.engine(), r -> true);
  }

  /**
   * The standard validation with the default limits, the file-size limit replaced when {@code
   * maxFileMib} is given.
   */
  public static Validation standard(Optional<Integer> maxFileMib, Path workingDir) {
    YamlLimits limits = YamlLimits.DEFAULTS;
    if (maxFileMib.isPresent()) {
      limits = limits.withMaxFileBytes(maxFileMib.get() * 1024L * 1024L);
    }
    return standard(limits, workingDir);
  }

  /** The outcome of one input. */
  public record Outcome(
      String input,
      LoadResult load,
      Optional<Profile> profile,
      List<Finding> findings,
      boolean profileUnusable) {

    public boolean unusable() {
      return load.unusable() || profileUnusable;
    }

    /**
     * The files read for this input (root, included files), for callers that must not overwrite
     * them.
     */
    public List<Path> filesRead() {
      List<Path> out = new ArrayList<>();
      load.files().forEach(f -> Optional.ofNullable(f.path()).ifPresent(out::add));
      return out;
    }

    public Outcome withFindings(List<Finding> f) {
      return new Outcome(input, load, profile, f, profileUnusable);
    }

    /** What a report needs of this outcome, without the model and its source tree. */
    public Ringkas ringkas() {
      Optional<Daerah> d = load.daerah();
      InputSummary summary =
          new InputSummary(
              input,
              d.map(Daerah::nama).filter(n -> !n.isBlank()).orElse("?"),
              profile
                  .map(Profile::id)
                  .or(() -> d.map(Daerah::profil).filter(n -> !n.isBlank()))
                  .orElse("?"),
              load.files().size(),
              d.map(x -> x.perangkatDaerah().size()).orElse(0),
              d.map(x -> x.perangkatDaerah().stream().mapToInt(p -> p.jabatan().size()).sum())
                  .orElse(0),
              d.map(x -> x.pegawai().size()).orElse(0),
              !unusable());
      return new Ringkas(summary, findings, profile, unusable(), filesRead());
    }
  }

  /**
   * One input's outcome as a report needs it. A run over many daerah keeps only this of each, so
   * its memory is bounded by the largest daerah, not by the sum of them.
   */
  public record Ringkas(
      InputSummary summary,
      List<Finding> findings,
      Optional<Profile> profile,
      boolean unusable,
      List<Path> filesRead) {

    public Ringkas {
      findings = List.copyOf(findings);
      filesRead = List.copyOf(filesRead);
    }

    public Ringkas withFindings(List<Finding> f) {
      return new Ringkas(summary, f, profile, unusable, filesRead);
    }
  }

  /**
   * Validates {@code inputs} on every core, a few at a time, and gives their outcomes in the order
   * of {@code inputs}, each reduced to what a report needs as soon as it is done.
   */
  public List<Ringkas> validateAll(List<Path> inputs) {
    int threads = Math.min(inputs.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<Ringkas> out = new ArrayList<>(inputs.size());
      for (Path p : inputs) {
        out.add(validate(p).ringkas());
      }
      return out;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "sisker-validasi");
              t.setDaemon(true);
              return t;
            });
    try {
      List<java.util.concurrent.Future<Ringkas>> futures = new ArrayList<>(inputs.size());
      for (Path p : inputs) {
        futures.add(pool.submit(() -> validate(p).ringkas()));
      }
      List<Ringkas> out = new ArrayList<>(inputs.size());
      for (java.util.concurrent.Future<Ringkas> f : futures) {
        out.add(joined(f));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T joined(java.util.concurrent.Future<T> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (java.util.concurrent.ExecutionException e) {
      // An error of the run (out of memory, a bug), reported as it would be on this thread.
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Runs the checks on {@code d}, a daerah changed after loading (assignments from a sheet), with
   * positions from {@code map}.
   */
  public List<Finding> periksa(Daerah d, Optional<Profile> profile, SourceMap map) {
    Context ctx = new Context(d, new Indeks(d), profile, commandLineProfiles().ids());
    return engine.run(ctx, map, enabled);
  }

  public Outcome validate(Path input) {
    LoadResult load = new Loader(limits, workingDir, parseCache).load(input);
    List<Finding> findings = new ArrayList<>();
    for (Finding f : load.findings()) {
      if (enabled.test(f.rule())) {
        findings.add(f);
      }
    }
    Optional<Profile> profile = Optional.empty();
    boolean profileUnusable = false;
    if (load.daerah().isPresent()) {
      Daerah d = load.daerah().get();
      // This input's own view: what its profile file adds (or breaks) stays with it.
      ProfileRegistry view = commandLineProfiles().copy();
      if (d.profilFile().isPresent() && load.files().get(0).path() != null) {
        Path rootDir = load.files().get(0).path().toAbsolutePath().getParent();
        Path own = rootDir.resolve(d.profilFile().get()).normalize();
        if (Containment.inside(rootDir, d.profilFile().get())) {
          view.addFile(own, workingDir, limits);
        } else if (!givenOnCommandLine(own) && enabled.test(PROFIL_DI_LUAR)) {
          NodePath at = NodePath.of("daerah").key("profil_file");
          Finding.Builder b =
              Finding.builder(
                      PROFIL_DI_LUAR,
                      Severity.ERROR,
                      Message.of("profil-file.di-luar", d.profilFile().get()))
                  .path(at)
                  .hint(Message.of("profil-file.di-luar.saran"));
          load.sourceMap().find(at).ifPresent(b::span);
          findings.add(b.build());
        }
      }
      boolean ownProfileErrors = false;
      for (Finding f : view.findings()) {
        // Problems of the daerah's own profile files; the bundled ones are checked by the tests.
        if (f.span().map(s -> s.file().path() != null).orElse(false)) {
          ownProfileErrors |= f.severity() == Severity.ERROR;
          if (enabled.test(f.rule())) {
            findings.add(f);
            profileUnusable |= f.fatal();
          }
        }
      }
      profile = view.find(profileOverride.orElse(d.profil()));
      Predicate<RuleId> run = enabled;
      if (ownProfileErrors && profile.isPresent() && !view.isBundled(profile.get().id())) {
        // A wrong value in the profile is skipped, so regulation findings would follow from the
        // profile's mistake rather than the data's: run them once the profile is fixed.
        run = r -> enabled.test(r) && Catalogue.get().get(r).stage() != Stage.REGULASI;
        if (enabled.test(PROFIL_BERMASALAH)) {
          Finding.Builder b =
              Finding.builder(
                      PROFIL_BERMASALAH,
                      Severity.WARNING,
                      Message.of("profil.bermasalah", profile.get().id()))
                  .path(NodePath.of("daerah").key("profil"))
                  .hint(Message.of("profil.bermasalah.saran"));
          load.sourceMap().find(NodePath.of("daerah").key("profil")).ifPresent(b::span);
          findings.add(b.build());
        }
      }
      findings = applied(findings, profile);
      Context ctx = new Context(d, new Indeks(d), profile, view.ids());
      findings.addAll(withoutCascades(load.findings(), engine.run(ctx, load.sourceMap(), run)));
      findings = engine.attachConsequences(findings, ctx);
      findings = suppress(findings, load.suppressions());
    }
    if (baseline.isPresent()) {
      findings = baseline.get().apply(findings);
    }
    String shown = id.sisker.source.SourceFile.of(workingDir.resolve(input), workingDir).name();
    return new Outcome(shown, load, profile, findings, profileUnusable);
  }

  /**
   * Findings made while loading (a duplicate NIP, a job class out of range) with the severity and
   * citations the profile applies to their rule, as the engine gives its own findings.
   */
  private static List<Finding> applied(List<Finding> findings, Optional<Profile> profile) {
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      Optional<RuleInfo> info = Catalogue.get().find(f.rule());
      if (f.fatal() || info.isEmpty()) {
        out.add(f);
        continue;
      }
      id.sisker.rule.Berlaku b =
          id.sisker.rule.Berlaku.of(
              info.get(),
              profile,
              Optional.of(
                  new id.sisker.profile.Ketentuan(
                      "", Optional.of(f.severity()), Optional.empty())));
      Finding g = f.withSeverity(b.severity());
      out.add(f.citations().isEmpty() ? g.withCitations(b.citations()) : g);
    }
    return out;
  }

  /**
   * Marks findings an {@code abaikan} entry covers; reports entries naming no known rule (an error,
   * with "did you mean") and entries that silenced nothing (info: the problem is gone, so is the
   * reason to keep them).
   */
  private List<Finding> suppress(List<Finding> findings, List<Suppression> entries) {
    List<Finding> out = new ArrayList<>(findings.size());
    java.util.Set<Suppression> used = new java.util.HashSet<>();
    for (Finding f : findings) {
      Finding shown = f;
      if (!f.fatal()) {
        for (Suppression s : entries) {
          if (s.covers(f)) {
            shown = f.suppress(s);
            used.add(s);
            break;
          }
        }
      }
      out.add(shown);
    }
    List<String> ids = Catalogue.get().all().stream().map(r -> r.id().value()).toList();
    for (Suppression s : entries) {
      boolean known =
          ids.stream().anyMatch(r -> id.sisker.finding.RulePattern.matches(s.pattern(), r));
      if (!known && enabled.test(ABAIKAN_ATURAN)) {
        List<String> near = id.sisker.text.Suggest.closest(s.pattern(), ids, 3);
        Finding.Builder b =
            Finding.builder(
                    ABAIKAN_ATURAN, Severity.ERROR, Message.of("abaikan.aturan", s.pattern()))
                .path(s.scope().key("abaikan"))
                .hint(
                    near.isEmpty()
                        ? Message.of("abaikan.aturan.saran")
                        : Message.of("saran.maksud", String.join("\", \"", near)));
        s.span().ifPresent(b::span);
        out.add(b.build());
      } else if (known && !used.contains(s) && enabled.test(ABAIKAN_TERPAKAI)) {
        Finding.Builder b =
            Finding.builder(
                    ABAIKAN_TERPAKAI,
                    Severity.INFO,
                    Message.of(
                        "abaikan.tidak-terpakai",
                        s.pattern(),
                        s.scope().isRoot() ? "daerah" : s.scope().value()))
                .path(s.scope().key("abaikan"))
                .hint(Message.of("abaikan.tidak-terpakai.saran"));
        s.span().ifPresent(b::span);
        out.add(b.build());
      }
    }
    return out;
  }

  /**
   * Drops a check's finding when loading already reported a problem at the same path or in one of
   * its own fields: a misspelt {@code atsan} is reported once, as an unknown key with "did you mean
   * atasan", not again as a position without a superior.
   */
  static List<Finding> withoutCascades(List<Finding> loadFindings, List<Finding> checkFindings) {
    java.util.Set<String> causes = new java.util.HashSet<>();
    for (Finding f : loadFindings) {
      String p = f.path().value();
      causes.add(p);
      int dot = p.lastIndexOf('.');
      if (dot > 0 && p.indexOf('[', dot) < 0) {
        causes.add(p.substring(0, dot));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : checkFindings) {
      if (!causes.contains(f.path().value())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Report data for several outcomes, with the metadata of every rule in the report's language. */
  public static ReportData report(
      String version,
      List<Outcome> outcomes,
      Messages messages,
      Optional<Severity> failOn,
      boolean showSuppressed) {
    return laporan(
        version,
        outcomes.stream().map(Outcome::ringkas).toList(),
        messages,
        failOn,
        showSuppressed);
  }

  /** Report data for outcomes already reduced to what a report needs. */
  public static ReportData laporan(
      String version,
      List<Ringkas> outcomes,
      Messages messages,
      Optional<Severity> failOn,
      boolean showSuppressed) {
    ReportData plain = laporan(version, outcomes);
    java.util.Map<String, RuleDoc> rules = new java.util.TreeMap<>();
    String lang = messages.language();
    // Rule metadata cites the clauses of the profiles actually used, as SARIF viewers show it
    // next to each result; without a usable profile, the catalogue's general sources.
    java.util.Map<String, Profile> active = new java.util.TreeMap<>();
    outcomes.forEach(o -> o.profile().ifPresent(p -> active.putIfAbsent(p.id(), p)));
    RuleCatalogue catalogue = new RuleCatalogue(ProfileRegistry.bundled());
    for (RuleInfo r : Catalogue.get().all()) {
      List<id.sisker.finding.Citation> citations = new ArrayList<>();
      for (Profile p : active.values()) {
        for (id.sisker.finding.Citation c : catalogue.citations(r, p)) {
          if (!citations.contains(c)) {
            citations.add(c);
          }
        }
      }
      rules.put(
          r.id().value(),
          new RuleDoc(
              r.id().value(),
              r.severity(),
              r.title(lang),
              r.description(lang),
              r.description(lang),
              active.isEmpty() ? r.citations() : citations));
    }
    return new ReportData(version, plain.inputs(), plain.findings(), rules, failOn, showSuppressed);
  }

  /** Report data for several outcomes. */
  public static ReportData report(String version, List<Outcome> outcomes) {
    return laporan(version, outcomes.stream().map(Outcome::ringkas).toList());
  }

  /** Report data for several reduced outcomes. */
  public static ReportData laporan(String version, List<Ringkas> outcomes) {
    List<InputSummary> inputs = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    for (Ringkas o : outcomes) {
      all.addAll(o.findings());
      inputs.add(o.summary());
    }
    return new ReportData(version, inputs, all);
  }
}
