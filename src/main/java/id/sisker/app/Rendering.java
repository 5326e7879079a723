package id.sisker.app;

import id.sisker.diagram.Diagrams;
import id.sisker.diagram.Graph;
import id.sisker.diagram.Labels;
import id.sisker.diagram.ReportingLines;
import id.sisker.diagram.Scope;
import id.sisker.diagram.View;
import id.sisker.diagram.dot.DotWriter;
import id.sisker.diagram.html.HtmlPage;
import id.sisker.diagram.html.IndexPage;
import id.sisker.diagram.mermaid.MermaidWriter;
import id.sisker.diagram.render.Engine;
import id.sisker.diagram.render.RenderException;
import id.sisker.diagram.render.Renderer;
import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.UnitId;
import id.sisker.profile.Peran;
import id.sisker.profile.Profile;
import id.sisker.rule.check.PelaporanLines;
import id.sisker.text.Suggest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Draws diagrams of a daerah: validates it (for the findings overlay and the profile), builds the
 * graph of a view and renders it in a format. Returns the files' contents; the caller writes them.
 */
public final class Rendering {

  /** The output formats and their file extensions. */
  public enum Format {
    DOT("dot"),
    MERMAID("mmd"),
    SVG("svg"),
    PNG("png"),
    HTML("html");

    private final String ext;

    Format(String ext) {
      this.ext = ext;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public String ext() {
      return ext;
    }

    public boolean binary() {
      return this == PNG;
    }

    public boolean needsEngine() {
      return this == SVG || this == PNG || this == HTML;
    }

    public static Optional<Format> of(String key) {
      return Arrays.stream(values()).filter(f -> f.key().equals(key)).findFirst();
    }

    public static List<String> keys() {
      return Arrays.stream(values()).map(Format::key).toList();
    }
  }

  /** What to draw, as the command line gives it (unchecked words). */
  public record Request(
      List<String> views,
      String format,
      Optional<String> pd,
      Optional<String> unit,
      Optional<String> tim,
      Optional<String> pegawai,
      Optional<Integer> depth,
      boolean anonim,
      boolean kelas,
      boolean bk,
      boolean temuan,
      String engine) {
    public Request {
      views = List.copyOf(views);
    }
  }

  /**
   * A wrong request (unknown view, id, format …): what is wrong and, for a misspelt word, the
   * nearest choices ({@code saran.maksud}); the command line words them in the user's language.
   */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message pesan;
    private final transient Optional<Message> saran;

    public Problem(Message pesan, Optional<Message> saran) {
      super(pesan.key());
      this.pesan = pesan;
      this.saran = saran;
    }

    public Message pesan() {
      return pesan;
    }

    public Optional<Message> saran() {
      return saran;
    }
  }

  /** Drawing was impossible (no engine, dot failed): what happened, as a message to word. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message pesan;

    public Failure(Message pesan) {
      super(pesan.key());
      this.pesan = pesan;
    }

    public Message pesan() {
      return pesan;
    }
  }

  /** One drawn file: its name (for batches) and content. */
  @SuppressWarnings("ArrayRecordComponent") // a drawn file is passed on, never compared
  public record Drawing(String name, String view, String pd, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }

  /**
   * The result: the drawings, or why the daerah could not be drawn (its fatal findings, or its
   * errors when no daerah was loaded).
   *
   * @param engine the layout engine used, when one was
   */
  public record Result(
      Validation.Outcome outcome,
      List<Drawing> drawings,
      List<Finding> unusable,
      Optional<String> engine) {}

  private final Validation validation;
  private final Messages m;
  private final Map<String, String> env;
  private Optional<Renderer> renderer = Optional.empty();

  public Rendering(Validation validation, Messages messages, Map<String, String> env) {
    this.validation = validation;
    this.m = messages;
    this.env = env;
  }

