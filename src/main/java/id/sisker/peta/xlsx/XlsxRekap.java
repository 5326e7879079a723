package id.sisker.peta.xlsx;

import id.sisker.peta.Bagian;
import id.sisker.peta.Baris;
import id.sisker.peta.DataLengkap;
import id.sisker.peta.RekapTabel;
import id.sisker.peta.Sel;
import id.sisker.peta.Teks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The recap as an XLSX workbook: a summary sheet, then one sheet per perangkat daerah with the
 * PermenPANRB 1/2020 columns, a frozen header, units shaded, totals bold, shortages red, and print
 * settings (landscape, fit to width, header repeated). Rows are streamed (fastexcel flushes each
 * sheet as it goes), so the heap holds the compressed file, not a workbook model.
 */
public final class XlsxRekap {

  private XlsxRekap() {}

  private static final String BIRU = "DDE5F0";
  private static final String ABU = "E4E4E4";
  private static final String SELISIH = "+0;[Red]-0;0";
  private static final double[] LEBAR = {6, 64, 15, 13, 8, 6, 6, 6, 48, 22, 8};
  private static final int KEPALA = 3;

  public static void write(RekapTabel t, Teks teks, OutputStream out) throws IOException {
    write(t, teks, java.util.Optional.empty(), out);
  }

