package id.sisker.letter;

import static id.sisker.testing.Docx.replaceInDocument;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.app.Validation;
import id.sisker.letter.docx.Bawaan;
import id.sisker.letter.docx.Templat;
import id.sisker.letter.docx.TemplatSalah;
import id.sisker.letter.html.HtmlSurat;
import id.sisker.letter.markdown.MarkdownSurat;
import id.sisker.model.Daerah;
import id.sisker.model.Indeks;
import id.sisker.model.Penugasan;
import id.sisker.model.TimKerja;
import id.sisker.testing.Golden;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Letters drafted from the example daerah, read back in every format. */
class SuratTest {

  static List<Surat> all(String example) {
    Validation.Outcome v =
        Validation.standard(Optional.empty(), Path.of("")).validate(Path.of("examples", example));
    Daerah d = v.load().daerah().orElseThrow();
    Penyusun p = new Penyusun(d, new Indeks(d), v.profile().orElseThrow());
    List<Surat> out = new ArrayList<>();
    for (Penugasan t : d.penugasan()) {
      out.addAll(p.penugasan(t).surat());
    }
    for (TimKerja t : d.timKerja()) {
      out.addAll(p.tim(t).surat());
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "lampung-tengah",
        "indragiri-hilir",
        "pekanbaru",
        "pulang-pisau",
        "kabupaten-sukamaju"
      })
  void oneGoldenMarkdownPerKindPerDaerah(String example) {
    Map<JenisSurat, Surat> first = new EnumMap<>(JenisSurat.class);
    for (Surat s : all(example)) {
      first.putIfAbsent(s.jenis(), s);
    }
    assertFalse(first.isEmpty(), example);
    for (Surat s : first.values()) {
      Golden.assertMatches("surat/" + example + "/" + s.berkas() + ".md", MarkdownSurat.tulis(s));
    }
  }

  @Test
  void lintasPerangkatDaerahInLampungTengahIsSignedByTheSekdaWithTheContentsTheRegulationNames() {
    Surat s =
        all("lampung-tengah").stream()
            .filter(x -> x.berkas().equals("tgs-2024-009-surat-perintah"))
            .findFirst()
            .orElseThrow();
    assertEquals("Sekretaris Daerah,", s.ttd().jabatan());
    assertEquals(List.of(), s.ttd().rincian(), "Pasal 44: no NIP or pangkat for the Sekda");
    String md = MarkdownSurat.tulis(s);
    assertTrue(md.contains("Kaji cepat".toLowerCase(java.util.Locale.ROOT)), md);
    assertTrue(md.contains("Ekspektasi/target kinerja"), md);
    assertTrue(md.contains("12 Februari 2024 s.d. 8 Maret 2024"), md);
  }

  @Test
  void docxReadsBackWithPoiAndIsByteIdenticalAcrossRuns() throws IOException {
    Templat t = Templat.bawaan();
    for (Surat s : all("lampung-tengah")) {
      byte[] a = t.tulis(s);
      byte[] b = Templat.bawaan().tulis(s);
      assertArrayEquals(a, b, s.berkas());
      String text = DocxText.dump(a);
      assertTrue(text.contains(s.ttd().nama()), s.berkas());
      if (s.berkas().equals("tgs-2024-009-surat-perintah")
          || s.jenis() == JenisSurat.KEPUTUSAN
          || s.berkas().equals("tgs-2024-009-jawaban")) {
        Golden.assertMatches("surat/docx/" + s.berkas() + ".txt", text);
      }
    }
  }

  static final String HOSTILE =
      "${x} {{nomor}} {{#draf}} <w:t>&amp; \"q\" 'a' *b* _c_ [d](e) | f\n"
          + "{ MERGEFIELD nama \\* MERGEFORMAT } \u0013 PAGE \u0014\u0015 DDEAUTO c:\\\\x </body>";

  static Surat hostile() {
    String h = HOSTILE;
    return new Surat(
        "hostile",
        JenisSurat.SURAT_PERINTAH_TIM,
        "x",
        Optional.of("DRAF — TIDAK SESUAI KETENTUAN"),
        new Surat.Kop(h, h, h, h),
        h,
        Optional.of(h),
        h,
        Optional.of(new Surat.Alamat(h, h, h, h, h, h)),
        List.of(h),
        List.of(new Surat.Bagian(h, List.of(new Surat.Butir(h, h)))),
        Optional.of(h),
        List.of(new Surat.Bagian(h, List.of(new Surat.Butir("", h)))),
        List.of(new Surat.Orang(h, h, h, h, h, h)),
        List.of(new Surat.Anggota(h, h, h, h, h, h)),
        false,
        List.of(new Surat.Bagian(h, List.of(new Surat.Butir(h, h)))),
        List.of(h),
        Optional.of(new Surat.Penutup(h, h, h, h)),
        new Surat.Ttd(Optional.of(h), h, h, List.of(h)),
        List.of(h));
  }

