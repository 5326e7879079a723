package id.sisker.cli;

import static id.sisker.testing.Docx.replaceInDocument;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.letter.docx.Bawaan;
import id.sisker.testing.Cli;
import id.sisker.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exact files and messages of the use cases whose rendering left {@code app} (issue 10 §5, ADR
 * 78 addendum): the diagram index page, the letter manifest (CSV and JSON), the refusals of {@code
 * diagram}, the template and sheet problems of {@code surat} and the mapping-file problems of
 * {@code impor}, in Indonesian and English. Each golden holds the command, exit code, stdout,
 * stderr and the files written, with the temporary folder shown as {@code $TMP}.
 */
class UseCaseOutputGoldenTest {

  @TempDir Path tmp;

  private String run(List<String> files, String... args) throws IOException {
    Cli.Run r = Cli.run(Path.of("").toAbsolutePath(), Map.of(), false, args);
    StringBuilder b =
        new StringBuilder("$ sisker ")
            .append(String.join(" ", args))
            .append("\n# exit ")
            .append(r.exit())
            .append('\n')
            .append(r.out());
    if (!r.err().isEmpty()) {
      b.append("# stderr\n").append(r.err());
    }
    for (String f : files) {
      Path p = tmp.resolve(f);
      assertTrue(Files.isRegularFile(p), f + " was not written\n" + r.err());
      b.append("# file ").append(f).append('\n').append(Files.readString(p));
    }
    // Files are named as SourceFile names them: a temporary folder beside the working folder (a
    // clone under /tmp, as CI makes) is shown relative to it, "../junit-…".
    String shown = id.sisker.source.SourceFile.of(tmp, Path.of("")).name();
    return b.toString()
        .replace(tmp.toString(), "$TMP")
        .replace(shown, "$TMP")
        .replace(Path.of("").toAbsolutePath().toString(), "$ROOT");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void diagramIndexPage(String lang) throws IOException {
    String out = tmp.resolve("bagan").toString();
    Golden.assertMatches(
        "app/diagram-indeks." + lang + ".txt",
        run(
            List.of("bagan/index.html"),
            "diagram",
            "examples/pekanbaru",
            "--semua",
            "--view",
            "struktur,tim",
            "--format",
            "mermaid",
            "--out",
            out,
            "--lang",
            lang));
  }

  /** The HTML page without its SVG (the layout engine's bytes are pinned elsewhere). */
  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void diagramHtmlPageTextsAndFindings(String lang) throws IOException {
    String page =
        run(
            List.of("b.html"),
            "diagram",
            "src/test/resources/cli/bermasalah",
            "--format",
            "html",
            "--engine",
            "embedded",
            "-o",
            tmp.resolve("b.html").toString(),
            "--lang",
            lang);
    int svg = page.indexOf("<svg");
    int end = page.indexOf("</svg>");
    assertTrue(svg > 0 && end > svg, page);
    Golden.assertMatches(
        "app/diagram-html." + lang + ".txt",
        page.substring(0, svg) + "<svg …>" + page.substring(end + "</svg>".length()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void diagramRefusals(String lang) throws IOException {
    StringBuilder b = new StringBuilder();
    for (List<String> extra :
        List.of(
            List.of("--view", "strukturr"),
            List.of("--view", "zzzzzzzz"),
            List.of("--format", "mermiad"),
            List.of("--format", "svg", "--engine", "embeded"),
            List.of("--kedalaman", "-1"),
            List.of("--pd", "dishubb"),
            List.of("--unit", "dishub/bidang-lalu-lintass"),
            List.of("--tim", "tim-zzz"),
            List.of("--pegawai", "19750101"))) {
      List<String> args = new java.util.ArrayList<>(List.of("diagram", "examples/pekanbaru"));
      args.addAll(extra);
      args.addAll(List.of("--lang", lang));
      b.append(run(List.of(), args.toArray(String[]::new)));
    }
    b.append(run(List.of(), "diagram", "examples/invalid/atasan-berputar.yaml", "--lang", lang));
    b.append(run(List.of(), "diagram", "examples/invalid/bukan-utf8.yaml", "--lang", lang));
    Golden.assertMatches("app/diagram-tolak." + lang + ".txt", b.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void letterManifest(String lang) throws IOException {
    Golden.assertMatches(
        "app/surat-manifest." + lang + ".txt",
        run(
            List.of("surat/manifest.csv", "surat/manifest.json"),
            "surat",
            "examples/lampung-tengah",
            "--semua",
            "--format",
            "md,html",
            "--out",
            tmp.resolve("surat").toString(),
            "--lang",
            lang));
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void letterTemplateAndSheetProblems(String lang) throws IOException {
    Path broken = tmp.resolve("salah.docx");
    Files.write(
        broken,
        replaceInDocument(
            Bawaan.docx(),
            "{{nomor}}",
            "{{nomr}}",
            "{{/tembusan}}",
            "{{/tembusn}}",
            "{{tanggal}}",
            "{{tanggal}} {{#x}}"));
    Path text = tmp.resolve("teks.docx");
    Files.writeString(text, "bukan docx");
    Path noDocument = tmp.resolve("kosong.docx");
    Files.write(noDocument, zipOf("word/styles.xml", "<w:styles/>"));
    Path sheet = tmp.resolve("p.csv");
    Files.writeString(
        sheet,
        "id,pegawai,tujuan,maksud_tujuan,target_kinerja,mulai,selesai,durasi,pengaturan_lain,"
            + "dasar_jenis,dasar_penetap,permohonan_tangal\n"
            + "tgs-x,199104142017022001,bpbd/bidang-kedaruratan-logistikk,Kaji,"
            + "Laporan,2024-02-12,kemarin,4 (empat) minggu,-,surat_perintah,dinkes/kadinkes,"
            + "2024-01-01\n");
    StringBuilder b = new StringBuilder();
    for (String t : List.of("tidak-ada.docx", "salah.docx", "teks.docx", "kosong.docx")) {
      b.append(
          run(
              List.of(),
              "surat",
              "examples/lampung-tengah",
              "--semua",
              "--coba",
              "--templat",
              tmp.resolve(t).toString(),
              "--lang",
              lang));
    }
    b.append(
        run(
            List.of(),
            "surat",
            "examples/lampung-tengah",
            "--lembar",
            sheet.toString(),
            "--coba",
            "--out",
            tmp.resolve("o").toString(),
            "--lang",
            lang));
    Golden.assertMatches("app/surat-tolak." + lang + ".txt", b.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "en"})
  void importProblems(String lang) throws IOException {
    Path csv = tmp.resolve("formasi.csv");
    Files.writeString(
        csv, "Uraian;Eselon/Jenis;Kls;Kebut.;Sub Unit\nKepala Dinas Kesehatan;JPT Pratama;14;1;\n");
    Path typo = tmp.resolve("pemetaan.yaml");
    Files.writeString(typo, "baris_judul: 1\nkolom:\n  nama: A\n  kelass: C\n  jenis: 7\n");
    Path head = tmp.resolve("kepala.yaml");
    Files.writeString(head, "baris_judul: 1\nkolom:\n  nama: Urain\n");
    Path latin1 = tmp.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'K', 'e', 'p', 'a', 'l', 'a', (byte) 0xe9, '\n'});
    StringBuilder b = new StringBuilder();
    b.append(
        run(List.of(), "impor", csv.toString(), "--pemetaan", typo.toString(), "--lang", lang));
    b.append(
        run(List.of(), "impor", csv.toString(), "--pemetaan", head.toString(), "--lang", lang));
    b.append(run(List.of(), "impor", latin1.toString(), "--lang", lang));
    b.append(run(List.of(), "impor", tmp.resolve("tidak-ada.csv").toString(), "--lang", lang));
    Golden.assertMatches("app/impor-tolak." + lang + ".txt", b.toString());
  }

  private static byte[] zipOf(String name, String content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return out.toByteArray();
  }
}
