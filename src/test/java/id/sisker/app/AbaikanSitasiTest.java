package id.sisker.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An {@code abaikan} entry with {@code sitasi} silences only the findings citing that clause: a
 * daerah that follows Lampiran III where Pasal 7 ayat (4) huruf b conflicts with it still hears
 * about a pelaksana placed against huruf a.
 */
class AbaikanSitasiTest {

  @TempDir Path tmp;

  private List<Finding> validate(String sitasi) throws IOException {
    String fixture =
        Files.readString(
            Path.of(
                "src/main/resources/id/sisker/fixtures/kedudukan.pelaksana/fail-lampung-tengah.yaml"));
    String pd = "    jenis: dinas\n";
    assertTrue(fixture.contains(pd));
    String withAbaikan =
        fixture.replaceFirst(
            pd,
            pd
                + "    abaikan:\n"
                + "      - aturan: kedudukan.pelaksana\n"
                + "        alasan: mengikuti Lampiran III\n"
                + "        sitasi: "
                + sitasi
                + "\n");
    Path f = tmp.resolve("daerah.yaml");
    Files.writeString(f, withAbaikan);
    return Validation.standard(Optional.empty(), tmp).validate(f).findings();
  }

  private static long counted(List<Finding> fs, String rule) {
    return fs.stream().filter(x -> x.rule().value().equals(rule) && !x.isSuppressed()).count();
  }

  @Test
  void anotherClauseOfTheSameRuleIsStillReported() throws IOException {
    List<Finding> fs = validate("Pasal 7 ayat (4) huruf b");
    assertEquals(1, counted(fs, "kedudukan.pelaksana"), fs.toString());
    assertEquals(1, counted(fs, "abaikan.tidak-terpakai"), fs.toString());
  }

  @Test
  void theNamedClauseIsSilenced() throws IOException {
    List<Finding> fs = validate("Pasal 7 ayat (4) huruf a");
    assertEquals(0, counted(fs, "kedudukan.pelaksana"), fs.toString());
    assertEquals(
        1,
        fs.stream()
            .filter(x -> x.rule().value().equals("kedudukan.pelaksana") && x.isSuppressed())
            .count(),
        fs.toString());
  }
}
