package id.sisker.letter.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded property test: whatever the texts (quotes, commas, line breaks, control characters,
 * letters beyond ASCII), the manifest's CSV read back with commons-csv and its JSON read back with
 * jackson give the same values; in the CSV only a formula-like start gains its apostrophe.
 */
class ManifestPropertyTest {

  record Baris(String berkas, String jenis, String sumber, String penandatangan, String sha256)
      implements Manifest.Entri {}

  private static final String[] BAHAN = {
    ",",
    "\"",
    "\"\"",
    "\n",
    "\r",
    "\r\n",
    " ",
    "  ",
    "\t",
    "#",
    "=",
    "+",
    "-",
    "@",
    "'",
    "\\",
    "\\n",
    "\u0000",
    "\u0001",
    "\u0008",
    "\u000c",
    "\u001f",
    "\u007f",
    "\u00e9",
    "\u6f22",
    "\ud83d\ude00",
    "\u2028",
    "\u00a0",
    "/",
    "<b>",
    "${x}",
    "{{y}}",
    "a",
    "Dewi",
    ";",
    ":",
    "[]"
  };

  static IntStream seeds() {
    return IntStream.range(0, 60);
  }

  private static String teks(Random r) {
    StringBuilder s = new StringBuilder();
    for (int i = r.nextInt(9); i > 0; i--) {
      s.append(BAHAN[r.nextInt(BAHAN.length)]);
    }
    return s.toString();
  }

  private static List<Baris> rows(long seed) {
    Random r = new Random(seed);
    List<Baris> out = new ArrayList<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      out.add(new Baris(teks(r), teks(r), teks(r), teks(r), Long.toHexString(r.nextLong())));
    }
    return out;
  }

  private static String aman(String s) {
    return !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void csvReadsBackToTheSameValues(int seed) throws IOException {
    List<Baris> rows = rows(seed);
    String csv = Manifest.csv(rows);
    CSVFormat f = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser p = CSVParser.parse(new StringReader(csv), f)) {
      assertEquals(
          List.of("berkas", "jenis", "sumber", "penandatangan", "sha256"), p.getHeaderNames());
      List<CSVRecord> records = p.getRecords();
      assertEquals(rows.size(), records.size(), csv);
      for (int i = 0; i < rows.size(); i++) {
        Baris b = rows.get(i);
        CSVRecord c = records.get(i);
        assertEquals(aman(b.berkas()), c.get("berkas"), csv);
        assertEquals(aman(b.jenis()), c.get("jenis"), csv);
        assertEquals(aman(b.sumber()), c.get("sumber"), csv);
        assertEquals(aman(b.penandatangan()), c.get("penandatangan"), csv);
        assertEquals(b.sha256(), c.get("sha256"), csv);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void jsonReadsBackToTheSameValues(int seed) throws IOException {
    List<Baris> rows = rows(seed);
    String json = Manifest.json(rows);
    List<Map<String, String>> back =
        new ObjectMapper().readValue(json, new TypeReference<List<Map<String, String>>>() {});
    assertEquals(rows.size(), back.size(), json);
    for (int i = 0; i < rows.size(); i++) {
      Baris b = rows.get(i);
      assertEquals(
          Map.of(
              "berkas", b.berkas(),
              "jenis", b.jenis(),
              "sumber", b.sumber(),
              "penandatangan", b.penandatangan(),
              "sha256", b.sha256()),
          back.get(i),
          json);
      assertEquals(
          List.of("berkas", "jenis", "sumber", "penandatangan", "sha256"),
          List.copyOf(back.get(i).keySet()),
          "fields in a fixed order");
    }
    // one object per line, whatever the texts
    assertEquals(rows.size() + 2L, json.lines().count(), json);
  }

  @Test
  void theLayoutIsOneObjectPerLine() {
    assertEquals("[\n]\n", Manifest.json(List.of()));
    assertEquals("berkas,jenis,sumber,penandatangan,sha256\n", Manifest.csv(List.of()));
    List<Baris> rows =
        List.of(
            new Baris("a.md", "surat-perintah", "=tgs", "Kepala, Dewi \"D\"", "ab"),
            new Baris("b.md", "permohonan", "x", "y", "cd"));
    assertEquals(
        "[\n"
            + "  {\"berkas\": \"a.md\", \"jenis\": \"surat-perintah\", \"sumber\": \"=tgs\","
            + " \"penandatangan\": \"Kepala, Dewi \\\"D\\\"\", \"sha256\": \"ab\"},\n"
            + "  {\"berkas\": \"b.md\", \"jenis\": \"permohonan\", \"sumber\": \"x\","
            + " \"penandatangan\": \"y\", \"sha256\": \"cd\"}\n"
            + "]\n",
        Manifest.json(rows));
    assertEquals(
        "berkas,jenis,sumber,penandatangan,sha256\n"
            + "a.md,surat-perintah,'=tgs,\"Kepala, Dewi \"\"D\"\"\",ab\n"
            + "b.md,permohonan,x,y,cd\n",
        Manifest.csv(rows));
  }
}
