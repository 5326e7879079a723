package id.sisker.report;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.finding.Severity;
import id.sisker.source.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Text for people: one line per finding in the {@code file:line:col: severity rule: message} form
 * that editors and CI logs make clickable, an indented hint, then a summary line with counts.
 */
final class TextOutput implements Output {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";
  private static final String DIM = "\u001b[2m";

  private final boolean color;

  TextOutput(boolean color) {
    this.color = color;
  }

  @Override
  public String name() {
    return "text";
  }

  @Override
  public void write(ReportData data, Messages m, Writer out) throws IOException {
    // Grouped by file, then by rule: one header per file with its counts; a problem repeated
    // within a file with the same message is shown once, with where else it occurs.
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    // A consequence of another finding is written under its cause (ADR 50), not on its own.
    Map<id.sisker.finding.Cause, List<Finding>> byCause = data.consequencesByCause();
    for (Finding f : data.findings()) {
      if (f.isSuppressed() && !data.showSuppressed() || f.isConsequence()) {
        continue;
      }
      byFile
          .computeIfAbsent(f.span().map(sp -> sp.file().name()).orElse(""), k -> new ArrayList<>())
          .add(f);
    }
    for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
      List<Finding> fs = new ArrayList<>(file.getValue());
      fs.sort(
          Comparator.comparing((Finding f) -> f.rule().value()).thenComparing(ReportData.ORDER));
      out.write(
          paint(
              BOLD,
              "── "
                  + (file.getKey().isEmpty() ? m.text("label.tanpa-berkas") : file.getKey())
                  + " ("
                  + counts(fs, m)
                  + ")"));
      out.write("\n");
      Map<String, List<Finding>> same = new LinkedHashMap<>();
      for (Finding f : fs) {
        String key =
            f.rule().value()
                + "\u0000"
                + m.format(f.message())
                + "\u0000"
                + f.hint().map(m::format).orElse("")
                + "\u0000"
                + f.isSuppressed();
        same.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
      }
      for (List<Finding> group : same.values()) {
        writeFinding(group.get(0), m, out);
        if (group.size() > 1) {
          List<String> where = new ArrayList<>();
          for (Finding g : group.subList(1, Math.min(group.size(), 11))) {
            where.add(g.span().map(sp -> sp.line() + ":" + sp.column()).orElse(g.path().value()));
          }
          out.write("    ");
          out.write(
              visible(
                  m.format(
                      "label.juga",
                      group.size() - 1,
                      String.join(", ", where) + (group.size() > 11 ? ", …" : ""))));
          out.write("\n");
        }
        for (Finding g : group) {
          for (Finding c : ReportData.consequences(byCause, g)) {
            if (!c.isSuppressed() || data.showSuppressed()) {
              writeConsequence(c, m, out);
            }
          }
        }
      }
      out.write("\n");
    }
    for (InputSummary s : data.inputs()) {
      if (s.usable()) {
        out.write(
            visible(
                m.format(
                    "ringkasan.masukan",
                    s.input(),
                    s.daerah(),
                    s.profile(),
                    s.files(),
                    s.perangkatDaerah(),
                    s.jabatan(),
                    s.pegawai())));
      } else {
        out.write(visible(m.format("ringkasan.masukan.gagal", s.input())));
      }
      out.write("\n");
    }
    long e = data.count(Severity.ERROR);
    long w = data.count(Severity.WARNING);
    long i = data.count(Severity.INFO);
    long sup = data.suppressedCount();
    long akibat = data.consequenceCount();
    String line =
        m.format("ringkasan.total", e, w, i)
            + (akibat == 0 ? "" : m.format("ringkasan.akibat", akibat))
            + (sup == 0
                ? ""
                : m.format(
                    data.showSuppressed() ? "ringkasan.diabaikan.tampil" : "ringkasan.diabaikan",
                    sup));
    out.write(paint(e > 0 ? RED : w > 0 ? YELLOW : "", line));
    out.write("\n");
  }

  void writeFinding(Finding f, Messages m, Writer out) throws IOException {
    String where = f.span().map(Span::position).orElse(f.path().isRoot() ? "-" : f.path().value());
    out.write(paint(BOLD, where));
    out.write(": ");
    out.write(
        paint(
            f.isSuppressed() ? DIM : colour(f.severity()),
            m.text("keparahan." + f.severity().key())));
    out.write(" ");
    out.write(paint(DIM, f.rule().value()));
    out.write(": ");
    out.write(visible(m.format(f.message())));
    out.write("\n");
    if (f.hint().isPresent()) {
      line(out, m.text("label.saran"), visible(m.format(f.hint().get())));
    }
    if (!f.citations().isEmpty()) {
      line(
          out,
          m.text("label.sumber"),
          String.join("; ", f.citations().stream().map(Object::toString).toList()));
    }
    if (f.suppressed().isPresent()) {
      line(out, m.text("label.diabaikan"), visible(f.suppressed().get().alasan()));
    }
    for (Span r : f.related()) {
      line(out, m.text("label.lihat"), r.position());
    }
    if (f.span().isPresent() && !f.path().isRoot()) {
      out.write("    ");
      out.write(paint(DIM, m.text("label.jalur") + ": " + f.path().value()));
      out.write("\n");
    }
  }

  /** One line under its cause: where, severity, rule and message; not counted (ADR 50). */
  private void writeConsequence(Finding f, Messages m, Writer out) throws IOException {
    String where = f.span().map(Span::position).orElse(f.path().isRoot() ? "-" : f.path().value());
    out.write("    ");
    out.write(visible(m.text("label.akibat")));
    out.write(": ");
    out.write(paint(BOLD, where));
    out.write(": ");
    out.write(paint(DIM, m.text("keparahan." + f.severity().key())));
    out.write(" ");
    out.write(paint(DIM, f.rule().value()));
    out.write(": ");
    out.write(visible(m.format(f.message())));
    if (f.suppressed().isPresent()) {
      out.write(" (");
      out.write(visible(m.text("label.diabaikan")));
      out.write(")");
    }
    out.write("\n");
  }

  private static void line(Writer out, String label, String text) throws IOException {
    out.write("    ");
    out.write(visible(label));
    out.write(": ");
    out.write(visible(text));
    out.write("\n");
  }

  private static String counts(List<Finding> fs, Messages m) {
    long e = fs.stream().filter(f -> f.counts() && f.severity() == Severity.ERROR).count();
    long w = fs.stream().filter(f -> f.counts() && f.severity() == Severity.WARNING).count();
    long i = fs.stream().filter(f -> f.counts() && f.severity() == Severity.INFO).count();
    return m.format("ringkasan.berkas", e, w, i);
  }

  private static String colour(Severity s) {
    return switch (s) {
      case ERROR -> RED;
      case WARNING -> YELLOW;
      case INFO -> CYAN;
    };
  }

  /**
   * {@code text} made {@link #visible}, then coloured: only sisker's own codes reach a terminal.
   */
  private String paint(String code, String text) {
    String v = visible(text);
    return color && !code.isEmpty() ? code + v + RESET : v;
  }

  /**
   * Control characters from the data (a newline or an escape sequence inside a YAML string) are
   * shown as escapes, so a value can neither break the one-line-per-finding layout (and forge a CI
   * annotation line) nor drive the terminal. Unicode line separators, bidirectional overrides
   * (which reorder what a reader sees) and lone surrogates are escaped too.
   */
  public static String visible(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (b != null) {
          b.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (c < 0x20
          || c == 0x7f
          || (c >= 0x80 && c < 0xa0)
          || c == 0x2028
          || c == 0x2029
          || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069)
          || Character.isSurrogate(c)) {
        if (b == null) {
          b = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\t' -> b.append("\\t");
          case '\r' -> b.append("\\r");
          default -> b.append(String.format("\\u%04x", (int) c));
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
