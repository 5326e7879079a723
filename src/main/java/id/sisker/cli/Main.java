package id.sisker.cli;

import id.sisker.app.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sisker} command: global options and the subcommands. */
@Command(
    name = "sisker",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    subcommands = {
      ValidateCommand.class,
      InfoCommands.Rules.class,
      InfoCommands.Explain.class,
      InfoCommands.Profiles.class,
      SchemaCommand.class,
      DiagramCommand.class,
      SuratCommand.class,
      RekapCommand.class,
      BedaCommand.class,
      ImporCommand.class,
      CommandLine.HelpCommand.class,
      ShellCommands.Completion.class,
      ShellCommands.Man.class
    },
    usageHelpAutoWidth = true)
public final class Main implements Runnable {

  /** The languages of sisker's output; picocli checks the value (any case). */
  enum Lang {
    id,
    en
  }

  /**
   * The output language as {@code "id"} or {@code "en"}: {@code --lang}, else the default from the
   * environment ({@link #defaultLang}). Commands read this field.
   */
  String lang = "id";

  @Option(
      names = "--lang",
      paramLabel = "id|en",
      scope = ScopeType.INHERIT,
      descriptionKey = "lang")
  void setLang(Lang l) {
    this.lang = l.name();
  }

  @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "debug")
  boolean debug;

  Env env;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    // `sisker` alone: show what it can do.
    spec.commandLine().usage(env.out());
  }

  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Env env =
        new Env(out, err, Path.of("").toAbsolutePath(), System.getenv(), Env.stdoutIsTerminal());
    int code = run(args, env);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs sisker in-process and returns the exit code; never calls System.exit. */
  public static int run(String[] args, Env env) {
    String lang = preScanLang(args, env.variables());
    Main main = new Main();
    main.env = env;
    main.lang = defaultLang(env.variables());
    CommandLine cl = commandLine(main, lang);
    cl.setOut(env.out());
    cl.setErr(env.err());
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          id.sisker.finding.Messages m = id.sisker.finding.Messages.forLanguage(lang);
          env.err().println(m.text("cli.salah-pakai") + ": " + UsageErrors.describe(ex, lang));
          UsageErrors.suggestions(ex, lang).ifPresent(env.err()::println);
          env.err()
              .println(
                  m.format(
                      "cli.lihat-bantuan", ex.getCommandLine().getCommandSpec().qualifiedName()));
          return ExitCodes.UNUSABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof java.io.IOException io) {
            // A file that could not be written (read-only folder, /proc, disk full) or that
            // sisker refuses to write: the user's environment, not a bug — exit 2 with the reason.
            env.err().println(ioProblem(io, lang));
            if (debug) {
              ex.printStackTrace(env.err());
            }
            return ExitCodes.UNUSABLE;
          }
          id.sisker.finding.Messages m = id.sisker.finding.Messages.forLanguage(lang);
          env.err().println(m.text("cli.internal") + ": " + ex);
          if (debug) {
            ex.printStackTrace(env.err());
          } else {
            env.err().println(m.text("cli.internal.debug"));
          }
          return ExitCodes.INTERNAL;
        });
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError | StackOverflowError e) {
      // Input too large for the memory given to the JVM: a problem of the input, told plainly.
      id.sisker.finding.Messages m = id.sisker.finding.Messages.forLanguage(lang);
      env.err().println(m.text("cli.memori") + " (" + e.getClass().getSimpleName() + ")");
      env.err().println(m.text("cli.memori.saran"));
      if (debug) {
        e.printStackTrace(env.err());
      }
      code = ExitCodes.UNUSABLE;
    }
    env.out().flush();
    env.err().flush();
    return code;
  }

  /** An I/O failure told in the user's language, with the file it concerns. */
  static String ioProblem(java.io.IOException e, String lang) {
    id.sisker.finding.Messages m = id.sisker.finding.Messages.forLanguage(lang);
    if (e instanceof id.sisker.app.OutputFolder.Refused r) {
      return m.format(r.reason());
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return m.format("cli.sudah-ada", f.getFile());
    }
    String what =
        e instanceof java.nio.file.FileSystemException f && f.getFile() != null ? f.getFile() : "";
    String why =
        e instanceof java.nio.file.AccessDeniedException
            ? m.text("cli.io.akses")
            : e instanceof java.nio.file.NoSuchFileException
                ? m.text("cli.io.tidak-ada")
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                    ? f.getReason()
                    : String.valueOf(e.getMessage());
    return m.format("cli.io", what, why);
  }

  /**
   * The language must be known before picocli parses, so its own help and errors use it: a valid
   * {@code --lang} (any case), else the environment's default.
   */
  static String preScanLang(String[] args, java.util.Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String v = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        v = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        v = args[i].substring(7);
      }
      if (v != null) {
        String l = v.toLowerCase(Locale.ROOT);
        return l.equals("en") || l.equals("id") ? l : defaultLang(env);
      }
    }
    return defaultLang(env);
  }

  /**
   * The default language: {@code SISKER_LANG} (id or en), else the locale of {@code LC_ALL}, {@code
   * LC_MESSAGES} or {@code LANG} (English for {@code en_*}), else Bahasa Indonesia.
   */
  static String defaultLang(java.util.Map<String, String> env) {
    String own = env.get("SISKER_LANG");
    if (own != null && !own.isBlank()) {
      String l = own.strip().toLowerCase(Locale.ROOT);
      if (l.equals("en") || l.equals("id")) {
        return l;
      }
    }
    for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String v = env.get(var);
      if (v != null && !v.isBlank()) {
        // The first one set decides, as POSIX has it.
        return v.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "id";
      }
    }
    return "id";
  }

  /** The command tree with sisker's settings and help texts in {@code lang}. */
  static CommandLine commandLine(Main main, String lang) {
    CommandLine cl = new CommandLine(main);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(100);
    localise(cl, lang);
    return cl;
  }

  /** Help texts per command from {@code i18n/cli/<command>.properties}, root = Indonesian. */
  private static void localise(CommandLine cl, String lang) {
    String base = "id.sisker.i18n.cli." + cl.getCommandName().replace('-', '_');
    Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT;
    try {
      cl.setResourceBundle(
          ResourceBundle.getBundle(
              base,
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    } catch (java.util.MissingResourceException e) {
      // picocli's built-in help command has no bundle of ours
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      localise(sub, lang);
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sisker " + Version.get(), "Java " + System.getProperty("java.version")};
    }
  }
}
