package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing of the whole command line with mutated daerah files: never an internal error (exit
 * 3), never a stack trace, never a raw control character in text output, never a run over 5 s.
 *
 * <p>A few hundred cases run in every build; {@code -Dfuzz.cases=10000} (or the {@code fuzz}
 * profile, {@code ./mvnw -B -Pfuzz test -Dtest=FuzzTest}) runs a long campaign, {@code
 * -Dfuzz.seed=N} another sequence. A failure names its seed and case, so it can be replayed.
 */
class FuzzTest {

  private static final int CASES = Integer.getInteger("fuzz.cases", 300);
  private static final long SEED = Long.getLong("fuzz.seed", 20261206L);
  private static final long LIMIT_NANOS = 5_000_000_000L;

  /** Fragments a hostile or careless file holds. */
  private static final String[] PIECES = {
    "\n",
    "\r",
    "\r\n",
    "\t",
    "\u001b[31m",
    "\u0007",
    "\u0000",
    "\u0085",
    "\u2028",
    "\u202e",
    "\"\\uD800\"",
    "'",
    "\"",
    "[",
    "]",
    "{",
    "}",
    ": ",
    "- ",
    "#",
    "&a ",
    "*a",
    "!!int ",
    "!!str ",
    "!!binary ",
    "!x ",
    "<<: *a\n",
    "? ",
    "|\n",
    ">-\n",
    "---\n",
    "...\n",
    "::error file=x::y",
    "%25",
    "${x}",
    "{{x}}",
    "../",
    "/etc/passwd",
    "9999999999999999999999",
    "-.inf",
    "0x1F",
    "2024-13-45",
    "~",
    "null",
    "yes",
    "\uFEFF",
    "é",
    "👍",
    "sertakan: [\"../*\"]\n",
    "profil_file: /dev/zero\n",
    "profil_file: ../x.yaml\n",
    "abaikan: [{aturan: \"*\"}]\n"
  };

  private static final List<String> SEEDS = new ArrayList<>();

  static {
    try {
      SEEDS.add(Files.readString(Path.of("src/test/resources/cli/bersih/daerah.yaml")));
      SEEDS.add(Files.readString(Path.of("src/test/resources/cli/bermasalah/daerah.yaml")));
      SEEDS.add(Files.readString(Path.of("src/test/resources/cli/regulasi/daerah.yaml")));
      SEEDS.add(Files.readString(Path.of("examples/invalid/tim-lingkup.yaml")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final String PROFILE;

  static {
    try {
      PROFILE = Files.readString(Path.of("examples/kabupaten-sukamaju/profil/sukamaju.yaml"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String mutate(Random r) {
    return mutate(r, SEEDS.get(r.nextInt(SEEDS.size())));
  }

  static String mutate(Random r, String seed) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + r.nextInt(6);
    for (int e = 0; e < edits; e++) {
      int at = s.length() == 0 ? 0 : r.nextInt(s.length() + 1);
      switch (r.nextInt(7)) {
        case 0 -> s.insert(at, PIECES[r.nextInt(PIECES.length)]);
        case 1 -> {
          int end = Math.min(s.length(), at + r.nextInt(40));
          s.delete(at, end);
        }
        case 2 -> s.insert(at, (char) r.nextInt(0x20));
        case 3 -> { // duplicate a line
          String[] lines = s.toString().split("\n", -1);
          int i = r.nextInt(lines.length);
          s.insert(at, lines[i] + "\n");
        }
        case 4 -> s.setLength(at); // truncate
        case 5 -> s.insert(at, " ".repeat(1 + r.nextInt(5)));
        default -> s.insert(at, (char) (0x80 + r.nextInt(0x3000)));
      }
    }
    return s.toString();
  }

  private static boolean rawControl(String out) {
    return out.chars().anyMatch(c -> c < 0x20 && c != '\n' || c == 0x7f || c >= 0x80 && c < 0xa0);
  }

  @Test
  void mutatedDaerahNeverCrashHangOrLeakControlCharacters(@TempDir Path dir) throws IOException {
    Random r = new Random(SEED);
    Path daerah = Files.createDirectories(dir.resolve("d"));
    Files.writeString(daerah.resolve("pegawai.yaml"), "pegawai: []\n");
    for (int i = 0; i < CASES; i++) {
      String text = mutate(r);
      if (i % 3 == 2) {
        // The daerah's own profile, mutated too: the profile reader and registry under fire.
        String profile = mutate(r, PROFILE);
        Files.writeString(daerah.resolve("profil.yaml"), profile, StandardCharsets.UTF_8);
        text =
            text.replaceFirst(
                "(?m)^  profil: .*$", "  profil: sukamaju\n  profil_file: profil.yaml");
        text += "\n# profil.yaml:\n" + profile.replaceAll("(?m)^", "# ");
      }
      Files.writeString(daerah.resolve("daerah.yaml"), text, StandardCharsets.UTF_8);
      String format = i % 5 == 4 ? "github" : "text";
      String lang = i % 2 == 0 ? "id" : "en";
      long t0 = System.nanoTime();
      Cli.Run run =
          Cli.run(dir, Map.of(), false, "validate", "--lang", lang, "--format", format, "d");
      long took = System.nanoTime() - t0;
      String where = "seed " + SEED + " case " + i + ":\n" + text;
      assertTrue(
          run.exit() >= 0 && run.exit() <= 2, "exit " + run.exit() + " " + run.err() + where);
      assertFalse(
          run.err().contains("\tat ") || run.err().contains("Exception"), run.err() + where);
      assertFalse(rawControl(run.out()), "raw control character in output: " + run.out() + where);
      assertTrue(took < LIMIT_NANOS, (took / 1_000_000) + " ms " + where);
    }
  }
}
