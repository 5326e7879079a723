package id.sisker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import id.sisker.testing.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sisker surat} as a user runs it. */
class SuratCommandTest {

  @TempDir Path tmp;

  private Cli.Run run(String... args) {
    return Cli.run(Path.of("").toAbsolutePath(), Map.of(), false, args);
  }

  @Test
  void draftsEveryLetterOfLampungTengahWithAManifest() throws IOException {
    Path out = tmp.resolve("surat");
    Cli.Run r = run("surat", "examples/lampung-tengah", "--semua", "--out", out.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(out.resolve("tgs-2024-009-surat-perintah.docx")));
    String csv = Files.readString(out.resolve("manifest.csv"));
    assertTrue(csv.startsWith("berkas,jenis,sumber,penandatangan,sha256\n"), csv);
    assertTrue(
        csv.contains(
            "tgs-2024-009-surat-perintah.docx,surat-perintah,tgs-2024-009,"
                + "\"Sekretaris Daerah, Dedi Effendi, S.H., M.H.\","),
        csv);
    assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"sha256\": \""));
    // no overwrite without --force; nothing written then
    Cli.Run again = run("surat", "examples/lampung-tengah", "--semua", "--out", out.toString());
    assertEquals(2, again.exit(), again.err());
    assertTrue(again.err().contains("--force"), again.err());
    Cli.Run forced =
        run("surat", "examples/lampung-tengah", "--semua", "--out", out.toString(), "--force");
    assertEquals(0, forced.exit(), forced.err());
  }

  @Test
  void cobaListsWithoutWriting() throws IOException {
    Path out = tmp.resolve("coba");
    Cli.Run r =
        run(
            "surat",
            "examples/lampung-tengah",
            "--id",
            "tgs-2024-009",
            "--format",
            "md,html",
            "--out",
            out.toString(),
            "--coba");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("tgs-2024-009-surat-perintah.md"), r.out());
    assertTrue(r.out().contains("tgs-2024-009-permohonan.html"), r.out());
    assertFalse(Files.exists(out));
  }

  @Test
  void anAssignmentWithErrorsIsHeldBackUnlessAllowedAndThenMarkedAsDraft() throws IOException {
    Path input = tmp.resolve("daerah.yaml");
    String text = Files.readString(Path.of("examples/lampung-tengah/daerah.yaml"));
    // the Sekda letter for a lintas perangkat daerah assignment, issued by the wrong official
    Path dir = tmp.resolve("lt");
    copy(Path.of("examples/lampung-tengah"), dir);
    Path tgs = dir.resolve("penugasan.yaml");
    Files.writeString(
        tgs,
        Files.readString(tgs)
            .replace(
                "      penetap: setda/sekda\n      nomor: \"800.1.11.1/035/ORG/2024\"",
                "      penetap: dinkes/kadinkes\n      nomor: \"800.1.11.1/035/ORG/2024\""));
    assertTrue(text.length() > 0 && !Files.exists(input));
    Path out = tmp.resolve("out");
    Cli.Run held =
        run(
            "surat",
            dir.toString(),
            "--id",
            "tgs-2024-009",
            "--format",
            "md",
            "--out",
            out.toString());
    assertEquals(1, held.exit(), held.err());
    assertTrue(held.err().contains("penugasan.penetap"), held.err());
    assertTrue(held.err().contains("penugasan.yaml:"), held.err());
    assertFalse(Files.exists(out.resolve("tgs-2024-009-surat-perintah.md")));
    Cli.Run allowed =
        run(
            "surat",
            dir.toString(),
            "--id",
            "tgs-2024-009",
            "--format",
            "md",
            "--out",
            out.toString(),
            "--izinkan-tidak-sah",
            "--force");
    assertEquals(0, allowed.exit(), allowed.err());
    assertTrue(
        Files.readString(out.resolve("tgs-2024-009-surat-perintah.md"))
            .startsWith("> **DRAF — TIDAK SESUAI KETENTUAN**"));
  }

  @Test
  void aMisspeltTemplateIsRefusedWithDidYouMean() throws IOException {
    Cli.Run w = run("surat", "--templat-contoh", tmp.resolve("t.docx").toString());
    assertEquals(0, w.exit(), w.err());
    Cli.Run r =
        run(
            "surat",
            "examples/lampung-tengah",
            "--semua",
            "--templat",
            tmp.resolve("t.docx").toString(),
            "--out",
            tmp.resolve("o").toString(),
            "--coba");
    assertEquals(0, r.exit(), r.err());
  }

  @Test
  void pdfNeedsLibreOfficeAndSaysSo() {
    Cli.Run r =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of("PATH", tmp.toString()),
            false,
            "surat",
            "examples/lampung-tengah",
            "--semua",
            "--pdf",
            "--out",
            tmp.resolve("p").toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("LibreOffice"), r.err());
  }

  /** Runs where soffice exists (CI may install it); says it skipped otherwise. */
  @Test
  void docxConvertsToPdfWithLibreOffice() throws IOException {
    String path = System.getenv().getOrDefault("PATH", "");
    boolean has =
        Stream.of(path.split(java.io.File.pathSeparator))
            .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, "soffice")));
    Assumptions.assumeTrue(has, "LibreOffice (soffice) is not on PATH: DOCX→PDF test skipped");
    Path out = tmp.resolve("pdf");
    Cli.Run r =
        Cli.run(
            Path.of("").toAbsolutePath(),
            Map.of("PATH", path),
            false,
            "surat",
            "examples/lampung-tengah",
            "--id",
            "tgs-2024-009",
            "--pdf",
            "--out",
            out.toString());
    assertEquals(0, r.exit(), r.err());
    byte[] pdf = Files.readAllBytes(out.resolve("tgs-2024-009-surat-perintah.pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
  }

  private static void copy(Path from, Path to) throws IOException {
    Trees.copy(from, to);
    assertTrue(List.of(to.toFile().list()).contains("daerah.yaml"));
  }
}
