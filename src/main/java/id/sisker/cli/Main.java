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
      RekapCommand.class,
      BedaCommand.class,
      CommandLine.HelpCommand.class
    },
    usageHelpAutoWidth = true)
public final class Main implements Runnable {

  @Option(
      names = "--lang",
      paramLabel = "id|en",
      scope = ScopeType.INHERIT,
      defaultValue = "id",
      descriptionKey = "lang")
  String lang = "id";

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
        new Env(out, err, Path.of("").toAbsolutePath(), System.getenv(), System.console() != null);
    int code = run(args, env);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs sisker in-process and returns the exit code; never calls System.exit. */
  public static int run(String[] args, Env env) {
    String lang = preScanLang(args);
    Main main = new Main();
    main.env = env;
    CommandLine cl = new CommandLine(main);
    cl.setOut(env.out());
    cl.setErr(env.err());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(false);
    cl.setUsageHelpWidth(100);
    localise(cl, lang);
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          Messages m = Messages.of(lang);
          env.err().println(m.text("cli.salah-pakai") + ": " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, env.err());
          env.err()
              .println(
                  m.text("cli.lihat-bantuan")
                      .replace("{0}", ex.getCommandLine().getCommandSpec().qualifiedName()));
          return ExitCodes.UNUSABLE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          Messages m = Messages.of(lang);
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
      Messages m = Messages.of(lang);
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

  /** The language must be known before picocli parses, so its own help and errors use it. */
  static String preScanLang(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return "en".equals(args[i + 1]) ? "en" : "id";
      }
      if (args[i].startsWith("--lang=")) {
        return "en".equals(args[i].substring(7)) ? "en" : "id";
      }
    }
    return "id";
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

  /** The CLI's own short texts (errors about the command line itself). */
  static final class Messages {
    private final ResourceBundle bundle;

    private Messages(ResourceBundle b) {
      this.bundle = b;
    }

    static Messages of(String lang) {
      Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT;
      return new Messages(
          ResourceBundle.getBundle(
              "id.sisker.i18n.cli.sisker",
              locale,
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    String text(String key) {
      return bundle.getString(key);
    }
  }

  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"sisker " + Version.get(), "Java " + System.getProperty("java.version")};
    }
  }
}
