package id.sisker.cli;

import id.sisker.app.Version;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code sisker} command: global options and the subcommands. */
@Command(
    name = "sisker",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    usageHelpAutoWidth = true)
public final class Main implements Runnable {

  /**
   * The subcommands by name, in the order {@code sisker --help} lists them. Not in the
   * {@code @Command} annotation: picocli would build all of them (reflection over every option, one
   * message bundle each) before reading the command line, while a run needs at most one (ADR 0070).
   * {@code MainTest} checks each name against the command's own annotation.
   */
  static final Map<String, Class<?>> SUBCOMMANDS =
      subcommands(
          "validate", ValidateCommand.class,
          "rules", InfoCommands.Rules.class,
          "explain", InfoCommands.Explain.class,
          "profiles", InfoCommands.Profiles.class,
          "schema", SchemaCommand.class,
          "diagram", DiagramCommand.class,
          "surat", SuratCommand.class,
          "rekap", RekapCommand.class,
          "beda", BedaCommand.class,
          "impor", ImporCommand.class,
          "help", CommandLine.HelpCommand.class,
          "completion", ShellCommands.Completion.class,
          "man", ShellCommands.Man.class);

  /** Subcommands that work on the whole command tree, so a run of one of them needs them all. */
  private static final Set<String> NEED_ALL = Set.of("help", "completion", "man");

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
    // picocli otherwise looks for Groovy on every start (its annotations may hold closures).
    System.setProperty("picocli.disable.closures", "true");
    PrintWriter out =
        new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    Env env =
        new Env(out, err, Path.of("").toAbsolutePath(), System.getenv(), Env.stdoutIsTerminal());
    // Out of memory in a thread of its own (a library's, a pool's) ends the run the same way.
    Thread.setDefaultUncaughtExceptionHandler(
        (t, e) -> {
          if (OutOfMemory.in(e)) {
            out.flush();
            String lang = preScanLang(args, env.variables());
            int code = OutOfMemory.report(env, lang, args, e, args.length > 0 && debugIn(args));
            Runtime.getRuntime().halt(code);
          }
          e.printStackTrace(err);
        });
    int code = run(args, env);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs sisker in-process and returns the exit code; never calls System.exit. */
  public static int run(String[] args, Env env) {
    if (versionOnly(args)) {
      // The answer picocli would print, without building the command tree first (ADR 0070).
      for (String line : new VersionProvider().getVersion()) {
        env.out().println(line);
      }
      env.out().flush();
      return ExitCodes.CLEAN;
    }
    String lang = preScanLang(args, env.variables());
    Main main = new Main();
    main.env = env;
    main.lang = defaultLang(env.variables());
    CommandLine cl = commandLine(main, lang, needed(args));
    cl.setOut(env.out());
    cl.setErr(env.err());
    boolean debug = debugIn(args);
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
          if (OutOfMemory.in(ex)) {
            // From a worker thread, wrapped: still the JVM's memory, not a bug and not the input.
            return OutOfMemory.report(env, lang, args, ex, debug);
          }
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
    } catch (OutOfMemoryError e) {
      // The input needs more memory than the JVM was given: how much was read, how to give more.
      code = OutOfMemory.report(env, lang, args, e, debug);
    } catch (StackOverflowError e) {
      id.sisker.finding.Messages m = id.sisker.finding.Messages.forLanguage(lang);
      env.err().println(m.text("cli.tumpukan") + " (" + e.getClass().getSimpleName() + ")");
      env.err().println(m.text("cli.tumpukan.saran"));
      if (debug) {
        e.printStackTrace(env.err());
      }
      code = ExitCodes.UNUSABLE;
    }
    env.out().flush();
    env.err().flush();
    return code;
  }

  private static boolean debugIn(String[] args) {
    return Arrays.asList(args).contains("--debug");
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

  /** The whole command tree with sisker's settings and help texts in {@code lang}. */
  static CommandLine commandLine(Main main, String lang) {
    return commandLine(main, lang, List.copyOf(SUBCOMMANDS.keySet()));
  }

  /**
   * The subcommands a run of {@code args} needs: only the one it names when that is a known command
   * that does not work on the whole tree, none for {@code sisker --version}, and all of them
   * otherwise (usage help, a misspelt command that needs "did you mean", {@code help}, {@code
   * completion}, {@code man}). Parsing is the same either way: picocli meets the same subcommand at
   * the same place.
   */
  static List<String> needed(String[] args) {
    boolean version = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--lang")) {
        i++; // its value
      } else if (a.equals("-V") || a.equals("--version")) {
        version = true;
      } else if (a.equals("-h") || a.equals("--help") || a.equals("--")) {
        break;
      } else if (!a.startsWith("-")) {
        return SUBCOMMANDS.containsKey(a) && !NEED_ALL.contains(a)
            ? List.of(a)
            : List.copyOf(SUBCOMMANDS.keySet());
      }
    }
    return version && !Arrays.asList(args).contains("-h") && !Arrays.asList(args).contains("--help")
        ? List.of()
        : List.copyOf(SUBCOMMANDS.keySet());
  }

  /**
   * Whether {@code args} only ask for the version: {@code -V} or {@code --version}, with at most
   * {@code --debug} and a valid {@code --lang} beside it.
   */
  static boolean versionOnly(String[] args) {
    int version = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String lang = null;
      if (a.equals("--lang") && i + 1 < args.length) {
        lang = args[++i];
      } else if (a.startsWith("--lang=")) {
        lang = a.substring("--lang=".length());
      }
      if (lang != null) {
        String l = lang.toLowerCase(Locale.ROOT);
        if (!l.equals("id") && !l.equals("en")) {
          return false;
        }
      } else if (a.equals("-V") || a.equals("--version")) {
        version++;
      } else if (!a.equals("--debug")) {
        return false;
      }
    }
    return version == 1;
  }

  /** The command tree with only the subcommands {@code names}. */
  static CommandLine commandLine(Main main, String lang, List<String> names) {
    CommandLine cl = new CommandLine(main);
    for (String name : names) {
      cl.addSubcommand(name, SUBCOMMANDS.get(name));
    }
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

  private static Map<String, Class<?>> subcommands(Object... nameThenClass) {
    Map<String, Class<?>> m = new LinkedHashMap<>();
    for (int i = 0; i < nameThenClass.length; i += 2) {
      m.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sisker " + Version.get(), "Java " + System.getProperty("java.version")};
    }
  }
}
