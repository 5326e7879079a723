package id.sisker.cli;

import id.sisker.app.OutputFolder;
import id.sisker.app.Rekapitulasi;
import id.sisker.app.Validation;
import id.sisker.app.Version;
import id.sisker.finding.Messages;
import id.sisker.report.OutputFormat;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code sisker rekap PATH}: the peta jabatan recap (B, K, selisih) in five formats. */
@Command(name = "rekap", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class RekapCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PATH", descriptionKey = "path")
  Path path;

  @Option(names = "--pd", paramLabel = "ID", descriptionKey = "pd")
  String pd;

  @Option(names = "--unit", paramLabel = "PD/UNIT", descriptionKey = "unit")
  String unit;

  @Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "format")
  String format;

  @Mixin Options.Output output;

  @Mixin Options.OutputDir outputDir;

  @Mixin Options.Force force;

  @Mixin Options.ProfileFiles profileFiles;

  @Option(names = "--lengkap", descriptionKey = "lengkap")
  boolean lengkap;

  @Override
  public Integer call() throws IOException {
    Env env = main.env;
    Messages m = Messages.forLanguage(main.lang);
    Rekapitulasi.Format f = format(m);
    OutputFolder folder = Folders.of(env, outputDir.dir, force.on);
    Optional<Path> target = Optional.empty();
    if (output.file != null) {
      target = Folders.typedOutput(folder, env, output.file, List.of(path));
      if (target.isEmpty()) {
        throw usage(m.format("cli.di-luar-folder", output.file, folder.root()));
      }
      if (folder.blocked(target.get())) {
        throw usage(m.format("cli.sudah-ada", output.file));
      }
    } else if (f.binary()) {
      throw usage(m.text("rekap.xlsx-butuh-output"));
    }
    if (lengkap && f != Rekapitulasi.Format.XLSX) {
      throw usage(m.text("rekap.lengkap-hanya-xlsx"));
    }
    Validation v =
        Validation.standard(Optional.empty(), env.workingDir())
            .withProfileFiles(profileFiles.files);
    Rekapitulasi.Hasil h =
        new Rekapitulasi(v)
            .rekap(path, Optional.ofNullable(pd), Optional.ofNullable(unit), main.lang, lengkap);
    if (h.cakupanSalah().isPresent()) {
      throw usage(h.cakupanSalah().get());
    }
    if (h.unusable()) {
      // Why the daerah cannot be counted: the same report validate would give.
      StringWriter w = new StringWriter();
      OutputFormat.TEXT
          .create(false)
          .write(Validation.report(Version.get(), List.of(h.outcome())), m, w);
      env.err().print(w);
      env.err().println(m.text("rekap.tak-terbaca"));
      return ExitCodes.UNUSABLE;
    }
    if (target.isEmpty()) {
      env.out().print(h.render(f));
      env.out().flush();
      return ExitCodes.CLEAN;
    }
    folder.write(target.get(), h.content(f));
    env.err()
        .println(
            m.format("cli.ditulis", Folders.shown(env, target.get()))
                + " "
                + m.format(
                    "rekap.ringkas",
                    // As plain digits: MessageFormat would group thousands by locale (1.234).
                    String.valueOf(h.jumlahJabatan()),
                    String.valueOf(h.bezetting()),
                    String.valueOf(h.kebutuhan())));
    return ExitCodes.CLEAN;
  }

  private Rekapitulasi.Format format(Messages m) {
    if (format == null) {
      return Optional.ofNullable(output.file)
          .flatMap(Rekapitulasi.Format::ofFile)
          .orElse(Rekapitulasi.Format.TEXT);
    }
    return Rekapitulasi.Format.named(format)
        .orElseThrow(
            () ->
                usage(
                    m.format(
                        "cli.format-tidak-dikenal",
                        format,
                        String.join(", ", Rekapitulasi.Format.names()))));
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
