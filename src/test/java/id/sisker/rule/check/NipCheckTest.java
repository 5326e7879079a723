package id.sisker.rule.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sisker.finding.Message;
import id.sisker.model.JenisKelamin;
import id.sisker.model.Pegawai;
import id.sisker.model.StatusPegawai;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** NIP checks on boundary dates: leap days, the year 1940, ages 18 and 45 at TMT CPNS. */
class NipCheckTest {

  private static List<Models.Reported> check(Pegawai... pegawai) {
    return Models.run(new NipCheck(), Models.daerah(null, List.of(), List.of(pegawai)));
  }

  private static Pegawai pns(String nip) {
    return Models.pegawai(nip, StatusPegawai.PNS, JenisKelamin.L, null);
  }

  /** The (rule, message key) pairs reported, in order. */
  private static List<String> reported(List<Models.Reported> found) {
    return found.stream().map(r -> r.rule() + " " + r.message().key()).toList();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // leap days: 1980 and 2000 are leap years, 1981 and 1900 are not
    "198002291998031001, ''",
    "200002292018031001, ''",
    "198102291999031001, nip.tanggal-lahir nip.tanggal-lahir",
    "190002291920031001, nip.tanggal-lahir nip.tanggal-lahir",
    // the first year accepted
    "194001011958011001, ''",
    "193912311958011001, nip.tanggal-lahir nip.tanggal-lahir",
    // not a date at all
    "197800001998011001, nip.tanggal-lahir nip.tanggal-lahir",
  })
  void birthDates(String nip, String expected) {
    assertEquals(expected, String.join(" ", reported(check(pns(nip)))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    // TMT CPNS is the first of its month; the age is counted in whole years on that day
    "199001012008011001, ''", // exactly 18
    "199001022008011001, 17", // one day short of 18
    "200002292018031001, ''", // born on a leap day, 18 on 1 March
    "200002292018021001, 17", // ... but not yet on 1 February
    "196001012005011001, ''", // exactly 45
    "195912312005011001, ''", // 45 years and a day
    "195901022005011001, ''", // 45 years, 11 months and 30 days
    "195901012005011001, 46", // 46 on the day
  })
  void ageAtAppointment(String nip, String age) {
    List<Models.Reported> found = check(pns(nip));
    if (age.isEmpty()) {
      assertEquals(List.of(), reported(found));
    } else {
      assertEquals(1, found.size(), reported(found).toString());
      assertEquals(NipCheck.USIA, found.get(0).rule());
      assertEquals(age, found.get(0).message().args().get(1));
    }
  }

  @Test
  void tmtInTheMonthOfBirthIsBeforeBirthUnlessBornOnTheFirst() {
    // TMT 1 May 1990 for someone born that day is not after birth; born 15 April it is, at age 0
    assertEquals(
        List.of("nip.tmt-cpns nip.tmt-cpns.sebelum-lahir"),
        reported(check(pns("199005011990051001"))));
    assertEquals(
        List.of("nip.usia-pengangkatan nip.usia-pengangkatan"),
        reported(check(pns("199004151990051001"))));
  }

  @Test
  void monthsOfTmtOutsideOneToTwelve() {
    assertEquals(
        List.of("nip.tmt-cpns nip.tmt-cpns.bulan"), reported(check(pns("197804062005001009"))));
    assertEquals(
        List.of("nip.tmt-cpns nip.tmt-cpns.bulan"), reported(check(pns("197804062005131009"))));
    assertEquals(List.of(), reported(check(pns("197804062005121009"))));
  }

  @Test
  void pppkYearMustFollowTheBirthYearButItsMonthDigitsAreFree() {
    Pegawai sameYear =
        Models.pegawai("198503121985992004", StatusPegawai.PPPK, JenisKelamin.P, null);
    Pegawai nextYear =
        Models.pegawai("198503121986992004", StatusPegawai.PPPK, JenisKelamin.P, null);
    assertEquals(List.of("nip.tmt-cpns nip.tmt-cpns.pppk"), reported(check(sameYear)));
    assertEquals(List.of(), reported(check(nextYear)));
  }

  @Test
  void aBirthDateAlreadyRejectedIsNotComparedWithTheTmt() {
    // As for PNS: digits 1-8 before 1940 are reported once, not again against the TMT year.
    Pegawai pns = pns("193912311939121001");
    Pegawai pppk = Models.pegawai("193912311939992004", StatusPegawai.PPPK, JenisKelamin.P, null);
    assertEquals(List.of("nip.tanggal-lahir nip.tanggal-lahir"), reported(check(pns)));
    assertEquals(List.of("nip.tanggal-lahir nip.tanggal-lahir"), reported(check(pppk)));
  }

  @Test
  void tanggalLahirMustEqualTheNipOnLeapDays() {
    Pegawai same =
        Models.pegawai(
            "198002291998031001", StatusPegawai.PNS, JenisKelamin.L, LocalDate.of(1980, 2, 29));
    Pegawai other =
        Models.pegawai(
            "198002291998031002", StatusPegawai.PNS, JenisKelamin.L, LocalDate.of(1980, 3, 1));
    List<Models.Reported> found = check(same, other);
    assertEquals(1, found.size());
    assertEquals(NipCheck.LAHIR, found.get(0).rule());
    assertEquals(Paths.pegawai("198002291998031002").key("tanggal_lahir"), found.get(0).path());
    assertEquals(
        Message.of("nip.tanggal-lahir.beda", "1980-03-01", "19800229 199803 1 002", "1980-02-29"),
        found.get(0).message());
  }

  @Test
  void theSameNipGivesTheSameFindingsOnAnyDay() {
    // No check reads today's date: a birth year far ahead is judged only against its own TMT.
    assertEquals(List.of(), reported(check(pns("209001012110011001"))));
  }

  @Test
  void wholeYearsAreWhatPeriodGives() {
    // Seeded: birth dates and appointment months over the range the check sees, leap days and
    // month ends included, each against java.time's own answer.
    java.util.Random r = new java.util.Random(20261206);
    for (int n = 0; n < 20_000; n++) {
      LocalDate from = LocalDate.of(1940, 1, 1).plusDays(r.nextInt(31_000));
      LocalDate to = from.plusDays(1 + r.nextInt(25_000));
      assertEquals(
          java.time.Period.between(from, to).getYears(),
          NipCheck.fullYears(from, to),
          from + " → " + to);
    }
    assertEquals(18, NipCheck.fullYears(LocalDate.of(2000, 2, 29), LocalDate.of(2018, 3, 1)));
    assertEquals(17, NipCheck.fullYears(LocalDate.of(2000, 2, 29), LocalDate.of(2018, 2, 28)));
  }
}
