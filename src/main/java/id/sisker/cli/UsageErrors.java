package id.sisker.cli;

import id.sisker.app.Saran;
import id.sisker.finding.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's own usage errors ("Unknown option", "Missing required parameter", "Invalid value for
 * option", "Did you mean") told in the user's language. Errors sisker raises itself already are.
 */
final class UsageErrors {

  private UsageErrors() {}

  static String describe(CommandLine.ParameterException ex, String lang) {
    Messages m = Messages.forLanguage(lang);
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      List<String> options = new ArrayList<>();
      List<String> others = new ArrayList<>();
      for (String a : u.getUnmatched()) {
        (a.startsWith("-") ? options : others).add(a);
      }
      if (!options.isEmpty()) {
        return m.format("cli.opsi-tak-dikenal", "'" + String.join("', '", options) + "'");
      }
      return m.format("cli.argumen-tak-dikenal", "'" + String.join("', '", others) + "'");
    }
    if (ex instanceof CommandLine.MissingParameterException mp && !mp.getMissing().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (ArgSpec a : mp.getMissing()) {
        parts.add(
            a instanceof OptionSpec o
                ? m.format("cli.nilai-opsi-wajib", o.longestName(), o.paramLabel())
                : m.format("cli.parameter-wajib", ((PositionalParamSpec) a).paramLabel()));
      }
      return String.join("; ", parts);
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
      return m.format("cli.opsi-sekali", name(o.getOverwritten()));
    }
    ArgSpec spec = ex.getArgSpec();
    if (spec != null
        && ex.getValue() != null
        && !(ex instanceof CommandLine.MaxValuesExceededException)) {
      Class<?> type = spec.type();
      if (type.isEnum()) {
        List<String> values =
            Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                .toList();
        String typed = ex.getValue();
        List<String> near = Saran.closest(typed.toLowerCase(Locale.ROOT), values, 1);
        String msg = m.format("cli.nilai-pilihan", name(spec), typed, String.join(", ", values));
        return near.isEmpty() ? msg : msg + "; " + m.format("cli.maksud", near.get(0));
      }
      return m.format("cli.nilai-tidak-sah", name(spec), ex.getValue());
    }
    return ex.getMessage();
  }

  /** "Did you mean" for a misspelt subcommand or option, in the user's language. */
  static Optional<String> suggestions(CommandLine.ParameterException ex, String lang) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      String parent = ex.getCommandLine().getCommandSpec().qualifiedName();
      List<String> shown = new ArrayList<>();
      for (String sug : u.getSuggestions()) {
        // A subcommand is shown as the user would type it: "sisker validate".
        shown.add(sug.startsWith("-") ? sug : parent + " " + sug);
      }
      return Optional.of(Messages.forLanguage(lang).format("cli.maksud", String.join(", ", shown)));
    }
    return Optional.empty();
  }

  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }
}
