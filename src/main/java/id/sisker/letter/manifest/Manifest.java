package id.sisker.letter.manifest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the manifest of the letters drafted in one run, in the order they were written: CSV (a
 * cell starting with {@code = + - @} gets a leading apostrophe so a spreadsheet never runs it as a
 * formula) and JSON (one object per line). Quoting and escaping are left to commons-csv and
 * jackson-core.
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

  /** RFC 4180 quoting (only where needed), lines ended by {@code \n} as before. */
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

  private static final JsonFactory JSON = new JsonFactory();

  public static String csv(List<? extends Entri> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter p = new CSVPrinter(out, CSV)) {
      p.printRecord("berkas", "jenis", "sumber", "penandatangan", "sha256");
      for (Entri r : rows) {
        p.printRecord(
            cell(r.berkas()),
            cell(r.jenis()),
            cell(r.sumber()),
            cell(r.penandatangan()),
            r.sha256());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A leading = + - @ would make a spreadsheet run the cell as a formula. */
  private static String cell(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  public static String json(List<? extends Entri> rows) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.setPrettyPrinter(new SatuBaris());
      g.writeStartArray();
      for (Entri r : rows) {
        g.writeStartObject();
        g.writeStringField("berkas", r.berkas());
        g.writeStringField("jenis", r.jenis());
        g.writeStringField("sumber", r.sumber());
        g.writeStringField("penandatangan", r.penandatangan());
        g.writeStringField("sha256", r.sha256());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /**
   * The manifest's layout: an array with one object per line, indented by two spaces, {@code ": "}
   * after a name and {@code ", "} between fields ({@code [\n]} when empty).
   */
  private static final class SatuBaris implements PrettyPrinter {

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
      g.writeRaw('{');
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {}

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
      g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
      g.writeRaw("[\n");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
      g.writeRaw("  ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(",\n  ");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
      g.writeRaw(values > 0 ? "\n]" : "]");
    }
  }
}
