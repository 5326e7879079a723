package id.sisker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Messages;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property tests of the writers: for random findings (with hostile text in arguments) the
 * JSON parses back with every finding and argument intact, text has one headline per finding, and
 * the order of input never changes the bytes written.
 */
class OutputPropertyTest {

  private static final String[] NASTY = {
    "{0}",
    "'",
    "''",
    "\"",
    "\\",
    "\u001b[31m",
    "<b>",
    "% s",
    "${x}",
    "Jl. Sudirman No. 1, Tembilahan",
    "ß",
    "تكت",
    "😀",
    "a\tb",
    "baris\nbaru"
  };
  private static final String[] RULES = {
    "yaml.kunci-tak-dikenal", "ref.jabatan", "nip.format", "jabatan.bezetting"
  };
  private static final String[] KEYS = {
    "yaml.kunci-tak-dikenal", "ref.jabatan", "nip.format.panjang", "jabatan.bezetting"
  };

  @SuppressWarnings("EnumOrdinal") // a random severity, picked by index
  private static List<Finding> randomFindings(long seed) {
    Random r = new Random(seed);
    int n = r.nextInt(40);
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(RULES.length);
      String arg = NASTY[r.nextInt(NASTY.length)] + r.nextInt(1000);
      Finding.Builder b =
          Finding.builder(
                  RuleId.of(RULES[k]),
                  Severity.values()[r.nextInt(3)],
                  Message.of(KEYS[k], arg, String.valueOf(r.nextInt(30)), "x", "y"))
              .path(NodePath.of("pegawai").index(i));
      if (r.nextInt(5) > 0) {
        b.span(
            Span.at(
                SourceFile.named("f" + r.nextInt(3) + ".yaml"),
                1 + r.nextInt(500),
                1 + r.nextInt(80)));
      }
      if (r.nextBoolean()) {
        b.hint(Message.of("saran.maksud", NASTY[r.nextInt(NASTY.length)]));
      }
      out.add(b.build());
    }
    return out;
  }

  private static String write(Output o, List<Finding> fs, String lang) throws Exception {
    StringWriter w = new StringWriter();
    o.write(new ReportData("test", List.of(), fs), Messages.forLanguage(lang), w);
    return w.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 17, 42, 1234, 99999, 31337})
  void jsonRoundTripsEveryFinding(long seed) throws Exception {
    List<Finding> fs = randomFindings(seed);
    JsonNode root = new ObjectMapper().readTree(write(OutputFormat.JSON.create(false), fs, "id"));
    assertEquals(fs.size(), root.get("findings").size());
    for (Finding f : fs) {
      String arg = (String) f.message().args().get(0);
      boolean found = false;
      for (JsonNode j : root.get("findings")) {
        found |=
            j.get("message").asText().contains(arg)
                && j.get("rule").asText().equals(f.rule().value());
      }
      assertTrue(found, "argument shown verbatim: " + arg);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 17, 42, 1234, 99999, 31337})
  void textHasOneHeadlinePerFindingAndNoColourUnlessAsked(long seed) throws Exception {
    List<Finding> fs = randomFindings(seed);
    String text = write(OutputFormat.TEXT.create(false), fs, "en");
    long headlines =
        text.lines()
            .filter(
                l ->
                    l.matches(
                        "^(f\\d\\.yaml:\\d+:\\d+|pegawai\\[\\d+\\]): (error|warning|info) .*"))
            .count();
    assertEquals(fs.size(), headlines, text);
    assertFalse(text.contains("\u001b"), "data cannot drive the terminal");
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 6, 7, 8})
  void orderOfInputDoesNotChangeTheBytes(long seed) throws Exception {
    List<Finding> fs = randomFindings(seed);
    List<Finding> shuffled = new ArrayList<>(fs);
    Collections.shuffle(shuffled, new Random(seed));
    for (String format : OutputFormat.names()) {
      Output o = OutputFormat.of(format).orElseThrow().create(false);
      assertEquals(write(o, fs, "id"), write(o, shuffled, "id"), format);
    }
  }
}
