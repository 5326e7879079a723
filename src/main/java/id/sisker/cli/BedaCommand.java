package id.sisker.cli;

import id.sisker.app.GitRevisi;
import id.sisker.app.OutputFolder;
import id.sisker.app.Perbandingan;
import id.sisker.app.Validation;
import id.sisker.app.Version;
import id.sisker.finding.Messages;
import id.sisker.report.OutputFormat;
import java.io.IOException;
import java.io.StringWriter;
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

/** {@code sisker beda LAMA BARU} or {@code sisker beda --git REV PATH}: what changed. */
@Command(name = "beda", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class BedaCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..2", paramLabel = "PATH", descriptionKey = "path")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--git", paramLabel = "REV", descriptionKey = "git")
  String rev;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format")
  String format = "text";

  @Mixin Options.Output output;

  @Mixin Options.OutputDir outputDir;

  @Mixin Options.Force force;

  @Option(names = "--gagal-jika-temuan-baru", descriptionKey = "gagal-jika-temuan-baru")
  boolean gagalJikaTemuanBaru;

  @Mixin Options.ProfileFiles profileFiles;

  @Override
  public Integer call() throws IOException {
    Env env = main.env;
    Messages m = Messages.forLanguage(main.lang);
    Perbandingan.Format f =
        Perbandingan.Format.named(format)
            .orElseThrow(
                () ->
                    usage(
                        m.format(
                            "cli.format-tidak-dikenal",
                            format,
                            String.join(", ", Perbandingan.Format.names()))));
    if (rev == null && paths.size() != 2) {
      throw usage(m.text("beda.dua-path"));
    }
    if (rev != null && paths.size() != 1) {
      throw usage(m.text("beda.git-satu-path"));
    }
    OutputFolder folder = Folders.of(env, outputDir.dir, force.on);
    Optional<Path> target = Optional.empty();
    if (output.file != null) {
      target = Folders.typedOutput(folder, env, output.file, paths);
      if (target.isEmpty()) {
        throw usage(m.format("cli.di-luar-folder", output.file, folder.root()));
      }
      if (folder.blocked(target.get())) {
        throw usage(m.format("cli.sudah-ada", output.file));
      }
    }
    Perbandingan p =
        new Perbandingan(
            dir -> Validation.standard(Optional.empty(), dir).withProfileFiles(absolute(env)));
    Perbandingan.Hasil h;
    if (rev == null) {
      h = p.banding(env.workingDir(), paths.get(0), paths.get(1), main.lang);
    } else {
      try {
        h = p.bandingGit(env.workingDir(), rev, paths.get(0), main.lang);
      } catch (GitRevisi.Gagal e) {
        Path path = paths.get(0);
        env.err()
            .println(
                switch (e.kind()) {
                  case GIT_TIDAK_ADA -> m.format("beda.git-tidak-ada", rev, path, e.detail());
                  case BUKAN_REPO -> m.format("beda.bukan-repo", path, e.detail());
                  case REVISI_SALAH -> m.format("beda.revisi-salah", rev);
                  case TIDAK_ADA_DI_REVISI ->
                      m.format("beda.tidak-ada-di-revisi", rev, path, e.detail());
                  case PATH_TIDAK_ADA -> m.format("beda.path-tidak-ada", rev, path);
                });
        return ExitCodes.UNUSABLE;
      }
    }
    if (h.unusable()) {
      StringWriter w = new StringWriter();
      OutputFormat.TEXT.create(false).write(Validation.report(Version.get(), h.outcomes()), m, w);
      env.err().print(w);
      env.err().println(m.text("beda.tak-terbaca"));
      return ExitCodes.UNUSABLE;
    }
    String out = h.render(f);
    if (target.isEmpty()) {
      env.out().print(out);
      env.out().flush();
    } else {
      folder.write(target.get(), out);
      env.err().println(m.format("cli.ditulis", Folders.shown(env, target.get())));
    }
    return gagalJikaTemuanBaru && h.temuanBaru() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private List<Path> absolute(Env env) {
    return profileFiles.files.stream().map(x -> env.workingDir().resolve(x)).toList();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