  /** Checks the words of a request that need no daerah (views, format, engine, depth). */
  public void check(Request r) throws Problem {
    for (String v : r.views()) {
      if (View.of(v).isEmpty()) {
        throw problem(
            Message.of("diagram.view-tidak-dikenal", v, String.join(", ", View.keys())),
            v,
            View.keys());
      }
    }
    if (Format.of(r.format()).isEmpty()) {
      throw problem(
          Message.of("diagram.format-tidak-dikenal", r.format(), String.join(", ", Format.keys())),
          r.format(),
          Format.keys());
    }
    if (Engine.of(r.engine()).isEmpty()) {
      throw problem(
          Message.of("diagram.engine-tidak-dikenal", r.engine(), String.join(", ", Engine.keys())),
          r.engine(),
          Engine.keys());
    }
    if (r.depth().isPresent() && r.depth().get() < 0) {
      throw new Problem(Message.of("diagram.kedalaman", r.depth().get()), Optional.empty());
    }
  }

  private static Problem problem(Message pesan, String given, List<String> choices) {
    return new Problem(pesan, saran(Suggest.closest(given, choices, 1)));
  }

  /** "Did you mean" for the nearest choices, none when nothing is near. */
  private static Optional<Message> saran(List<String> near) {
    return near.isEmpty()
        ? Optional.empty()
        : Optional.of(Message.of("saran.maksud", String.join("\", \"", near)));
  }

  /** One diagram per view of the request's scope. */
  public Result draw(Path input, Request r) throws Problem, Failure {
    return run(input, r, false, p -> {});
  }

  /**
   * One diagram per perangkat daerah per view of the whole daerah, plus an {@code index.html}
   * linking them; {@code progress} hears "i/n name" as each is drawn.
   */
  public Result drawAll(Path input, Request r, Consumer<String> progress) throws Problem, Failure {
    return run(input, r, true, progress);
  }

  private Result run(Path input, Request r, boolean all, Consumer<String> progress)
      throws Problem, Failure {
    try {
      return runOrFail(input, r, all, progress);
    } catch (RenderException e) {
      throw new Failure(new Message(e.key(), List.copyOf(e.args())));
    }
  }

  private Result runOrFail(Path input, Request r, boolean all, Consumer<String> progress)
      throws Problem, RenderException {
    check(r);
    Validation.Outcome o = validation.validate(input);
    if (o.unusable() || o.load().daerah().isEmpty()) {
      List<Finding> why = new ArrayList<>();
      for (Finding f : o.findings()) {
        if (f.fatal() || f.severity() == Severity.ERROR && o.load().daerah().isEmpty()) {
          why.add(f);
        }
      }
      return new Result(o, List.of(), why, Optional.empty());
    }
    Daerah d = o.load().daerah().get();
    Diagrams diagrams = diagrams(d, o.profile(), o.findings(), r);
    Scope scope = scope(diagrams, r);
    Format format = Format.of(r.format()).orElseThrow();
    List<View> views =
        (r.views().isEmpty() ? (all ? View.keys() : List.of("kedudukan")) : r.views())
            .stream().map(v -> View.of(v).orElseThrow()).toList();
    if (format.needsEngine() && renderer.isEmpty()) {
      renderer =
          Optional.of(
              Renderer.of(Engine.of(r.engine()).orElseThrow(), env, Renderer.defaultCache(env)));
    }
    List<Drawing> out = new ArrayList<>();
    if (!all) {
      for (View v : views) {
        Graph g = diagrams.build(v, scope);
        out.add(
            new Drawing(
                v.key() + "." + format.ext(), v.key(), "", render(g, format, o.findings())));
      }
    } else {
      List<PerangkatDaerah> pds = d.perangkatDaerah();
      int n = pds.size() * views.size();
      int i = 0;
      List<IndexPage.Link> index = new ArrayList<>();
      for (PerangkatDaerah p : pds) {
        for (View v : views) {
          i++;
          progress.accept(i + "/" + n + " " + p.id() + " " + v.key());
          Graph g = diagrams.build(v, Scope.pd(p.id()));
          if (g.nodes().isEmpty()) {
            continue;
          }
          String name = fileName(p.id()) + "-" + v.key() + "." + format.ext();
          out.add(new Drawing(name, v.key(), p.id(), render(g, format, o.findings())));
          index.add(new IndexPage.Link(p.id(), v, name));
        }
      }
      out.add(
          new Drawing(
              "index.html",
              "",
              "",
              IndexPage.write(d, views, index, m).getBytes(StandardCharsets.UTF_8)));
    }
    return new Result(o, out, List.of(), renderer.map(x -> x.engine().key()));
  }

