package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code profiles}, {@code rules} and {@code explain} report the problems of a {@code
 * --profile-file} (file:line:col, "did you mean") and exit non-zero, instead of listing what they
 * could read and exiting 0.
 */
class ProfileFileProblemsTest {

  private static final String BROKEN =
      """
      sisker: 1
      profil:
        id: uji
        nama: Profil uji
        extends: permenpanrb-7-2022
        regulasi: {judul: Peraturan Bupati Uji, singkatan: Perbup Uji 1/2025}
        penugasn:
          sukarela: {lingkup: [dalam_unit], sitasi: Pasal 1}
      """;

  @Test
  void everyInfoCommandReportsTheBrokenFile(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("uji.yaml"), BROKEN);
    for (String[] args :
        new String[][] {
          {"profiles", "--profile-file", "uji.yaml"},
          {"rules", "--profile", "uji", "--profile-file", "uji.yaml"},
          {"explain", "sukarela.lingkup", "--profile-file", "uji.yaml"}
        }) {
      Cli.Run r = Cli.run(tmp, Map.of(), false, args);
      assertEquals(ExitCodes.FINDINGS, r.exit(), args[0] + "\n" + r.out() + r.err());
      assertTrue(
          r.err()
              .contains(
                  "uji.yaml:7:3: galat yaml.kunci-tak-dikenal: kunci \"penugasn\" tidak dikenal"),
          r.err());
      assertTrue(r.err().contains("    saran: maksud Anda \"penugasan\"?"), r.err());
    }
  }

  @Test
  void aMissingFileIsUnusable(@TempDir Path tmp) {
    Cli.Run r = Cli.run(tmp, Map.of(), false, "profiles", "--profile-file", "tidak-ada.yaml");
    assertEquals(ExitCodes.UNUSABLE, r.exit(), r.out() + r.err());
    assertTrue(r.err().contains("tidak-ada.yaml:1:1: galat berkas.tidak-terbaca"), r.err());
  }

  @Test
  void aGoodFileChangesNothing(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("uji.yaml"), BROKEN.replace("penugasn", "penugasan"));
    Cli.Run r = Cli.run(tmp, Map.of(), false, "profiles", "--profile-file", "uji.yaml");
    assertEquals(ExitCodes.CLEAN, r.exit(), r.out() + r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("uji — Profil uji"), r.out());
  }
}
