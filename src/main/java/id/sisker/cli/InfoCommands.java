package id.sisker.cli;

import id.sisker.app.Informasi;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
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

/** The commands that explain sisker itself: rules, explain, profiles. */
final class InfoCommands {

  private InfoCommands() {}

  static int print(Main main, CommandLine.Model.CommandSpec spec, Informasi.Jawaban j) {
    if (!j.ok()) {
      throw new CommandLine.ParameterException(spec.commandLine(), j.text());
    }
    main.env.out().print(j.text());
    main.env.out().flush();
    return ExitCodes.CLEAN;
  }

  /**
   * Prints the problems of the profile files given with {@code --profile-file} to stderr, one
   * {@code file:line:col: severity rule: message} line each with its hint, and returns the exit
   * code they call for: 2 when a file cannot be read, 1 for other errors, else 0. Without this a
   * broken profile would be listed (or silently missing) with exit 0.
   */
  static int profileProblems(Main main, Informasi info) {
    main.env.err().print(info.profileProblemsText());
    main.env.err().flush();
    int code = ExitCodes.CLEAN;
    for (Finding f : info.profileFindings()) {
      if (f.fatal()) {
        code = ExitCodes.UNUSABLE;
      } else if (f.severity() == Severity.ERROR) {
        code = Math.max(code, ExitCodes.FINDINGS);
      }
    }
    return code;
  }

  /** Answers with {@code j} after reporting the profile files' problems; the worse exit wins. */
  static int answer(
      Main main, CommandLine.Model.CommandSpec spec, Informasi info, Informasi.Jawaban j) {
    int problems = profileProblems(main, info);
    return Math.max(problems, print(main, spec, j));
  }

  static Informasi informasi(Main main, List<Path> profileFiles) {
    return new Informasi(main.env.workingDir(), profileFiles, Messages.forLanguage(main.lang));
  }

  static void checkFormat(CommandLine.Model.CommandSpec spec, Main main, String format) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          Messages.forLanguage(main.lang).format("cli.format-tidak-dikenal", format, "text, json"));
    }
  }

  /** {@code sisker rules}. */
  @Command(name = "rules", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
  static final class Rules implements Callable<Integer> {
    @ParentCommand Main main;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin Options.Profile profile;

    @Mixin Options.ProfileFiles profileFiles;

    @Option(
        names = "--format",
        paramLabel = "text|json",
        defaultValue = "text",
        descriptionKey = "format")
    String format = "text";

    @Override
    public Integer call() {
      checkFormat(spec, main, format);
      Informasi info = informasi(main, profileFiles.files);
      return answer(main, spec, info, info.rules(Optional.ofNullable(profile.id), format));
    }
  }

  /** {@code sisker explain RULE-ID}. */
  @Command(name = "explain", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
  static final class Explain implements Callable<Integer> {
    @ParentCommand Main main;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", descriptionKey = "rule")
    String rule;

    @Mixin Options.Profile profile;

    @Mixin Options.ProfileFiles profileFiles;

    @Override
    public Integer call() {
      Informasi info = informasi(main, profileFiles.files);
      return answer(main, spec, info, info.explain(rule, Optional.ofNullable(profile.id)));
    }
  }

  /** {@code sisker profiles}. */
  @Command(name = "profiles", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
  static final class Profiles implements Callable<Integer> {
    @ParentCommand Main main;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Mixin Options.ProfileFiles profileFiles;

    @Option(
        names = "--format",
        paramLabel = "text|json",
        defaultValue = "text",
        descriptionKey = "format")
    String format = "text";

    @Override
    public Integer call() {
      checkFormat(spec, main, format);
      Informasi info = informasi(main, profileFiles.files);
      return answer(main, spec, info, info.profiles(format));
    }
  }
}
