package id.sisker.cli;

import id.sisker.app.Baseline;
import id.sisker.app.OutputFolder;
import id.sisker.app.Validation;
import id.sisker.app.Version;
import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.report.Info;
import id.sisker.report.InfoText;
import id.sisker.report.Output;
import id.sisker.report.OutputFormat;
import id.sisker.report.ReportData;
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

/** {@code sisker validate PATH…}: check daerah files and report. */
@Command(name = "validate", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

  /** The lowest severity that makes the exit code 1. */
  enum FailOn {
    ERROR,
    WARNING,
    NEVER
  }

  @ParentCommand Main main;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "path")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT[=FILE]",
      completionCandidates = FormatNames.class,
      descriptionKey = "format")
  List<String> formats = new ArrayList<>();

  @Mixin Options.OutputDir outputDir;

  @Mixin Options.Force force;

  @Option(
      names = "--fail-on",
      paramLabel = "LEVEL",
      defaultValue = "error",
      descriptionKey = "fail-on")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--max-file-size", paramLabel = "MiB", descriptionKey = "max-file-size")
  Integer maxFileMib;

  @Mixin Options.ProfileFiles profileFiles;

  @Mixin Options.Profile profileId;

  @Option(names = "--show-suppressed", descriptionKey = "show-suppressed")
  boolean showSuppressed;

  @Option(names = "--baseline", paramLabel = "FILE", descriptionKey = "baseline")
  String baselineFile;

  @Option(names = "--update-baseline", descriptionKey = "update-baseline")
  boolean updateBaseline;

  /** One requested report: a format, written to stdout or to a file in the output folder. */
  private record Target(String spec, Output output, Optional<Path> file) {}

  @Override
  public Integer call() throws IOException {
    Env env = main.env;
    Messages messages = Messages.forLanguage(main.lang);
    if (maxFileMib != null && maxFileMib < 1) {
      throw usage(messages.format("cli.max-file-size", maxFileMib));
    }
    OutputFolder folder = Folders.of(env, outputDir.dir, force.on);
    List<Target> targets = targets(env, messages, folder);
    if (updateBaseline && baselineFile == null) {
      throw usage(messages.text("cli.baseline-tanpa-berkas"));
    }
    Optional<Path> baselinePath = Optional.empty();
    Optional<Baseline> baseline = Optional.empty();
    if (baselineFile != null) {
      baselinePath =
          updateBaseline
              ? folder.given(baselineFile)
              : Optional.of(env.workingDir().resolve(baselineFile));
      if (baselinePath.isEmpty()) {
        throw usage(messages.format("cli.di-luar-folder", baselineFile, folder.root()));
      }
      if (!updateBaseline) {
        try {
          baseline = Optional.of(Baseline.read(baselinePath.get()));
        } catch (IOException | RuntimeException e) {
          throw usage(
              messages.format("cli.baseline-rusak", baselineFile, String.valueOf(e.getMessage())));
        }
      }
    }
    Validation validation =
        Validation.standard(Optional.ofNullable(maxFileMib), env.workingDir())
            .withProfileFiles(profileFiles.files)
            .withBaseline(baseline)
            .withProfile(Optional.ofNullable(profileId.id));
    if (profileId.id != null) {
      Optional<Info.UnknownProfile> unknown = validation.unknownProfile(profileId.id);
      if (unknown.isPresent()) {
        throw usage(InfoText.refusal(unknown.get(), messages));
      }
    }
    List<Validation.Ringkas> outcomes = validation.validateAll(paths);
    // No report goes onto a file that was read as input (a typo such as --format
    // json=daerah.yaml with --force would lose the daerah's data), nor onto a device or link.
    List<Path> read = new ArrayList<>();
    for (Validation.Ringkas o : outcomes) {
      read.addAll(o.filesRead());
    }
    profileFiles.files.forEach(p -> read.add(env.workingDir().resolve(p)));
    folder.protect(read);
    if (updateBaseline) {
      List<Finding> all = new ArrayList<>();
      outcomes.forEach(o -> all.addAll(o.findings()));
      Baseline b = Baseline.of(all);
      // --update-baseline is itself the permission to replace the baseline file.
      OutputFolder replacing = new OutputFolder(folder.root(), true);
      replacing.given(baselineFile);
      replacing.protect(read);
      replacing.write(baselinePath.get(), b.render());
      env.err().println(messages.format("cli.baseline-ditulis", baselineFile, b.size()));
      outcomes = outcomes.stream().map(o -> o.withFindings(b.apply(o.findings()))).toList();
    }
    Optional<Severity> threshold =
        switch (failOn) {
          case ERROR -> Optional.of(Severity.ERROR);
          case WARNING -> Optional.of(Severity.WARNING);
          case NEVER -> Optional.empty();
        };
    ReportData data =
        Validation.laporan(Version.get(), outcomes, messages, threshold, showSuppressed);
    for (Target t : targets) {
      if (t.file().isPresent()) {
        Optional<id.sisker.finding.Message> no = folder.refusal(t.file().get());
        if (no.isPresent()) {
          throw usage(messages.format(no.get()));
        }
      }
    }
    for (Target t : targets) {
      StringWriter w = new StringWriter();
      t.output().write(data, messages, w);
      if (t.file().isEmpty()) {
        env.out().write(w.toString());
        env.out().flush();
      } else {
        folder.write(t.file().get(), w.toString());
        env.err().println(messages.format("cli.ditulis", Folders.shown(env, t.file().get())));
      }
    }
    return exitCode(outcomes, data);
  }

  /**
   * Parses every --format before anything is read or written, so a wrong name, a path outside the
   * output folder or a file that would be overwritten stops the run with nothing changed.
   */
  private List<Target> targets(Env env, Messages messages, OutputFolder folder) {
    List<String> specs = formats.isEmpty() ? List.of("text") : formats;
    List<Target> out = new ArrayList<>();
    int toStdout = 0;
    for (String s : specs) {
      int eq = s.indexOf('=');
      String name = eq < 0 ? s : s.substring(0, eq);
      Optional<Output> o = OutputFormat.of(name).map(f -> f.create(eq < 0 && env.colour()));
      if (o.isEmpty()) {
        throw usage(
            messages.format(
                "cli.format-tidak-dikenal", name, String.join(", ", OutputFormat.names())));
      }
      if (eq < 0) {
        toStdout++;
        out.add(new Target(s, o.get(), Optional.empty()));
        continue;
      }
      String file = s.substring(eq + 1);
      // Typed by the user: honoured wherever it points (CI passes $RUNNER_TEMP/x.sarif).
      Optional<Path> p = file.isBlank() ? Optional.empty() : folder.given(file);
      if (p.isEmpty()) {
        throw usage(messages.format("cli.format-tanpa-berkas", s));
      }
      Optional<id.sisker.finding.Message> no = folder.refusal(p.get());
      if (no.isPresent()) {
        throw usage(messages.format(no.get()));
      }
      if (folder.blocked(p.get())) {
        throw usage(messages.format("cli.sudah-ada", file));
      }
      if (out.stream().anyMatch(t -> t.file().equals(p))) {
        throw usage(messages.format("cli.format-ganda-berkas", file));
      }
      out.add(new Target(s, o.get(), p));
    }
    if (toStdout > 1) {
      throw usage(messages.text("cli.format-ganda-stdout"));
    }
    return out;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private int exitCode(List<Validation.Ringkas> outcomes, ReportData data) {
    if (outcomes.stream().anyMatch(Validation.Ringkas::unusable)) {
      return ExitCodes.UNUSABLE;
    }
    for (Finding f : data.findings()) {
      if (data.failing(f)) {
        return ExitCodes.FINDINGS;
      }
    }
    return ExitCodes.CLEAN;
  }

  /** The report formats, for help ({@code ${COMPLETION-CANDIDATES}}) and shell completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return OutputFormat.names().iterator();
    }
  }
}
