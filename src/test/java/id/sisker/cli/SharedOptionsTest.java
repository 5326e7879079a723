package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * An option several commands share is declared once, as a mixin in {@link Options} (issue 10 §5):
 * in every command that has it, it comes from that mixin, so its name, label and description key
 * cannot drift apart between commands.
 */
class SharedOptionsTest {

  private static final Map<String, Class<?>> SHARED =
      Map.of(
          "--force", Options.Force.class,
          "--output-dir", Options.OutputDir.class,
          "--output", Options.Output.class,
          "--profile", Options.Profile.class,
          "--profile-file", Options.ProfileFiles.class);

  @Test
  void everySharedOptionComesFromItsMixin() {
    CommandLine root = Main.commandLine(new Main(), "id");
    Map<String, List<String>> users = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (CommandLine sub : root.getSubcommands().values()) {
      CommandSpec spec = sub.getCommandSpec();
      for (Map.Entry<String, Class<?>> e : SHARED.entrySet()) {
        OptionSpec o = spec.findOption(e.getKey());
        if (o == null) {
          continue;
        }
        users.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(spec.name());
        boolean fromMixin =
            spec.mixins().values().stream()
                .anyMatch(
                    m ->
                        m.userObject() != null
                            && m.userObject().getClass() == e.getValue()
                            && m.findOption(e.getKey()) != null);
        if (!fromMixin) {
          problems.add(spec.name() + " declares " + e.getKey() + " itself");
        }
      }
    }
    assertEquals(List.of(), problems);
    users.forEach((k, v) -> assertTrue(v.size() >= 2, k + " is used by " + v + " only"));
  }
}
