package id.sisker.letter.lembar;

import id.sisker.finding.Message;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.Dasar;
import id.sisker.model.DataPath;
import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Jawaban;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.Keyed;
import id.sisker.model.Lingkup;
import id.sisker.model.Nip;
import id.sisker.model.Penugasan;
import id.sisker.model.Periode;
import id.sisker.model.Permohonan;
import id.sisker.model.TujuanLuar;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.model.UnitOrganisasi;
import id.sisker.source.NodePath;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import id.sisker.text.Suggest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Individual assignments from a sheet: one row per penugasan, columns named by the Indonesian
 * headers of {@link #KOLOM}. Every problem names the sheet, the row and the column; rows with
 * problems are left out, the others become {@link Penugasan} values with their cell positions.
 */
public final class LembarPenugasan {

  /** The sheet name sisker writes and reads first. */
  public static final String LEMBAR = "Penugasan";

  /** One column: its header, whether it is required, what goes in it, an example. */
  public record Kolom(String nama, boolean wajib, String uraian, String contoh) {}

  public static final List<Kolom> KOLOM =
      List.of(
          new Kolom(
              "id", true, "id penugasan, huruf kecil, angka dan tanda hubung", "tgs-2024-101"),
          new Kolom("pegawai", true, "NIP atau NI PPPK pegawai (18 angka)", "199104142017022001"),
          new Kolom(
              "tujuan",
              false,
              "unit pemilik kinerja: pd atau pd/unit",
              "bpbd/bidang-kedaruratan-logistik"),
          new Kolom("tujuan_instansi", false, "instansi tujuan bila lintas instansi", ""),
          new Kolom(
              "lingkup",
              false,
              "dalam_unit, lintas_unit, lintas_perangkat_daerah, lintas_instansi (kosong: diturunkan)",
              "lintas_perangkat_daerah"),
          new Kolom("cara", false, "penunjukan (bawaan) atau pengajuan_sukarela", "penunjukan"),
          new Kolom(
              "maksud_tujuan",
              true,
              "maksud dan tujuan penugasan",
              "Kaji cepat kesehatan pascabanjir"),
          new Kolom(
              "target_kinerja",
              false,
              "ekspektasi/target kinerja; beberapa dipisah titik koma",
              "Laporan kaji cepat dalam 3 x 24 jam"),
          new Kolom("mulai", true, "tanggal mulai (sel tanggal atau YYYY-MM-DD)", "2024-02-12"),
          new Kolom("selesai", false, "tanggal selesai", "2024-03-08"),
          new Kolom("durasi", false, "durasi dengan kata, bila perlu", "4 (empat) minggu"),
          new Kolom("pengaturan_lain", false, "pengaturan penugasan lainnya", ""),
          new Kolom(
              "dasar_jenis",
              false,
              "surat_perintah, surat_tugas, surat_perintah_tugas, …",
              "surat_perintah"),
          new Kolom(
              "dasar_penetap",
              false,
              "jabatan penetap: pd/jabatan atau kepala_daerah",
              "setda/sekda"),
          new Kolom("dasar_nomor", false, "nomor surat yang sudah ada", ""),
          new Kolom("dasar_tanggal", false, "tanggal surat", "2024-02-09"),
          new Kolom("melapor_kepada", false, "jabatan tempat melapor: pd/jabatan", ""),
          new Kolom(
              "permohonan_nomor",
              false,
              "nomor surat permohonan pelibatan (atau pengajuan sukarela)",
              "300.2/027/BPBD/2024"),
          new Kolom("permohonan_tanggal", false, "tanggal surat permohonan", "2024-02-06"),
          new Kolom(
              "permohonan_dari",
              false,
              "jabatan pengirim permohonan: pd/jabatan (pengajuan sukarela: jabatan pegawai itu);"
                  + " wajib bila permohonan dicatat",
              "bpbd/kepala"),
          new Kolom(
              "permohonan_kepada",
              false,
              "jabatan yang dituju permohonan: pd/jabatan atau kepala_daerah; wajib bila permohonan"
                  + " dicatat",
              "dinkes/kadinkes"),
          new Kolom(
              "permohonan_tembusan",
              false,
              "jabatan penerima tembusan permohonan: pd/jabatan; beberapa dipisah titik koma",
              ""),
          new Kolom(
              "permohonan_kompetensi",
              false,
              "kompetensi, keahlian dan/atau keterampilan yang dibutuhkan",
              "Epidemiolog kesehatan yang berpengalaman dalam surveilans kedaruratan"),
          new Kolom("jawaban_nomor", false, "nomor surat jawaban", "800.1.11.1/052/SEK/2024"),
          new Kolom("jawaban_tanggal", false, "tanggal surat jawaban", "2024-02-08"),
          new Kolom(
              "jawaban_dari",
              false,
              "jabatan yang menjawab: pd/jabatan (kosong: jabatan yang dituju permohonan)",
              "dinkes/kadinkes"),
          new Kolom(
              "jawaban", false, "setuju atau tolak (wajib bila kolom jawaban_… diisi)", "setuju"),
          new Kolom("jawaban_alasan", false, "alasan penolakan (wajib bila tolak)", ""));

  /** The YAML path under a penugasan each cell stands for, and the columns that hold it. */
  private record Sel(List<String> jalur, List<String> kolom) {}

  private static final List<Sel> SEL =
      List.of(
          new Sel(List.of("dasar"), List.of("dasar_jenis", "dasar_penetap")),
          new Sel(List.of("dasar", "jenis"), List.of("dasar_jenis")),
          new Sel(List.of("dasar", "penetap"), List.of("dasar_penetap")),
          new Sel(List.of("dasar", "nomor"), List.of("dasar_nomor")),
          new Sel(List.of("dasar", "tanggal"), List.of("dasar_tanggal")),
          new Sel(List.of("periode"), List.of("mulai")),
          new Sel(List.of("periode", "mulai"), List.of("mulai")),
          new Sel(List.of("periode", "selesai"), List.of("selesai")),
          new Sel(
              List.of("permohonan"),
              List.of(
                  "permohonan_dari",
                  "permohonan_kepada",
                  "permohonan_nomor",
                  "permohonan_tanggal",
                  "permohonan_kompetensi")),
          new Sel(List.of("permohonan", "nomor"), List.of("permohonan_nomor")),
          new Sel(List.of("permohonan", "tanggal"), List.of("permohonan_tanggal")),
          new Sel(List.of("permohonan", "dari"), List.of("permohonan_dari")),
          new Sel(List.of("permohonan", "kepada"), List.of("permohonan_kepada")),
          new Sel(List.of("permohonan", "tembusan"), List.of("permohonan_tembusan")),
          new Sel(List.of("permohonan", "kompetensi"), List.of("permohonan_kompetensi")),
          new Sel(List.of("permohonan", "maksud_tujuan"), List.of("maksud_tujuan")),
          new Sel(List.of("permohonan", "target_kinerja"), List.of("target_kinerja")),
          new Sel(List.of("permohonan", "durasi"), List.of("durasi")),
          new Sel(
              List.of("permohonan", "jawaban"),
              List.of("jawaban", "jawaban_dari", "jawaban_nomor", "jawaban_tanggal")),
          new Sel(List.of("permohonan", "jawaban", "nomor"), List.of("jawaban_nomor")),
          new Sel(List.of("permohonan", "jawaban", "tanggal"), List.of("jawaban_tanggal")),
          new Sel(List.of("permohonan", "jawaban", "dari"), List.of("jawaban_dari")),
          new Sel(List.of("permohonan", "jawaban", "setuju"), List.of("jawaban")),
          new Sel(
              List.of("permohonan", "jawaban", "alasan"), List.of("jawaban_alasan", "jawaban")));

  private static final List<String> KOLOM_PERMOHONAN =
      List.of(
          "permohonan_nomor",
          "permohonan_tanggal",
          "permohonan_dari",
          "permohonan_kepada",
          "permohonan_tembusan",
          "permohonan_kompetensi");

  private static final List<String> KOLOM_JAWABAN =
      List.of("jawaban_nomor", "jawaban_tanggal", "jawaban_dari", "jawaban", "jawaban_alasan");

  private static final List<String> PILIHAN_JAWABAN = List.of("setuju", "tolak");

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu");

  /** One problem: where (sheet, 1-based row, column letter and header) and what. */
  public record Masalah(String lembar, int baris, String kolom, String header, Message pesan) {}

  /** The assignments read, the problems found, and where each value came from. */
  public record Hasil(List<Penugasan> penugasan, List<Masalah> masalah, SourceMap posisi) {
    public Hasil {
      penugasan = List.copyOf(penugasan);
      masalah = List.copyOf(masalah);
    }
  }

  private record Nilai(String teks, Optional<LocalDate> tanggal, int kolom) {}

  private record Baris(int nomor, Map<String, Nilai> nilai, Map<Integer, String> kolom) {
    String huruf(String header) {
      for (Map.Entry<Integer, String> e : kolom.entrySet()) {
        if (e.getValue().equals(header)) {
          return LembarPenugasan.huruf(e.getKey());
        }
      }
      return "-";
    }
  }

  private LembarPenugasan() {}

  /** Reads {@code file} (.xlsx or .csv) against the daerah indexed by {@code ix}. */
  public static Hasil baca(Path file, String shown, Indeks ix, Set<String> idTerpakai)
      throws IOException {
    List<Masalah> masalah = new ArrayList<>();
    List<Baris> rows = new ArrayList<>();
    String lembar;
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      lembar = "CSV";
      readCsv(file, rows, masalah);
    } else {
      try (InputStream in = Files.newInputStream(file);
          ReadableWorkbook wb = new ReadableWorkbook(in)) {
        Sheet sheet = wb.findSheet(LEMBAR).orElse(wb.getFirstSheet());
        lembar = sheet.getName();
        readXlsx(sheet, rows, masalah);
      } catch (RuntimeException e) {
        masalah.add(
            new Masalah("-", 0, "-", "-", Message.of("surat.lembar.rusak", e.getMessage())));
        return new Hasil(List.of(), masalah, new SourceMap());
      }
    }
    String sheetName = lembar;
    masalah.replaceAll(
        m ->
            m.lembar().isEmpty()
                ? new Masalah(sheetName, m.baris(), m.kolom(), m.header(), m.pesan())
                : m);
    SourceFile src = SourceFile.named(shown + "[" + lembar + "]");
    SourceMap map = new SourceMap();
    List<Penugasan> out = new ArrayList<>();
    Set<String> ids = new HashSet<>(idTerpakai);
    UnitOrganisasi org =
        new UnitOrganisasi(
            u -> ix.unit(u).flatMap(Unit::induk),
            u -> ix.unit(u).flatMap(Unit::kepala).flatMap(ix::jabatan).map(Jabatan::jenis));
    for (Baris b : rows) {
      new Row_(b, lembar, ix, org, masalah, ids)
          .build()
          .ifPresent(
              p -> {
                out.add(p);
                NodePath at = new NodePath(DataPath.penugasan(p.id()));
                map.put(at, Span.at(src, b.nomor(), 1));
                for (Map.Entry<String, Nilai> e : b.nilai().entrySet()) {
                  map.put(at.key(e.getKey()), Span.at(src, b.nomor(), e.getValue().kolom() + 1));
                }
                for (Sel sel : SEL) {
                  NodePath path = at;
                  for (String k : sel.jalur()) {
                    path = path.key(k);
                  }
                  for (String k : sel.kolom()) {
                    Nilai n = b.nilai().get(k);
                    if (n != null) {
                      map.put(path, Span.at(src, b.nomor(), n.kolom() + 1));
                      break;
                    }
                  }
                }
              });
    }
    return new Hasil(out, masalah, map);
  }

  /** Excel's column letters: 0 → A, 26 → AA. */
  static String huruf(int col) {
    StringBuilder b = new StringBuilder();
    int n = col + 1;
    while (n > 0) {
      n--;
      b.insert(0, (char) ('A' + n % 26));
      n /= 26;
    }
    return b.toString();
  }

  private static Map<Integer, String> headers(List<String> cells, int row, List<Masalah> masalah) {
    Map<Integer, String> out = new LinkedHashMap<>();
    List<String> known = KOLOM.stream().map(Kolom::nama).toList();
    for (int i = 0; i < cells.size(); i++) {
      String h = cells.get(i) == null ? "" : cells.get(i).strip().toLowerCase(Locale.ROOT);
      if (h.isEmpty()) {
        continue;
      }
      if (!known.contains(h)) {
        String best = Suggest.best(h, known).orElse(null);
        masalah.add(
            new Masalah(
                "",
                row,
                huruf(i),
                h,
                best == null
                    ? Message.of("surat.lembar.kolom-tak-dikenal", h)
                    : Message.of("surat.lembar.kolom-tak-dikenal.saran", h, best)));
        continue;
      }
      out.put(i, h);
    }
    for (Kolom k : KOLOM) {
      if (k.wajib() && !out.containsValue(k.nama())) {
        masalah.add(
            new Masalah("", row, "-", k.nama(), Message.of("surat.lembar.kolom-wajib", k.nama())));
      }
    }
    return out;
  }

  private static void readXlsx(Sheet sheet, List<Baris> rows, List<Masalah> masalah)
      throws IOException {
    Map<Integer, String> header = null;
    for (Row r : (Iterable<Row>) sheet.openStream()::iterator) {
      if (header == null) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < r.getCellCount(); i++) {
          cells.add(r.getCellText(i));
        }
        header = headers(cells, r.getRowNum(), masalah);
        continue;
      }
      Map<String, Nilai> values = new LinkedHashMap<>();
      for (Map.Entry<Integer, String> h : header.entrySet()) {
        if (!r.hasCell(h.getKey())) {
          continue;
        }
        Cell c = r.getCell(h.getKey());
        if (c == null || c.getType() == CellType.EMPTY) {
          continue;
        }
        Optional<LocalDate> date = Optional.empty();
        String text = c.getText() == null ? "" : c.getText().strip();
        if (c.getType() == CellType.NUMBER && isDateColumn(h.getValue())) {
          try {
            date = Optional.of(c.asDate().toLocalDate());
          } catch (RuntimeException e) {
            // not a date serial: reported as a bad date below
          }
        }
        if (!text.isEmpty() || date.isPresent()) {
          values.put(h.getValue(), new Nilai(text, date, h.getKey()));
        }
      }
      if (!values.isEmpty()) {
        rows.add(new Baris(r.getRowNum(), values, header));
      }
    }
  }

  private static boolean isDateColumn(String h) {
    return h.equals("mulai") || h.equals("selesai") || h.endsWith("_tanggal");
  }

  private static void readCsv(Path file, List<Baris> rows, List<Masalah> masalah)
      throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    char sep = firstLine(text).contains(";") && !firstLine(text).contains(",") ? ';' : ',';
    try (Reader r = new java.io.StringReader(text);
        CSVParser p = CSVFormat.RFC4180.builder().setDelimiter(sep).get().parse(r)) {
      Map<Integer, String> header = null;
      for (CSVRecord rec : p) {
        int row = (int) rec.getRecordNumber();
        if (header == null) {
          header = headers(rec.toList(), row, masalah);
          continue;
        }
        Map<String, Nilai> values = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> h : header.entrySet()) {
          if (h.getKey() < rec.size() && !rec.get(h.getKey()).isBlank()) {
            values.put(
                h.getValue(), new Nilai(rec.get(h.getKey()).strip(), Optional.empty(), h.getKey()));
          }
        }
        if (!values.isEmpty()) {
          rows.add(new Baris(row, values, header));
        }
      }
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      masalah.add(
          new Masalah("CSV", 0, "-", "-", Message.of("surat.lembar.rusak", e.getMessage())));
    }
  }

  private static String firstLine(String s) {
    int i = s.indexOf('\n');
    return i < 0 ? s : s.substring(0, i);
  }

  /** One row turned into a penugasan, or problems. */
  private static final class Row_ {
    private final Baris b;
    private final String lembar;
    private final Indeks ix;
    private final UnitOrganisasi org;
    private final List<Masalah> masalah;
    private final Set<String> ids;
    private boolean ok = true;

    Row_(
        Baris b,
        String lembar,
        Indeks ix,
        UnitOrganisasi org,
        List<Masalah> masalah,
        Set<String> ids) {
      this.b = b;
      this.lembar = lembar;
      this.ix = ix;
      this.org = org;
      this.masalah = masalah;
      this.ids = ids;
    }

    private void salah(String kolom, Message m) {
      ok = false;
      Nilai n = b.nilai().get(kolom);
      masalah.add(
          new Masalah(lembar, b.nomor(), n == null ? b.huruf(kolom) : huruf(n.kolom()), kolom, m));
    }

    private Optional<String> teks(String k) {
      return Optional.ofNullable(b.nilai().get(k)).map(Nilai::teks).filter(s -> !s.isEmpty());
    }

    private Optional<String> wajib(String k) {
      Optional<String> t = teks(k);
      if (t.isEmpty()) {
        ok = false;
        masalah.add(
            new Masalah(lembar, b.nomor(), b.huruf(k), k, Message.of("surat.lembar.wajib", k)));
      }
      return t;
    }

    private Optional<LocalDate> tanggal(String k) {
      Nilai n = b.nilai().get(k);
      if (n == null) {
        return Optional.empty();
      }
      if (n.tanggal().isPresent()) {
        return n.tanggal();
      }
      for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DMY)) {
        try {
          return Optional.of(LocalDate.parse(n.teks(), f));
        } catch (DateTimeParseException e) {
          // try the next form
        }
      }
      salah(k, Message.of("surat.lembar.tanggal", n.teks()));
      return Optional.empty();
    }

    private <E extends Enum<E> & Keyed> Optional<E> pilihan(String k, Class<E> type) {
      Optional<String> t = teks(k);
      if (t.isEmpty()) {
        return Optional.empty();
      }
      E e = Keyed.byKey(type, t.get().toLowerCase(Locale.ROOT));
      if (e == null) {
        List<String> keys = new ArrayList<>();
        for (E x : type.getEnumConstants()) {
          keys.add(x.key());
        }
        salah(k, Message.of("surat.lembar.nilai", t.get(), String.join(", ", keys)));
        return Optional.empty();
      }
      return Optional.of(e);
    }

    private Optional<JabatanId> jabatan(String k) {
      return teks(k).flatMap(t -> jabatan(k, t));
    }

    /** One position reference {@code t} written in column {@code k}. */
    private Optional<JabatanId> jabatan(String k, String t) {
      if (t.equals(JabatanId.KEPALA_DAERAH_KEY)) {
        return Optional.of(JabatanId.KEPALA_DAERAH);
      }
      int slash = t.indexOf('/');
      JabatanId id =
          slash < 0 ? null : new JabatanId(t.substring(0, slash), t.substring(slash + 1));
      if (id == null || ix.jabatan(id).isEmpty()) {
        List<String> known = new ArrayList<>();
        ix.semuaJabatan().forEach(j -> known.add(j.id().toString()));
        salah(k, Message.of("surat.lembar.jabatan", t, saran(t, known)));
        return Optional.empty();
      }
      return Optional.of(id);
    }

    /** Items of a list cell: separated by semicolons or line breaks, blanks dropped. */
    private static List<String> daftar(Optional<String> cell) {
      List<String> out = new ArrayList<>();
      cell.ifPresent(
          t -> {
            for (String x : t.split("[;\\n]", -1)) {
              if (!x.isBlank()) {
                out.add(x.strip());
              }
            }
          });
      return out;
    }

    private boolean ada(List<String> kolom) {
      return kolom.stream().anyMatch(k -> teks(k).isPresent());
    }

    /** A column required because others in its group are filled. */
    private Optional<String> wajibBila(String k, Message m) {
      Optional<String> t = teks(k);
      if (t.isEmpty()) {
        ok = false;
        masalah.add(new Masalah(lembar, b.nomor(), b.huruf(k), k, m));
      }
      return t;
    }

    /**
     * The surat permohonan pelibatan and its answer, when the row records one. Its maksud dan
     * tujuan, target kinerja and durasi are the row's own.
     */
    private Optional<Permohonan> permohonan(
        Optional<String> maksud, List<String> target, Optional<String> durasi) {
      boolean adaPermohonan = ada(KOLOM_PERMOHONAN);
      boolean adaJawaban = ada(KOLOM_JAWABAN);
      if (!adaPermohonan) {
        if (adaJawaban) {
          String k = KOLOM_JAWABAN.stream().filter(x -> teks(x).isPresent()).findFirst().get();
          salah(k, Message.of("surat.lembar.jawaban-tanpa-permohonan"));
        }
        return Optional.empty();
      }
      Optional<JabatanId> dari =
          wajibBila("permohonan_dari", Message.of("surat.lembar.permohonan", "permohonan_dari"))
              .flatMap(t -> jabatan("permohonan_dari", t));
      Optional<JabatanId> kepada =
          wajibBila("permohonan_kepada", Message.of("surat.lembar.permohonan", "permohonan_kepada"))
              .flatMap(t -> jabatan("permohonan_kepada", t));
      Optional<LocalDate> tanggal = tanggal("permohonan_tanggal");
      List<JabatanId> tembusan = new ArrayList<>();
      for (String t : daftar(teks("permohonan_tembusan"))) {
        jabatan("permohonan_tembusan", t).ifPresent(tembusan::add);
      }
      Optional<Jawaban> jawaban = Optional.empty();
      if (adaJawaban) {
        Optional<String> setuju = wajibBila("jawaban", Message.of("surat.lembar.jawaban"));
        Optional<Boolean> ya = Optional.empty();
        if (setuju.isPresent()) {
          String v = setuju.get().toLowerCase(Locale.ROOT);
          if (PILIHAN_JAWABAN.contains(v)) {
            ya = Optional.of(v.equals("setuju"));
          } else {
            salah(
                "jawaban",
                Message.of("surat.lembar.nilai", setuju.get(), String.join(", ", PILIHAN_JAWABAN)));
          }
        }
        Optional<LocalDate> jTanggal = tanggal("jawaban_tanggal");
        Optional<JabatanId> jDari = jabatan("jawaban_dari");
        if (ya.isPresent()) {
          jawaban =
              Optional.of(
                  new Jawaban(
                      teks("jawaban_nomor"), jTanggal, jDari, ya.get(), teks("jawaban_alasan")));
        }
      }
      if (dari.isEmpty() || kepada.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new Permohonan(
              teks("permohonan_nomor"),
              tanggal,
              dari.get(),
              kepada.get(),
              tembusan,
              maksud,
              teks("permohonan_kompetensi"),
              target,
              durasi,
              jawaban));
    }

    private static String saran(String wrong, List<String> known) {
      return Suggest.best(wrong, known).orElse("-");
    }

    Optional<Penugasan> build() {
      Optional<String> id = wajib("id");
      if (id.isPresent()) {
        if (!ID.matcher(id.get()).matches()) {
          salah("id", Message.of("surat.lembar.id", id.get()));
        } else if (!ids.add(id.get())) {
          salah("id", Message.of("surat.lembar.id-ganda", id.get()));
        }
      }
      Optional<String> nip = wajib("pegawai").map(Nip::normalise);
      Optional<UnitId> asal = Optional.empty();
      if (nip.isPresent()) {
        if (ix.pegawai(nip.get()).isEmpty()) {
          List<String> known = ix.daerah().pegawai().stream().map(g -> g.nip()).toList();
          salah("pegawai", Message.of("surat.lembar.pegawai", nip.get(), saran(nip.get(), known)));
        } else {
          List<Jabatan> held = ix.jabatanOf(nip.get());
          if (held.isEmpty()) {
            salah("pegawai", Message.of("surat.lembar.asal", nip.get()));
          } else {
            asal = Optional.of(held.get(0).unit());
          }
        }
      }
      Optional<String> ref = teks("tujuan");
      Optional<String> luar = teks("tujuan_instansi");
      if (ref.isPresent()) {
        int slash = ref.get().indexOf('/');
        UnitId u =
            slash < 0
                ? UnitId.root(ref.get())
                : UnitId.of(ref.get().substring(0, slash), ref.get().substring(slash + 1));
        if (ix.unit(u).isEmpty()) {
          List<String> known = new ArrayList<>();
          ix.semuaUnit().forEach(x -> known.add(x.id().toString()));
          salah("tujuan", Message.of("surat.lembar.unit", ref.get(), saran(ref.get(), known)));
        }
      } else if (luar.isEmpty()) {
        ok = false;
        masalah.add(
            new Masalah(
                lembar, b.nomor(), b.huruf("tujuan"), "tujuan", Message.of("surat.lembar.tujuan")));
      }
      Optional<Lingkup> lingkup = pilihan("lingkup", Lingkup.class);
      CaraPenugasan cara = pilihan("cara", CaraPenugasan.class).orElse(CaraPenugasan.PENUNJUKAN);
      Optional<String> maksud = wajib("maksud_tujuan");
      Optional<LocalDate> mulai = tanggal("mulai");
      if (b.nilai().get("mulai") == null) {
        wajib("mulai");
      }
      Optional<LocalDate> selesai = tanggal("selesai");
      if (mulai.isPresent() && selesai.isPresent() && selesai.get().isBefore(mulai.get())) {
        salah("selesai", Message.of("surat.lembar.selesai", selesai.get(), mulai.get()));
      }
      Optional<JenisInstrumen> jenis = pilihan("dasar_jenis", JenisInstrumen.class);
      Optional<JabatanId> penetap = jabatan("dasar_penetap");
      Optional<LocalDate> dasarTanggal = tanggal("dasar_tanggal");
      Optional<JabatanId> lapor = jabatan("melapor_kepada");
      List<String> target = daftar(teks("target_kinerja"));
      Optional<Permohonan> permohonan = permohonan(maksud, target, teks("durasi"));
      if (!ok || id.isEmpty() || asal.isEmpty() || mulai.isEmpty()) {
        return Optional.empty();
      }
      Lingkup l;
      if (lingkup.isPresent()) {
        l = lingkup.get();
      } else if (luar.isPresent() && ref.isEmpty()) {
        l = Lingkup.LINTAS_INSTANSI;
      } else {
        l = org.individu(asal.get(), tujuanOr(ref, asal));
      }
      Optional<Dasar> dasar =
          jenis.isPresent() && penetap.isPresent()
              ? Optional.of(
                  new Dasar(jenis.get(), penetap.get(), teks("dasar_nomor"), dasarTanggal))
              : Optional.empty();
      Optional<UnitId> tujuanFinal =
          ref.isPresent() ? Optional.of(tujuanOr(ref, asal)) : Optional.empty();
      return Optional.of(
          new Penugasan(
              id.get(),
              nip.get(),
              asal.get(),
              tujuanFinal,
              luar.filter(x -> ref.isEmpty()).map(x -> new TujuanLuar(x, Optional.empty())),
              l,
              cara,
              maksud,
              target,
              Optional.of(new Periode(mulai.get(), selesai)),
              teks("durasi"),
              teks("pengaturan_lain"),
              dasar,
              Optional.empty(),
              Optional.empty(),
              lapor,
              permohonan));
    }

    private UnitId tujuanOr(Optional<String> ref, Optional<UnitId> asal) {
      if (ref.isEmpty()) {
        return asal.orElseThrow();
      }
      int slash = ref.get().indexOf('/');
      return slash < 0
          ? UnitId.root(ref.get())
          : UnitId.of(ref.get().substring(0, slash), ref.get().substring(slash + 1));
    }
  }

  /** The template sheet: the headers, one example row, and a sheet explaining each column. */
  public static byte[] contoh() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Workbook wb = new Workbook(out, "sisker", "1.0");
    Worksheet ws = wb.newWorksheet(LEMBAR);
    for (int i = 0; i < KOLOM.size(); i++) {
      ws.value(0, i, KOLOM.get(i).nama());
      ws.style(0, i).bold().set();
      ws.value(1, i, KOLOM.get(i).contoh());
      ws.width(i, 24);
    }
    Worksheet help = wb.newWorksheet("Petunjuk");
    help.value(0, 0, "kolom");
    help.value(0, 1, "wajib");
    help.value(0, 2, "isi");
    help.value(0, 3, "contoh");
    for (int c = 0; c < 4; c++) {
      help.style(0, c).bold().set();
    }
    for (int i = 0; i < KOLOM.size(); i++) {
      Kolom k = KOLOM.get(i);
      help.value(i + 1, 0, k.nama());
      help.value(i + 1, 1, k.wajib() ? "ya" : "");
      help.value(i + 1, 2, k.uraian());
      help.value(i + 1, 3, k.contoh());
    }
    help.width(0, 18);
    help.width(2, 70);
    help.width(3, 30);
    wb.finish();
    return out.toByteArray();
  }
}
