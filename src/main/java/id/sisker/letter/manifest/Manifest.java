package id.sisker.letter.manifest;

import java.util.List;

/**
 * Writes the manifest of the letters drafted in one run, in the order they were written: CSV (a
 * cell starting with {@code = + - @} gets a leading apostrophe so a spreadsheet never runs it as a
 * formula) and JSON (one object per line).
 */
public final class Manifest {

  private Manifest() {}

  /** One file written: its name, the letter's kind and source id, who signs it, its SHA-256. */
  public interface Entri {
    String berkas();

    String jenis();

    String sumber();

    String penandatangan();

    String sha256();
  }

  public static String csv(List<? extends Entri> rows) {
    StringBuilder b = new StringBuilder("berkas,jenis,sumber,penandatangan,sha256\n");
    for (Entri r : rows) {
      b.append(
              String.join(
                  ",",
                  List.of(
                      cell(r.berkas()),
                      cell(r.jenis()),
                      cell(r.sumber()),
                      cell(r.penandatangan()),
                      r.sha256())))
          .append('\n');
    }
    return b.toString();
  }

  private static String cell(String s) {
    String t = s;
    // a leading = + - @ would make a spreadsheet run the cell as a formula
    if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
      t = "'" + t;
    }
    if (t.contains(",") || t.contains("\"") || t.contains("\n")) {
      return "\"" + t.replace("\"", "\"\"") + "\"";
    }
    return t;
  }

  public static String json(List<? extends Entri> rows) {
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < rows.size(); i++) {
      Entri r = rows.get(i);
      b.append("  {\"berkas\": ")
          .append(q(r.berkas()))
          .append(", \"jenis\": ")
          .append(q(r.jenis()))
          .append(", \"sumber\": ")
          .append(q(r.sumber()))
          .append(", \"penandatangan\": ")
          .append(q(r.penandatangan()))
          .append(", \"sha256\": ")
          .append(q(r.sha256()))
          .append(i + 1 < rows.size() ? "},\n" : "}\n");
    }
    return b.append("]\n").toString();
  }

  private static String q(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