  /**
   * Writes the recap; with {@code lengkap} also a "Data sisker" column, a Daerah sheet and a
   * Pegawai sheet, from which {@code sisker impor} rebuilds the whole daerah.
   */
  public static void write(
      RekapTabel t, Teks teks, java.util.Optional<DataLengkap> lengkap, OutputStream out)
      throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream(64 * 1024);
    Workbook wb = new Workbook(raw, "sisker", "1.0");
    wb.properties().setTitle(teks.format("rekap.judul", t.daerah()));
    Sel sel = new Sel(teks);
    Set<String> names = new HashSet<>();
    ringkasan(wb.newWorksheet(unique(teks.text("rekap.ringkasan"), names)), t, sel);
    if (lengkap.isPresent()) {
      daerah(wb.newWorksheet(unique(teks.text("rekap.lembar-daerah"), names)), lengkap.get(), sel);
    }
    for (Bagian s : t.bagian()) {
      Worksheet ws =
          wb.newWorksheet(unique(s.singkatan().isBlank() ? s.pd() : s.singkatan(), names));
      bagian(ws, t, s, sel, lengkap);
      ws.finish();
    }
    if (lengkap.isPresent()) {
      pegawai(
          wb.newWorksheet(unique(teks.text("rekap.lembar-pegawai"), names)), lengkap.get(), sel);
    }
    wb.finish();
    deterministic(raw.toByteArray(), out);
  }

  private static void ringkasan(Worksheet ws, RekapTabel t, Sel sel) throws IOException {
    Teks teks = sel.teks();
    String title = teks.format("rekap.judul", t.daerah());
    if (!t.cakupan().isEmpty()) {
      title += " \u2014 " + t.cakupan();
    }
    judul(ws, title, teks.text("rekap.keterangan"));
    List<String> head =
        List.of(
            teks.text("kolom.no"),
            teks.text("kolom.pd"),
            teks.text("kolom.singkatan"),
            teks.text("kolom.jumlah-jabatan"),
            teks.text("kolom.b"),
            teks.text("kolom.k"),
            teks.text("kolom.selisih"),
            teks.text("kolom.temuan"));
    double[] widths = {6, 55, 26, 10, 8, 8, 8, 12};
    for (int c = 0; c < head.size(); c++) {
      ws.width(c, widths[c]);
      ws.value(KEPALA - 1, c, head.get(c));
    }
    ws.rowHeight(KEPALA - 1, 30);
    ws.range(KEPALA - 1, 0, KEPALA - 1, head.size() - 1)
        .style()
        .bold()
        .fillColor(BIRU)
        .wrapText(true)
        .verticalAlignment("center")
        .borderStyle("thin")
        .set();
    int r = KEPALA;
    int no = 0;
    for (Bagian s : t.bagian()) {
      ws.value(r, 0, ++no);
      ws.value(r, 1, s.nama());
      ws.value(r, 2, s.singkatan().isBlank() ? s.pd() : s.singkatan());
      ws.value(r, 3, s.jumlahJabatan());
      ws.value(r, 4, s.jumlah().b());
      ws.value(r, 5, s.jumlah().k());
      ws.value(r, 6, s.jumlah().selisih());
      ws.value(r, 7, s.jumlahCatatan());
      ws.range(r, 0, r, 7).style().borderStyle("thin").set();
      ws.style(r, 6).borderStyle("thin").format(SELISIH).set();
      r++;
    }
    Baris total = t.total();
    ws.value(r, 1, total.nama());
    ws.value(r, 3, t.jumlahJabatan());
    ws.value(r, 4, total.b());
    ws.value(r, 5, total.k());
    ws.value(r, 6, total.selisih());
    ws.value(r, 7, t.bagian().stream().mapToInt(Bagian::jumlahCatatan).sum());
    ws.range(r, 0, r, 7).style().bold().fillColor(BIRU).borderStyle("thin").set();
    ws.style(r, 6).bold().fillColor(BIRU).borderStyle("thin").format(SELISIH).set();
    ws.freezePane(0, KEPALA);
    cetak(ws);
  }

  /** The daerah root: its name and the rest of its keys as one data cell. */
  private static void daerah(Worksheet ws, DataLengkap d, Sel sel) {
    Teks teks = sel.teks();
    judul(ws, teks.format("rekap.judul", d.daerahNama()), teks.text("rekap.keterangan-lengkap"));
    kepala(ws, List.of(teks.text("kolom.nama-daerah"), teks.text("kolom.data")), 40, 100);
    ws.value(KEPALA, 0, d.daerahNama());
    ws.value(KEPALA, 1, d.daerah());
    ws.freezePane(0, KEPALA);
    cetak(ws);
  }

  /** Every pegawai: NIP (as text, never a number), name, and the rest as one data cell. */
  private static void pegawai(Worksheet ws, DataLengkap d, Sel sel) throws IOException {
    Teks teks = sel.teks();
    ws.freezePane(0, KEPALA);
    ws.repeatRows(KEPALA - 1);
    cetak(ws);
    judul(ws, teks.text("rekap.lembar-pegawai"), teks.text("rekap.keterangan-lengkap"));
    kepala(
        ws,
        List.of(
            teks.text("kolom.no"),
            teks.text("kolom.nip"),
            teks.text("kolom.nama"),
            teks.text("kolom.data")),
        6,
        22,
        36,
        100);
    int r = KEPALA;
    for (DataLengkap.Pegawai p : d.pegawai()) {
      ws.value(r, 0, r - KEPALA + 1);
      ws.value(r, 1, p.nip());
      ws.value(r, 2, p.nama());
      ws.value(r, 3, p.data());
      if (++r % BLOK == 0) {
        ws.flush();
      }
    }
  }

  private static void kepala(Worksheet ws, List<String> head, double... widths) {
    for (int c = 0; c < head.size(); c++) {
      ws.width(c, widths[c]);
      ws.value(KEPALA - 1, c, head.get(c));
    }
    ws.range(KEPALA - 1, 0, KEPALA - 1, head.size() - 1)
        .style()
        .bold()
        .fillColor(BIRU)
        .borderStyle("thin")
        .set();
  }

  private static void bagian(
      Worksheet ws, RekapTabel t, Bagian s, Sel sel, java.util.Optional<DataLengkap> lengkap)
      throws IOException {
    Teks teks = sel.teks();
    // Sheet-level settings first: fastexcel writes them before the rows it flushes.
    ws.freezePane(0, KEPALA);
    ws.repeatRows(KEPALA - 1);
    cetak(ws);
    judul(ws, s.nama(), t.daerah() + " \u2014 " + teks.text("rekap.keterangan"));
    // The level column lets `sisker impor` read the hierarchy back (styles carry the indentation).
    List<String> head = new java.util.ArrayList<>(sel.kepala());
    head.add(teks.text("kolom.tingkat"));
    if (lengkap.isPresent()) {
      head.add(teks.text("kolom.data"));
      // Grouped and collapsed: the table prints and reads as without it; "+" shows it.
      ws.groupCols(LEBAR.length, LEBAR.length);
      ws.hideColumn(LEBAR.length);
    }
    for (int c = 0; c < head.size(); c++) {
      ws.width(c, c < LEBAR.length ? LEBAR[c] : 100);
      ws.value(KEPALA - 1, c, head.get(c));
    }
    ws.rowHeight(KEPALA - 1, 30);
    ws.range(KEPALA - 1, 0, KEPALA - 1, head.size() - 1)
        .style()
        .bold()
        .fillColor(BIRU)
        .horizontalAlignment("center")
        .verticalAlignment("center")
        .wrapText(true)
        .borderStyle("thin")
        .set();
    int r = KEPALA;
    List<Baris> block = new java.util.ArrayList<>();
    for (Baris b : s.baris()) {
      if (b.jenis() == Baris.Jenis.PERANGKAT_DAERAH) {
        continue;
      }
      baris(ws, r, b, sel);
      if (lengkap.isPresent() && !lengkap.get().untuk(b).isEmpty()) {
        ws.value(r, LEBAR.length, lengkap.get().untuk(b));
      }
      r++;
      block.add(b);
      if (block.size() == BLOK) {
        gaya(ws, r - block.size(), block);
        block.clear();
        ws.flush();
      }
    }
    gaya(ws, r - block.size(), block);
  }

  private static final int BLOK = 2048;

  /**
   * Styles a block of rows with range styles (fastexcel merges a range's style once per distinct
   * style already in it, instead of once per cell). Every call that touches alignment repeats the
   * vertical alignment, and the bold of total rows comes last, because fastexcel replaces a cell's
   * alignment or font as a whole.
   */
  private static void gaya(Worksheet ws, int start, List<Baris> block) {
    if (block.isEmpty()) {
      return;
    }
    int end = start + block.size() - 1;
    int last = LEBAR.length - 1;
    ws.range(start, 0, end, last).style().borderStyle("thin").verticalAlignment("top").set();
    ws.range(start, 7, end, 7).style().format(SELISIH).set();
    ws.range(start, 8, end, 8)
        .style()
        .wrapText(true)
        .verticalAlignment("top")
        .fontColor("9C0006")
        .set();
    ws.range(start, 9, end, 10).style().fontColor("808080").set();
    int run = 0;
    for (int i = 1; i <= block.size(); i++) {
      if (i == block.size() || indent(block.get(i)) != indent(block.get(run))) {
        int indent = indent(block.get(run));
        if (indent > 0) {
          ws.range(start + run, 1, start + i - 1, 1)
              .style()
              .indent(indent)
              .verticalAlignment("top")
              .set();
        }
        run = i;
      }
    }
    for (int i = 0; i < block.size(); i++) {
      Baris b = block.get(i);
      if (b.jenis() == Baris.Jenis.JABATAN) {
        continue;
      }
      var st = ws.range(start + i, 0, start + i, last).style().bold();
      switch (b.jenis()) {
        case UNIT -> st.fillColor(ABU);
        case JUMLAH_PD, JUMLAH_DAERAH -> st.fillColor(BIRU);
        default -> {}
      }
      st.set();
    }
  }

  private static int indent(Baris b) {
    return Math.max(0, b.tingkat() - 1);
  }

  private static void baris(Worksheet ws, int r, Baris b, Sel sel) {
    if (!b.nomor().isEmpty()) {
      ws.value(r, 0, Integer.valueOf(b.nomor()));
    }
    ws.value(r, 1, b.nama());
    if (!b.jenisJabatan().isEmpty()) {
      ws.value(r, 2, sel.jenis(b));
    }
    if (!b.jenjang().isEmpty()) {
      ws.value(r, 3, sel.jenjang(b));
    }
    b.kelas().ifPresent(k -> ws.value(r, 4, k));
    if (b.jenis().berangka()) {
      ws.value(r, 5, b.b());
      ws.value(r, 6, b.k());
      ws.value(r, 7, b.selisih());
    }
    if (!b.catatan().isEmpty()) {
      ws.value(r, 8, sel.keterangan(b));
      // Spreadsheet programs do not grow a row for wrapped text written by a streaming writer
      // (LibreOffice clips it when printing): give the notes the lines they need.
      ws.rowHeight(r, tinggi(sel.keterangan(b), LEBAR[8]));
    }
    if (!b.jabatanId().isEmpty()
        && (b.jenis() == Baris.Jenis.JABATAN || b.jenis() == Baris.Jenis.UNIT)) {
      ws.value(r, 9, b.jabatanId());
    }
    if (b.jenis() == Baris.Jenis.JABATAN || b.jenis() == Baris.Jenis.UNIT) {
      ws.value(r, 10, b.tingkat());
    }
  }

  /** Points per wrapped line of the default 11 pt font, with the spreadsheet's own leading. */
  static final double BARIS = 15.0;

  /**
   * The row height (points) that shows {@code text} whole in a wrapping cell {@code width}
   * characters wide: each line of the text is word-wrapped as spreadsheet programs do (at spaces
   * and after hyphens; a word longer than the line is cut), on lines a tenth narrower than the
   * column so that wide letters still fit. Deterministic: it counts characters, not font metrics.
   */
  static double tinggi(String text, double width) {
    return BARIS * Math.max(1, baris(text, (int) Math.floor(width * 0.9)));
  }

  /** How many lines {@code text} takes when wrapped at {@code cap} characters per line. */
  static int baris(String text, int cap) {
    int lines = 0;
    for (String line : text.split("\n", -1)) {
      lines += barisSatu(line, Math.max(1, cap));
    }
    return lines;
  }

  private static int barisSatu(String line, int cap) {
    int lines = 1;
    int used = 0;
    int i = 0;
    while (i < line.length()) {
      // the next piece: up to and including a space or hyphen, or to the end
      int j = i;
      while (j < line.length() && line.charAt(j) != ' ' && line.charAt(j) != '-') {
        j++;
      }
      int end = Math.min(j + 1, line.length());
      int len = end - i;
      // a trailing space may hang past the edge, as in every wrapping text
      int shown = line.charAt(end - 1) == ' ' ? len - 1 : len;
      if (used > 0 && used + shown > cap) {
        lines++;
        used = 0;
      }
      while (shown > cap) {
        lines++;
        shown -= cap;
        len -= cap;
      }
      used += len;
      i = end;
    }
    return lines;
  }

  private static void judul(Worksheet ws, String title, String subtitle) {
    // Not merged: fastexcel keeps merged ranges in a hash set and writes them in varying order,
    // which would break byte-identical output; a title in A1 overflows into the empty cells anyway.
    ws.value(0, 0, title);
    ws.style(0, 0).bold().fontSize(14).set();
    ws.value(1, 0, subtitle);
    ws.style(1, 0).italic().fontColor("595959").set();
  }

  private static void cetak(Worksheet ws) {
    ws.pageOrientation("landscape");
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
  }

  /** An Excel sheet name: at most 31 characters, none of []:*?/\, unique ignoring case. */
  static String unique(String wanted, Set<String> used) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
    if (base.isEmpty()) {
      base = "-";
    }
    base = base.length() > 31 ? base.substring(0, 31) : base;
    String name = base;
    for (int i = 2; used.contains(name.toLowerCase(Locale.ROOT)); i++) {
      String suffix = " (" + i + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }

  /**
   * Rewrites the package with fixed entry times and without the creation timestamp fastexcel always
   * writes, so the same recap gives the same bytes. Read through the central directory (fastexcel
   * streams entries with data descriptors that ZipInputStream refuses), from a temporary file that
   * is always deleted.
   */
  private static void deterministic(byte[] xlsx, OutputStream out) throws IOException {
    LocalDateTime fixed = LocalDateTime.of(1980, 1, 1, 0, 0);
    Path tmp = Files.createTempFile("sisker-rekap-", ".xlsx");
    try {
      Files.write(tmp, xlsx);
      ZipOutputStream zip = new ZipOutputStream(out);
      try (ZipFile in = new ZipFile(tmp.toFile())) {
        for (ZipEntry e : java.util.Collections.list(in.entries())) {
          ZipEntry copy = new ZipEntry(e.getName());
          copy.setTimeLocal(fixed);
          zip.putNextEntry(copy);
          try (InputStream data = in.getInputStream(e)) {
            if (e.getName().equals("docProps/core.xml")) {
              String core = new String(data.readAllBytes(), StandardCharsets.UTF_8);
              core = core.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "");
              zip.write(core.getBytes(StandardCharsets.UTF_8));
            } else {
              data.transferTo(zip);
            }
          }
          zip.closeEntry();
        }
      }
      zip.finish();
      zip.flush();
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
