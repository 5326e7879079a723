package id.sisker.cli;

import id.sisker.app.Informasi;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.report.Info;
import id.sisker.report.InfoJson;
import id.sisker.report.InfoText;
import id.sisker.report.Outputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The commands that explain sisker itself: rules, explain, profiles. */
final class InfoCommands {

  private InfoCommands() {}

  /**
   * Prints the problems of the profile files given with {@code --profile-file} to stderr, one
   * {@code file:line:col: severity rule: message} line each with its hint, and returns the exit
   * code they call for: 2 when a file cannot be read, 1 for other errors, else 0. Without this a
   * broken profile would be listed (or silently missing) with exit 0.
   */
  static int profileProblems(Main main, Informasi info) {
    Messages m = Messages.forLanguage(main.lang);
    int code = ExitCodes.CLEAN;
    for (Finding f : info.profileFindings()) {
      main.env.err().print(Outputs.text(f, m));
      if (f.fatal()) {
        code = ExitCodes.UNUSABLE;
      } else if (f.severity() == Severity.ERROR) {
        code = Math.max(code, ExitCodes.FINDINGS);
      }
    }
    main.env.err().flush();
    return code;
  }

  /**
   * Reports the profile files' problems, then prints the answer rendered by {@code render}, or
   * refuses (a usage error, exit 2) when there is none; the worse exit wins.
   */
  static <T> int answer(
      Main main,
      CommandLine.Model.CommandSpec spec,
      Informasi info,
      Informasi.Jawaban<T> j,
      Function<T, String> render) {
    int problems = profileProblems(main, info);
    if (j.refusal().isPresent()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), InfoText.refusal(j.refusal().get(), Messages.forLanguage(main.lang)));
    }
    main.env.out().print(render.apply(j.answer().orElseThrow()));
    main.env.out().flush();
    return problems;
  }

  static Informasi informasi(Main main, List<Path> profileFiles) {
    return new Informasi(main.env.workingDir(), profileFiles, main.lang);
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
      Messages m = Messages.forLanguage(main.lang);
      return answer(
          main,
          spec,
          info,
          info.rules(Optional.ofNullable(profile.id)),
          rules -> "json".equals(format) ? InfoJson.rules(rules) : InfoText.rules(rules, m));
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
      Messages m = Messages.forLanguage(main.lang);
      return answer(
          main,
          spec,
          info,
          info.explain(rule, Optional.ofNullable(profile.id)),
          e -> InfoText.explain(e, m));
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
      Messages m = Messages.forLanguage(main.lang);
      List<Info.Profile> all = info.profiles();
      return answer(
          main,
          spec,
          info,
          Informasi.Jawaban.of(all),
          p -> "json".equals(format) ? InfoJson.profiles(p) : InfoText.profiles(p, m));
    }
  }
}
