package id.sisker.cli;

import id.sisker.app.OutputFolder;
import id.sisker.app.SchemaExport;
import id.sisker.finding.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code sisker schema}: the JSON Schema of the daerah format, or with --profil of profiles. */
@Command(name = "schema", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class SchemaCommand implements Callable<Integer> {

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin Options.Output output;

  @Mixin Options.OutputDir outputDir;

  @Mixin Options.Force force;

  @Option(names = "--profil", descriptionKey = "profil")
  boolean profil;

  @Option(names = "--pemetaan", descriptionKey = "pemetaan")
  boolean pemetaan;

  @Override
  public Integer call() throws IOException {
    String schema =
        pemetaan
            ? SchemaExport.pemetaanSchema(main.lang)
            : profil ? SchemaExport.profileSchema(main.lang) : SchemaExport.daerahSchema(main.lang);
    if (output.file == null) {
      main.env.out().print(schema);
      main.env.out().flush();
      return ExitCodes.CLEAN;
    }
    Messages m = Messages.forLanguage(main.lang);
    OutputFolder folder = Folders.of(main.env, outputDir.dir, force.on);
    // Typed on the command line: honoured wherever it points.
    Optional<Path> target = folder.given(output.file);
    if (target.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), m.format("cli.di-luar-folder", output.file, folder.root()));
    }
    Optional<id.sisker.finding.Message> no = folder.refusal(target.get());
    if (no.isPresent()) {
      throw new CommandLine.ParameterException(spec.commandLine(), m.format(no.get()));
    }
    if (unchanged(target.get(), schema)) {
      // Regenerating a schema that is already current (the README's command on a fresh clone)
      // changes nothing and needs no --force.
      main.env.err().println(m.format("cli.tidak-berubah", output.file));
      return ExitCodes.CLEAN;
    }
    if (folder.blocked(target.get())) {
      main.env.err().println(m.format("cli.sudah-ada", output.file));
      return ExitCodes.UNUSABLE;
    }
    folder.write(target.get(), schema);
    main.env.err().println(m.format("cli.ditulis", output.file));
    return ExitCodes.CLEAN;
  }

  private static boolean unchanged(Path target, String content) {
    try {
      return java.nio.file.Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)
          && java.nio.file.Files.size(target) < 64L * 1024 * 1024
          && java.util.Arrays.equals(
              java.nio.file.Files.readAllBytes(target),
              content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      return false;
    }
  }
}
