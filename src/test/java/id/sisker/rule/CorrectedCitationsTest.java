package id.sisker.rule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Informasi;
import id.sisker.report.Info;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The citations corrected in issue 8, as {@code rules --profile X --format json} shows them (and so
 * as {@code validate} reports them, see {@link AppliedEqualsReportedTest}): each row names a clause
 * that must be cited and, where the old one was wrong, one that must no longer be.
 */
class CorrectedCitationsTest {

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "indragiri-hilir|tim.dasar|Pasal 9 ayat (2) huruf a sampai huruf c dan Lampiran huruf C"
            + " angka 2|Lampiran huruf C angka 1 (Individu)",
        "indragiri-hilir|penugasan.instrumen|Pasal 9 ayat (1) dan Lampiran huruf C angka 1"
            + " (Individu)|Pasal 9 ayat (1) dan Pasal 10 ayat (4)",
        "pekanbaru|tim.ketua|Lampiran, Penugasan A.1.2 paragraf penutup, Pelaksanaan Tugas huruf c)"
            + " dan Pasal 10 ayat (3)|Pasal 15 ayat (2)",
        "indragiri-hilir|kedudukan.atasan-wajib|Pasal 7 ayat (2)|Pasal 1 angka",
        "pekanbaru|kedudukan.atasan-wajib|Pasal 7 ayat (1)|Pasal 1 angka",
        "lampung-tengah|kedudukan.atasan-wajib|Pasal 7 ayat (1)|Pasal 1 angka",
        "pulang-pisau|kedudukan.atasan-wajib|Pasal 8 ayat (1) dan ayat (3)|Pasal 1 angka",
        "indragiri-hilir|kedudukan.siklus|Pasal 7 ayat (2)|Pasal 1 angka",
        "pekanbaru|kedudukan.unit|Pasal 7 ayat (1)|Pasal 1 angka",
        "pulang-pisau|unit.kepala|Pasal 8 ayat (1) dan ayat (3)|Pasal 1 angka",
        "pekanbaru|kedudukan.pelaksana|Pasal 7 ayat (1)|-",
        "pekanbaru|pelaporan.ketua|Pasal 15 ayat (2)|Tanggung jawab Ketua Tim angka 5",
        "pulang-pisau|pelaporan.ketua|Pasal 14 ayat (2) huruf b|pembagian tugas huruf c angka 5",
        "lampung-tengah|pelaporan.ketua|Lampiran II angka 3|Pasal 14 ayat (4) huruf e",
        "indragiri-hilir|surat.penandatangan|Pasal 44 (nama, gelar, pangkat dan NIP|-",
        "indragiri-hilir|surat.penandatangan-kosong|kewenangan penandatanganan|Pasal 44",
      })
  void citesTheCorrectedClause(String profile, String rule, String cited, String notCited)
      throws Exception {
    List<String> citations = citations(profile, rule);
    assertTrue(citations.stream().anyMatch(c -> c.contains(cited)), () -> rule + ": " + citations);
    if (notCited != null) {
      assertFalse(
          citations.stream().anyMatch(c -> c.contains(notCited)), () -> rule + ": " + citations);
    }
  }

  private static List<String> citations(String profile, String rule) throws Exception {
    Informasi info = new Informasi(Path.of("."), List.of(), "id");
    List<String> out = new ArrayList<>();
    for (Info.Rule r : info.rules(Optional.of(profile)).answer().orElseThrow()) {
      if (r.id().equals(rule)) {
        for (Info.Clause a : r.applied().orElseThrow()) {
          a.citations().forEach(c -> out.add(c.toString()));
        }
      }
    }
    return out;
  }
}