  /**
   * Indragiri Hilir's Pasal 12 has the pegawai report to the atasan or the Pimpinan Unit
   * Organisasi: a Pejabat Penilai Kinerja delegated elsewhere (here the Sekda) is not named in the
   * letter; the atasan is.
   */
  @Test
  void theReportingLineOfALetterIsOneTheProfileNames() {
    Validation.Outcome v =
        Validation.standard(Optional.empty(), Path.of(""))
            .validate(Path.of("examples", "indragiri-hilir"));
    Daerah d = v.load().daerah().orElseThrow();
    Penugasan t =
        d.penugasan().stream()
            .filter(x -> x.id().equals("tgs-kesbangpol-kerawanan-pilkada"))
            .findFirst()
            .orElseThrow();
    Indeks ix = new Indeks(d);
    id.sisker.model.Jabatan held = ix.jabatanOf(t.pegawai()).get(0);
    id.sisker.model.JabatanId sekda =
        d.perangkatDaerah().stream()
            .filter(pd -> pd.jenis() == id.sisker.model.JenisPerangkatDaerah.SEKRETARIAT_DAERAH)
            .findFirst()
            .flatMap(id.sisker.model.PerangkatDaerah::kepala)
            .orElseThrow();
    id.sisker.model.Jabatan delegated =
        new id.sisker.model.Jabatan(
            held.id(),
            held.unit(),
            held.nama(),
            held.jenis(),
            held.kategori(),
            held.jenjang(),
            held.penyetaraan(),
            held.kelas(),
            held.kebutuhan(),
            held.atasan(),
            Optional.of(sekda),
            Optional.of("delegasi"),
            held.koordinator(),
            held.pemangku(),
            held.bezettingTertulis());
    List<id.sisker.model.PerangkatDaerah> pds = new ArrayList<>();
    for (id.sisker.model.PerangkatDaerah pd : d.perangkatDaerah()) {
      List<id.sisker.model.Jabatan> js = new ArrayList<>();
      pd.jabatan().forEach(j -> js.add(j.id().equals(held.id()) ? delegated : j));
      pds.add(
          new id.sisker.model.PerangkatDaerah(
              pd.id(),
              pd.nama(),
              pd.singkatan(),
              pd.jenis(),
              pd.model(),
              pd.kop(),
              pd.unit(),
              js,
              pd.dasarKedudukan(),
              pd.perjanjianKinerja()));
    }
    Daerah d2 =
        new Daerah(
            d.nama(),
            d.jenis(),
            d.provinsi(),
            d.kodeWilayah(),
            d.ibukota(),
            d.kepala(),
            d.profil(),
            pds,
            d.pegawai(),
            d.pihakLuar(),
            d.timKerja(),
            d.penugasan(),
            d.profilFile());
    Penyusun p = new Penyusun(d2, new Indeks(d2), v.profile().orElseThrow());
    String md =
        MarkdownSurat.tulis(
            p.penugasan(t).surat().stream()
                .filter(x -> x.jenis() == JenisSurat.SURAT_PERINTAH)
                .findFirst()
                .orElseThrow());
    assertTrue(
        md.contains("Melaporkan hasil pelaksanaan tugas kepada Kepala Bidang Politik Dalam Negeri"),
        md);
    assertFalse(md.contains("kepada Sekretaris Daerah;"), md);
  }

  @Test
  void hostileTextAppearsLiterallyInEveryFormat() throws IOException {
    Surat s = hostile();
    String docx = DocxText.dump(Templat.bawaan().tulis(s));
    for (String piece :
        List.of(
            "${x} {{nomor}} {{#draf}} <w:t>&amp; \"q\" 'a'",
            "{ MERGEFIELD nama \\* MERGEFORMAT }",
            "</body>")) {
      assertTrue(docx.contains(piece), piece + "\n" + docx);
    }
    assertTrue(docx.contains("[kepala] DRAF — TIDAK SESUAI KETENTUAN"), docx);
    String html = HtmlSurat.tulis(s);
    assertTrue(html.contains("${x} {{nomor}} {{#draf}} &lt;w:t&gt;&amp;amp; &quot;q&quot;"), html);
    assertFalse(html.contains("<w:t>") || html.contains("</body>\n</html>\n</body>"), html);
    String md = MarkdownSurat.tulis(s);
    assertTrue(md.contains("${x} {{nomor}} {{#draf}} &lt;w:t&gt;&amp;amp;"), md);
    assertTrue(md.contains("\\*b\\* \\_c\\_ \\[d\\](e) \\| f"), md);
  }

  @Test
  void aMisspeltPlaceholderIsRefusedBeforeAnythingRendersWithDidYouMean() throws IOException {
    byte[] broken = replaceInDocument(Bawaan.docx(), "{{nomor}}", "{{nomr}}");
    TemplatSalah e = assertThrows(TemplatSalah.class, () -> Templat.baca(broken));
    assertEquals("surat.templat.tak-dikenal.saran", e.masalah().get(0).key());
    assertEquals(List.of("word/document.xml", "{{nomr}}", "nomor"), e.masalah().get(0).args());
  }

  @Test
  void aPlaceholderSplitOverRunsIsMerged() throws IOException, TemplatSalah {
    // Word splits text into runs at edits and proofing marks, e.g. {{ | nomor | }}.
    byte[] split =
        replaceInDocument(
            Bawaan.docx(),
            "<w:t xml:space=\"preserve\">NOMOR {{nomor}}</w:t>",
            "<w:t xml:space=\"preserve\">NOMOR {{</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
                + "<w:r><w:rPr><w:b/></w:rPr><w:t>nomor</w:t></w:r><w:proofErr w:type=\"spellEnd\"/>"
                + "<w:r><w:t>}}</w:t>");
    Surat s = all("lampung-tengah").get(0);
    String text = DocxText.dump(Templat.baca(split).tulis(s));
    assertTrue(text.contains("NOMOR " + s.nomor()), text);
  }
}
