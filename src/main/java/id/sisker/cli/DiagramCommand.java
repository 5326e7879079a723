package id.sisker.cli;

import id.sisker.app.OutputFolder;
import id.sisker.app.Rendering;
import id.sisker.app.Validation;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.report.Info;
import id.sisker.report.InfoText;
import id.sisker.report.Outputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sisker diagram PATH}: draw a view of a daerah as DOT, Mermaid, SVG, PNG or HTML. */
@Command(name = "diagram", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class DiagramCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "PATH", descriptionKey = "path")
  Path path;

  @Option(names = "--view", paramLabel = "VIEW", split = ",", descriptionKey = "view")
  List<String> views = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "dot",
      descriptionKey = "format")
  String format = "dot";

  @Option(names = "--pd", paramLabel = "ID", descriptionKey = "pd")
  String pd;

  @Option(names = "--unit", paramLabel = "PD/UNIT", descriptionKey = "unit")
  String unit;

  @Option(names = "--tim", paramLabel = "ID", descriptionKey = "tim")
  String tim;

  @Option(names = "--pegawai", paramLabel = "NIP", descriptionKey = "pegawai")
  String pegawai;

  @Option(names = "--kedalaman", paramLabel = "N", descriptionKey = "kedalaman")
  Integer depth;

  @Option(names = "--anonim", descriptionKey = "anonim")
  boolean anonim;

  @Option(names = "--kelas", descriptionKey = "kelas")
  boolean kelas;

  @Option(names = "--bk", descriptionKey = "bk")
  boolean bk;

  @Option(names = "--tanpa-temuan", descriptionKey = "tanpa-temuan")
  boolean tanpaTemuan;

  @Option(
      names = "--engine",
      paramLabel = "auto|embedded|dot",
      defaultValue = "auto",
      descriptionKey = "engine")
  String engine = "auto";

  @Mixin Options.Output output;

  @Option(names = "--semua", descriptionKey = "semua")
  boolean semua;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  Path outDir;

  @Mixin Options.Force force;

  @Mixin Options.Profile profileId;

  @Mixin Options.ProfileFiles profileFiles;

  @Override
  public Integer call() throws IOException {
    Env env = main.env;
    Messages m = Messages.forLanguage(main.lang);
    Rendering.Request request =
        new Rendering.Request(
            views,
            format,
            Optional.ofNullable(pd),
            Optional.ofNullable(unit),
            Optional.ofNullable(tim),
            Optional.ofNullable(pegawai),
            Optional.ofNullable(depth),
            anonim,
            kelas,
            bk,
            !tanpaTemuan,
            engine);
    Validation validation =
        Validation.standard(Optional.empty(), env.workingDir())
            .withProfileFiles(profileFiles.files)
            .withProfile(Optional.ofNullable(profileId.id));
    if (profileId.id != null) {
      Optional<Info.UnknownProfile> unknown = validation.unknownProfile(profileId.id);
      if (unknown.isPresent()) {
        throw usage(InfoText.refusal(unknown.get(), m));
      }
    }
    Rendering rendering = new Rendering(validation, m, env.variables());
    try {
      rendering.check(request);
      if (semua) {
        return all(env, m, rendering, request);
      }
      if (outDir != null) {
        throw usage(m.text("diagram.out-tanpa-semua"));
      }
      if (request.views().size() > 1) {
        throw usage(m.text("diagram.satu-view"));
      }
      OutputFolder folder = new OutputFolder(env.workingDir(), force.on);
      Optional<Path> target = Optional.empty();
      if (output.file != null && !output.file.equals("-")) {
        target = Folders.typedOutput(folder, env, output.file, List.of(path));
        if (target.isEmpty()) {
          throw usage(m.format("cli.di-luar-folder", output.file, folder.root()));
        }
        if (folder.blocked(target.get())) {
          throw usage(m.format("cli.sudah-ada", output.file));
        }
      } else if (Rendering.Format.of(format).map(Rendering.Format::binary).orElse(false)) {
        throw usage(m.text("diagram.png-perlu-berkas"));
      }
      Rendering.Result r = rendering.draw(path, request);
      if (!r.unusable().isEmpty() || r.drawings().isEmpty()) {
        return unusable(env, m, r);
      }
      Rendering.Drawing d = r.drawings().get(0);
      if (target.isEmpty()) {
        env.out().write(d.text());
        env.out().flush();
      } else {
        folder.write(target.get(), d.content());
        env.err().println(m.format("cli.ditulis", Folders.shown(env, target.get())));
      }
      return ExitCodes.CLEAN;
    } catch (Rendering.Problem e) {
      throw usage(m.format(e.pesan()) + e.saran().map(s -> "; " + m.format(s)).orElse(""));
    } catch (Rendering.Failure e) {
      env.err().println("sisker: " + m.format(e.pesan()));
      return ExitCodes.UNUSABLE;
    }
  }

  private int all(Env env, Messages m, Rendering rendering, Rendering.Request request)
      throws IOException, Rendering.Problem, Rendering.Failure {
    if (outDir == null) {
      throw usage(m.text("diagram.semua-perlu-out"));
    }
    if (output.file != null || pd != null || unit != null || tim != null || pegawai != null) {
      throw usage(m.text("diagram.semua-tanpa-lingkup"));
    }
    OutputFolder folder = new OutputFolder(env.workingDir().resolve(outDir), force.on);
    boolean progress = env.terminal();
    Rendering.Result r =
        rendering.drawAll(
            path,
            request,
            line -> {
              if (progress) {
                env.err().print("\r\u001b[K" + line);
                env.err().flush();
              }
            });
    if (progress) {
      env.err().print("\r\u001b[K");
      env.err().flush();
    }
    if (!r.unusable().isEmpty()) {
      return unusable(env, m, r);
    }
    // Check every name before writing any, so a blocked file changes nothing.
    List<Path> targets = new ArrayList<>();
    for (Rendering.Drawing d : r.drawings()) {
      Optional<Path> t = folder.resolve(d.name());
      if (t.isEmpty()) {
        throw usage(m.format("cli.di-luar-folder", d.name(), folder.root()));
      }
      if (folder.blocked(t.get())) {
        throw usage(m.format("cli.sudah-ada", Folders.shown(env, t.get())));
      }
      targets.add(t.get());
    }
    for (int i = 0; i < targets.size(); i++) {
      folder.write(targets.get(i), r.drawings().get(i).content());
    }
    env.err()
        .println(
            m.format(
                "diagram.semua-ditulis",
                r.drawings().size() - 1,
                Folders.shown(env, folder.root().resolve("index.html"))));
    return ExitCodes.CLEAN;
  }

  private int unusable(Env env, Messages m, Rendering.Result r) {
    env.err().println(m.format("diagram.tidak-digambar", r.outcome().input()));
    for (Finding f : r.unusable()) {
      env.err().println("  " + Outputs.brief(f, m));
    }
    return ExitCodes.UNUSABLE;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
