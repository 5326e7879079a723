package id.sisker.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The baseline file format: written in a fixed shape, read back to the same places and counts. */
class BaselineJsonTest {

  @Test
  void writesTheDocumentedShapeAndReadsItBack() throws IOException {
    Map<BaselineJson.Entry, Integer> known = new LinkedHashMap<>();
    known.put(new BaselineJson.Entry("kedudukan.atasan-wajib", "pegawai[3].atasan"), 2);
    known.put(new BaselineJson.Entry("nip.format", "pegawai[0].nip"), 1);
    String text = BaselineJson.render(known);
    assertEquals(
        "{\n"
            + "  \"tool\" : \"sisker\",\n"
            + "  \"baselineVersion\" : 1,\n"
            + "  \"findings\" : [ {\n"
            + "    \"rule\" : \"kedudukan.atasan-wajib\",\n"
            + "    \"path\" : \"pegawai[3].atasan\",\n"
            + "    \"count\" : 2\n"
            + "  }, {\n"
            + "    \"rule\" : \"nip.format\",\n"
            + "    \"path\" : \"pegawai[0].nip\",\n"
            + "    \"count\" : 1\n"
            + "  } ]\n"
            + "}\n",
        text);
    assertEquals(known, BaselineJson.parse(text).orElseThrow());
  }

  @Test
  void repeatedEntriesAddUpAndAMissingCountIsOne() throws IOException {
    String text =
        "{\"findings\": [{\"rule\": \"a.b\", \"path\": \"x\"}, {\"rule\": \"a.b\", \"path\": \"x\","
            + " \"count\": 2}]}";
    assertEquals(
        Map.of(new BaselineJson.Entry("a.b", "x"), 3), BaselineJson.parse(text).orElseThrow());
  }

  @Test
  void jsonThatIsNoBaselineIsEmptyAndTextThatIsNoJsonFails() throws IOException {
    assertTrue(BaselineJson.parse("[1, 2]").isEmpty());
    assertTrue(BaselineJson.parse("{\"tool\": \"sisker\"}").isEmpty());
    assertThrows(IOException.class, () -> BaselineJson.parse("{not json"));
  }
}
