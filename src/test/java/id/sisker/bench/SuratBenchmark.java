package id.sisker.bench;

import id.sisker.letter.Surat;
import id.sisker.letter.docx.Templat;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 DOCX letters: sisker's compiled template against plain Apache POI XWPF building the same
 * letters, in one JVM, each written to its own file. Run with {@code -Dbenchmark=true}; see
 * docs/performance.md.
 */
class SuratBenchmark {

  @TempDir Path tmp;

  @Test
  void thousandLetters() throws IOException {
    Assumptions.assumeTrue(Boolean.getBoolean("benchmark"), "benchmark: run with -Dbenchmark=true");
    int n = Integer.getInteger("benchmark.n", 1000);
    Files.createDirectories(tmp.resolve("sisker"));
    Files.createDirectories(tmp.resolve("poi"));
    resetPeaks();
    long t0 = System.nanoTime();
    Templat t = Templat.bawaan();
    for (int i = 0; i < n; i++) {
      Surat s = SuratGenerator.surat(i);
      try (OutputStream o =
          Files.newOutputStream(tmp.resolve("sisker").resolve(s.berkas() + ".docx"))) {
        t.tulis(s, o);
      }
    }
    double sisker = (System.nanoTime() - t0) / 1e9;
    long siskerHeap = peakHeap();
    System.gc();
    resetPeaks();
    long t1 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      Surat s = SuratGenerator.surat(i);
      try (OutputStream o =
          Files.newOutputStream(tmp.resolve("poi").resolve(s.berkas() + ".docx"))) {
        poi(s, o);
      }
    }
    double poi = (System.nanoTime() - t1) / 1e9;
    long poiHeap = peakHeap();
    System.out.printf(
        Locale.ROOT,
        "%n| implementation | %d letters | letters/s | peak heap |%n|---|---|---|---|%n"
            + "| sisker compiled template | %.2f s | %.0f | %d MiB |%n"
            + "| Apache POI 5.5.1 XWPF (baseline) | %.2f s | %.0f | %d MiB |%n"
            + "ratio POI/sisker: %.1f×%n",
        n,
        sisker,
        n / sisker,
        siskerHeap >> 20,
        poi,
        n / poi,
        poiHeap >> 20,
        poi / sisker);
  }

  private static void poi(Surat s, OutputStream out) throws IOException {
    try (XWPFDocument d = new XWPFDocument()) {
      line(d, s.kop().pemerintah(), true, ParagraphAlignment.CENTER);
      line(d, s.kop().instansi(), true, ParagraphAlignment.CENTER);
      line(d, s.kop().alamat(), false, ParagraphAlignment.CENTER);
      line(d, s.judul(), true, ParagraphAlignment.CENTER);
      line(d, "NOMOR " + s.nomor(), false, ParagraphAlignment.CENTER);
      for (Surat.Bagian b : s.bagian()) {
        b.butir()
            .forEach(
                x ->
                    line(
                        d,
                        b.label() + "\t: " + x.no() + " " + x.teks(),
                        false,
                        ParagraphAlignment.LEFT));
      }
      line(d, s.diktum().orElse(""), true, ParagraphAlignment.CENTER);
      XWPFTable t = d.createTable(s.anggota().size() + 1, 5);
      String[] h = {"No.", "Nama / NIP", "Pangkat/Gol.", "Jabatan", "Kedudukan"};
      for (int c = 0; c < 5; c++) {
        t.getRow(0).getCell(c).setText(h[c]);
      }
      for (int r = 0; r < s.anggota().size(); r++) {
        Surat.Anggota a = s.anggota().get(r);
        XWPFTableRow row = t.getRow(r + 1);
        row.getCell(0).setText(a.no());
        row.getCell(1).setText(a.nama() + " " + a.nip());
        row.getCell(2).setText(a.pangkat());
        row.getCell(3).setText(a.jabatan());
        row.getCell(4).setText(a.peran());
      }
      for (Surat.Bagian b : s.ketentuan()) {
        b.butir().forEach(x -> line(d, x.no() + " " + x.teks(), false, ParagraphAlignment.BOTH));
      }
      line(d, s.ttd().jabatan(), false, ParagraphAlignment.RIGHT);
      line(d, s.ttd().nama(), true, ParagraphAlignment.RIGHT);
      s.ttd().rincian().forEach(x -> line(d, x, false, ParagraphAlignment.RIGHT));
      s.tembusan().forEach(x -> line(d, x, false, ParagraphAlignment.LEFT));
      d.write(out);
    }
  }

  private static void line(XWPFDocument d, String text, boolean bold, ParagraphAlignment a) {
    XWPFParagraph p = d.createParagraph();
    p.setAlignment(a);
    var r = p.createRun();
    r.setBold(bold);
    r.setText(text);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      m.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean m : ManagementFactory.getMemoryPoolMXBeans()) {
      if (m.getType() == MemoryType.HEAP) {
        sum += m.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
