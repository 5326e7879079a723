package id.sisker.cli;

import id.sisker.app.OutputFolder;
import id.sisker.app.Pengimporan;
import id.sisker.finding.Messages;
import id.sisker.report.Outputs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code sisker impor FILE}: a peta jabatan sheet (XLSX or CSV) into one YAML file per perangkat
 * daerah under {@code --out}/perangkat-daerah/, with every problem listed by sheet, row and column.
 */
@Command(name = "impor", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ImporCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
  Path file;

  @Option(names = "--out", paramLabel = "DIR", descriptionKey = "out")
  Path out;

  @Mixin Options.Force force;

  @Option(names = "--pemetaan", paramLabel = "FILE", descriptionKey = "pemetaan")
  Path pemetaan;

  @Option(names = "--baris-tersembunyi", descriptionKey = "baris-tersembunyi")
  boolean barisTersembunyi;

  @Option(names = "--daerah", paramLabel = "NAMA", descriptionKey = "daerah")
  String daerah;

  @Option(names = "--profil", paramLabel = "ID", descriptionKey = "profil")
  String profil;

  @Override
  public Integer call() throws IOException {
    Env env = main.env;
    Messages m = Messages.forLanguage(main.lang);
    Path input = env.workingDir().resolve(file);
    if (!java.nio.file.Files.isRegularFile(input)) {
      throw usage(m.format("impor.tidak-ada", file));
    }
    Pengimporan.Hasil h =
        Pengimporan.impor(
            input,
            env.workingDir(),
            main.lang,
            new Pengimporan.Opsi(
                java.util.Optional.ofNullable(pemetaan).map(p -> env.workingDir().resolve(p)),
                barisTersembunyi,
                java.util.Optional.ofNullable(daerah).map(String::strip).filter(x -> !x.isEmpty()),
                java.util.Optional.ofNullable(profil)
                    .map(String::strip)
                    .filter(x -> !x.isEmpty())));
    if (h.takTerbaca().isPresent()) {
      h.pemetaanSalah()
          .ifPresent(
              p -> p.temuan().forEach(f -> env.err().println(Outputs.withRule(f, p.berkas(), m))));
      h.laporan().forEach(env.err()::println);
      env.err().println(m.format(h.takTerbaca().get()));
      return ExitCodes.UNUSABLE;
    }
    h.laporan().forEach(env.err()::println);
    if (h.berkas().isEmpty()) {
      env.err().println(m.text("impor.kosong"));
      return ExitCodes.UNUSABLE;
    }
    OutputFolder folder = Folders.of(env, out, force.on);
    folder.protect(List.of(input));
    Map<Path, String> targets = new LinkedHashMap<>();
    List<String> blocked = new ArrayList<>();
    for (Map.Entry<String, String> e : h.berkas().entrySet()) {
      Path t = folder.resolve(e.getKey()).orElseThrow();
      if (folder.blocked(t)) {
        blocked.add(Folders.shown(env, t));
      }
      targets.put(t, e.getValue());
    }
    if (!blocked.isEmpty()) {
      // Nothing is written unless everything can be: half an import is worse than none.
      throw usage(m.format("cli.sudah-ada", String.join(", ", blocked)));
    }
    for (Map.Entry<Path, String> e : targets.entrySet()) {
      folder.write(e.getKey(), e.getValue());
      env.err().println(m.format("cli.ditulis", Folders.shown(env, e.getKey())));
    }
    long galat = h.galat();
    env.err()
        .println(
            m.format(
                "impor.ringkas",
                // As plain digits: MessageFormat would group thousands by locale (1.234).
                String.valueOf(h.jumlahJabatan()),
                String.valueOf(h.berkas().size()),
                String.valueOf(galat),
                String.valueOf(h.catatan())));
    return galat > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
