package id.sisker.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The Indonesian formatters: known values from the regulation texts, then seeded properties. */
class IndonesiaPropertyTest {

  @Test
  void knownValues() {
    assertEquals("1 Maret 2024", Tanggal.format(LocalDate.of(2024, 3, 1)));
    assertEquals("30 NOVEMBER 2023", Tanggal.formatKapital(LocalDate.of(2023, 11, 30)));
    assertEquals(
        "1 Maret 2024 s.d. 30 Juni 2024",
        Tanggal.rentang(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)));
    assertEquals(
        "4 (empat) bulan", Tanggal.lamanya(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 6, 30)));
    assertEquals(
        "4 (empat) minggu", Tanggal.lamanya(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 3, 10)));
    assertEquals(
        "1 (satu) tahun", Tanggal.lamanya(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
    assertEquals(
        "26 (dua puluh enam) hari",
        Tanggal.lamanya(LocalDate.of(2024, 2, 12), LocalDate.of(2024, 3, 8)));
    assertEquals("sebelas", Terbilang.kata(11));
    assertEquals("seratus sebelas", Terbilang.kata(111));
    assertEquals("seribu lima ratus", Terbilang.kata(1500));
    assertEquals("dua ribu dua puluh empat", Terbilang.kata(2024));
    assertEquals("satu juta seratus ribu", Terbilang.kata(1_100_000));
    assertEquals("1.500 (seribu lima ratus)", Terbilang.bilangan(1500));
    assertEquals("19780406 200501 1 009", Sebutan.nip("197804062005011009"));
    assertEquals("Pembina Tingkat I (IV/b)", Sebutan.pangkatGolongan("Pembina Tingkat I", "IV/b"));
    assertEquals("IX", Sebutan.pangkatGolongan(null, "IX"));
    assertEquals("dr. Ani Lestari, M.Kes.", Sebutan.namaGelar("dr.", "Ani Lestari", "M.Kes."));
    assertEquals("HERMAN", Sebutan.namaGelar(null, "HERMAN", ""));
    assertEquals("a", Urutan.huruf(1));
    assertEquals("z", Urutan.huruf(26));
    assertEquals("aa", Urutan.huruf(27));
    assertEquals("KESATU", Urutan.diktum(1));
    assertEquals("KEDUA BELAS", Urutan.diktum(12));
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 40).mapToObj(i -> 20240301L + i);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void wordsAreWellFormed(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 200; i++) {
      long n = (long) (r.nextDouble() * Math.pow(10, 1 + r.nextInt(14)));
      String w = Terbilang.kata(n);
      assertFalse(w.contains("  ") || w.startsWith(" ") || w.endsWith(" "), w);
      assertFalse(
          w.contains("satu ratus") || w.contains("satu puluh") || w.contains("satu belas"), w);
      assertFalse(n > 0 && w.contains("nol"), w);
      assertFalse(w.startsWith("satu ribu") && n < 2_000, w);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void wholeMonthsAreCountedInMonths(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 100; i++) {
      // days 29-31 have no same day in every month, so "whole months" from them is not defined
      LocalDate a = LocalDate.of(2020 + r.nextInt(6), 1 + r.nextInt(12), 1 + r.nextInt(28));
      int months = 1 + r.nextInt(11);
      LocalDate b = a.plusMonths(months).minusDays(1);
      String l = Tanggal.lamanya(a, b);
      assertEquals(months + " (" + Terbilang.kata(months) + ") bulan", l, a + ".." + b);
      String range = Tanggal.rentang(a, b);
      assertTrue(
          range.matches(
              "[1-9][0-9]? [A-Z][a-z]+ [0-9]{4} s\\.d\\. [1-9][0-9]? [A-Z][a-z]+ [0-9]{4}"),
          range);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void nipGroupsKeepEveryDigit(long seed) {
    Random r = new Random(seed);
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < 18; i++) {
      d.append(r.nextInt(10));
    }
    String shown = Sebutan.nip(d.toString());
    assertEquals(d.toString(), shown.replace(" ", ""));
    assertTrue(shown.matches("[0-9]{8} [0-9]{6} [0-9] [0-9]{3}"), shown);
  }
}