  /** A file name from an id: letters, digits, {@code -} and {@code _} only, so never a path. */
  static String fileName(String id) {
    String s = id.replaceAll("[^A-Za-z0-9_-]", "_");
    return s.isEmpty() || s.startsWith("-") ? "_" + s : s;
  }

  private Diagrams diagrams(Daerah d, Optional<Profile> profile, List<Finding> f, Request r) {
    ReportingLines lines = ReportingLines.NONE;
    boolean pj = false;
    Indeks ix = new Indeks(d);
    if (profile.isPresent()) {
      Profile p = profile.get();
      PelaporanLines pl = new PelaporanLines(ix);
      lines =
          new ReportingLines() {
            @Override
            public List<Line> ketua(id.sisker.model.TimKerja t) {
              return convert(pl.ketua(p, t));
            }

            @Override
            public List<Line> individu(id.sisker.model.Penugasan a) {
              return convert(pl.individu(p, a));
            }
          };
      pj =
          p.penanggungJawab().isPresent()
              || p.pelaporanKetua().stream()
                  .anyMatch(e -> e.peran().contains(Peran.PENANGGUNG_JAWAB));
    }
    return new Diagrams(ix, f, lines, pj, new Labels(r.anonim(), r.kelas(), r.bk(), r.temuan()), m);
  }

  private static List<ReportingLines.Line> convert(List<PelaporanLines.Line> lines) {
    return lines.stream()
        .map(
            l ->
                new ReportingLines.Line(
                    l.peran().stream().map(Peran::key).toList(), l.sitasi(), l.mengikat(), l.who()))
        .toList();
  }

  private Scope scope(Diagrams diagrams, Request r) throws Problem {
    Optional<UnitId> unit = Optional.empty();
    if (r.unit().isPresent()) {
      String u = r.unit().get();
      int slash = u.indexOf('/');
      unit =
          Optional.of(
              slash < 0
                  ? UnitId.root(u)
                  : UnitId.of(u.substring(0, slash), u.substring(slash + 1)));
    }
    Scope s = new Scope(r.pd(), unit, r.tim(), r.pegawai(), r.depth());
    Optional<String[]> unknown = diagrams.unknown(s);
    if (unknown.isPresent()) {
      String key = unknown.get()[0];
      String option =
          key.contains(".pd-")
              ? "pd"
              : key.contains(".unit-") ? "unit" : key.contains(".tim-") ? "tim" : "pegawai";
      throw new Problem(
          Message.of(key, unknown.get()[1]),
          saran(Suggest.closest(unknown.get()[1], diagrams.candidates(option), 3)));
    }
    return s;
  }

  private byte[] render(Graph g, Format format, List<Finding> findings) throws RenderException {
    return switch (format) {
      case DOT -> DotWriter.write(g).getBytes(StandardCharsets.UTF_8);
      case MERMAID -> MermaidWriter.write(g).getBytes(StandardCharsets.UTF_8);
      case SVG -> renderer.orElseThrow().svg(DotWriter.write(g)).getBytes(StandardCharsets.UTF_8);
      case PNG -> renderer.orElseThrow().png(DotWriter.write(g));
      case HTML ->
          HtmlPage.write(g, renderer.orElseThrow().svg(DotWriter.write(g)), findings, m)
              .getBytes(StandardCharsets.UTF_8);
    };
  }
}
