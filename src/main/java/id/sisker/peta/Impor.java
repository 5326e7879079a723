package id.sisker.peta;

import id.sisker.text.Suggest;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a peta jabatan from sheets into perangkat daerah, units and jabatan. Recognises the columns
 * by their heads (the layout {@code sisker rekap} writes, and the usual ANJAB/ABK heads) and the
 * hierarchy by a level column, a numbered hierarchy ("1.", "1.1", "1.1.2") or a superior column;
 * with none of these each unit's head becomes the superior of the unit's other jabatan. Every cell
 * that cannot be used is reported with its sheet, row and column.
 */
public final class Impor {

  /** The columns a sheet may have. */
  enum Kolom {
    PD,
    BARIS,
    TINGKAT,
    NO,
    NAMA,
    JENIS,
    JENJANG,
    KELAS,
    B,
    K,
    SELISIH,
    KETERANGAN,
    ID,
    ATASAN,
    UNIT,
    NIP,
    DATA
  }

  private static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9_-]*$");
  private static final Pattern BERNOMOR = Pattern.compile("^[0-9]+(\\.[0-9]+)*\\.?$");
  private static final Pattern ILMIAH = Pattern.compile("^[0-9](\\.[0-9]+)?[eE][+]?[0-9]+$");
  private static final Pattern BULAT = Pattern.compile("^[0-9]+(\\.0+)?$");

  private final String berkas;
  private final List<Masalah> masalah = new ArrayList<>();
  private final Map<String, Kolom> kepala = new HashMap<>();
  private final Map<String, String> jenis = new HashMap<>();
  private final Map<String, String> jenjang = new HashMap<>();
  private final Map<String, String> baris = new HashMap<>();
  private final Set<String> pdIds = new HashSet<>();

  private final Optional<Pemetaan> pemetaan;

  /** Whether rows hidden in the spreadsheet program are imported (else skipped and reported). */
  private final boolean denganTersembunyi;

  /** Reads "Data sisker" cells; without a YAML reader every such cell is reported unread. */
  private final DataSel dataSel;

  private Optional<ImporHasil.Daerah> daerah = Optional.empty();
  private final List<ImporHasil.Pegawai> pegawai = new ArrayList<>();
  private final Set<String> nipPegawai = new HashSet<>();

  private Impor(
      String berkas, Optional<Pemetaan> pemetaan, boolean denganTersembunyi, DataSel dataSel) {
    this.berkas = berkas;
    this.pemetaan = pemetaan;
    this.denganTersembunyi = denganTersembunyi;
    this.dataSel = dataSel;
    for (String lang : List.of("id", "en")) {
      Teks t = Teks.of(lang);
      kenal(t.text("kolom.pd"), Kolom.PD);
      kenal(t.text("kolom.baris"), Kolom.BARIS);
      kenal(t.text("kolom.tingkat"), Kolom.TINGKAT);
      kenal(t.text("kolom.no"), Kolom.NO);
      kenal(t.text("kolom.jabatan"), Kolom.NAMA);
      kenal(t.text("kolom.jenis"), Kolom.JENIS);
      kenal(t.text("kolom.jenjang"), Kolom.JENJANG);
      kenal(t.text("kolom.kelas"), Kolom.KELAS);
      kenal(t.text("kolom.b"), Kolom.B);
      kenal(t.text("kolom.k"), Kolom.K);
      kenal(t.text("kolom.selisih"), Kolom.SELISIH);
      kenal(t.text("kolom.keterangan"), Kolom.KETERANGAN);
      kenal(t.text("kolom.id"), Kolom.ID);
      kenal(t.text("kolom.data"), Kolom.DATA);
      for (String j :
          List.of(
              "jpt_madya", "jpt_pratama", "administrator", "pengawas", "fungsional", "pelaksana")) {
        jenis.put(norm(t.text("jenis." + j)), j);
        jenis.put(norm(j), j);
      }
      for (String j :
          List.of(
              "pemula",
              "terampil",
              "mahir",
              "penyelia",
              "ahli_pertama",
              "ahli_muda",
              "ahli_madya",
              "ahli_utama")) {
        jenjang.put(norm(t.text("jenjang." + j)), j);
        jenjang.put(norm(j), j);
      }
      for (Baris.Jenis b : Baris.Jenis.values()) {
        baris.put(norm(t.text("baris." + b.name().toLowerCase(Locale.ROOT))), b.name());
      }
    }
    for (String s : List.of("nama jabatan", "jabatan", "nama unit / jabatan", "position")) {
      kenal(s, Kolom.NAMA);
    }
    for (String s : List.of("nomor", "no urut", "number")) {
      kenal(s, Kolom.NO);
    }
    kenal("jenis", Kolom.JENIS);
    kenal("kelas", Kolom.KELAS);
    kenal("bezetting", Kolom.B);
    kenal("kebutuhan", Kolom.K);
    kenal("abk", Kolom.K);
    kenal("selisih", Kolom.SELISIH);
    kenal("+/-", Kolom.SELISIH);
    kenal("ket", Kolom.KETERANGAN);
    for (String s : List.of("atasan", "id atasan", "atasan langsung", "induk", "parent")) {
      kenal(s, Kolom.ATASAN);
    }
    for (String s : List.of("unit", "unit kerja", "unit organisasi")) {
      kenal(s, Kolom.UNIT);
    }
    for (String s : List.of("nip", "nip pemangku", "pemangku")) {
      kenal(s, Kolom.NIP);
    }
    kenal("opd", Kolom.PD);
    kenal("level", Kolom.TINGKAT);
    jenis.put("jpt", "jpt_pratama");
    jenis.put("jf", "fungsional");
    jenis.put("jabatan fungsional", "fungsional");
    jenis.put("jabatan pelaksana", "pelaksana");
    jenis.put("jabatan administrator", "administrator");
    jenis.put("jabatan pengawas", "pengawas");
  }

  private void kenal(String head, Kolom k) {
    kepala.put(norm(head), k);
  }

  /** Lower case, single spaces, no trailing colon or full stop. */
  static String norm(String s) {
    String n = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    while (n.endsWith(":") || n.endsWith(".")) {
      n = n.substring(0, n.length() - 1).strip();
    }
    return n;
  }

  /**
   * Imports the sheets of one file.
   *
   * @param berkas the file name, as the problems name it
   */
  public static ImporHasil impor(String berkas, List<Lembar> lembar) {
    return impor(berkas, lembar, Optional.empty());
  }

  /** Imports with the columns where {@code pemetaan} says they are. */
  public static ImporHasil impor(String berkas, List<Lembar> lembar, Optional<Pemetaan> pemetaan) {
    return impor(berkas, lembar, pemetaan, false);
  }

  /**
   * Imports; rows hidden in the spreadsheet program are skipped and reported by sheet and row,
   * unless {@code denganTersembunyi}.
   */
  public static ImporHasil impor(
      String berkas, List<Lembar> lembar, Optional<Pemetaan> pemetaan, boolean denganTersembunyi) {
    return impor(berkas, lembar, pemetaan, denganTersembunyi, t -> DataSel.Hasil.gagal("YAML"));
  }

  /**
   * Imports, reading the "Data sisker" cells of a {@code rekap --lengkap} workbook (and its Daerah
   * and Pegawai sheets) with {@code dataSel}.
   */
  public static ImporHasil impor(
      String berkas,
      List<Lembar> lembar,
      Optional<Pemetaan> pemetaan,
      boolean denganTersembunyi,
      DataSel dataSel) {
    Impor i = new Impor(berkas, pemetaan, denganTersembunyi, dataSel);
    List<ImporHasil.Pd> pd = new ArrayList<>();
    Optional<String> pilih = pemetaan.flatMap(Pemetaan::lembar);
    if (pilih.isPresent() && lembar.stream().noneMatch(l -> l.nama().equals(pilih.get()))) {
      List<String> names = lembar.stream().map(Lembar::nama).toList();
      i.masalah.add(
          new Masalah(
              berkas,
              "",
              0,
              "",
              true,
              "pemetaan-lembar-tidak-ada",
              List.of(pilih.get(), String.join(", ", names))));
    }
    for (Lembar l : lembar) {
      if (pilih.isPresent() && !l.nama().equals(pilih.get())) {
        i.tambah(l, 0, -1, false, "pemetaan-lembar-lain", l.nama(), pilih.get());
        continue;
      }
      pd.addAll(i.lembar(l));
    }
    if (pd.isEmpty()) {
      i.masalah.add(new Masalah(berkas, "", 0, "", true, "tidak-ada-jabatan", List.of()));
    }
    return new ImporHasil(pd, i.masalah, i.daerah, i.pegawai);
  }

  private void tambah(Lembar l, int row, int col, boolean galat, String kunci, Object... args) {
    masalah.add(
        new Masalah(
            berkas, l.nama(), row, col < 0 ? "" : Lembar.kolom(col), galat, kunci, List.of(args)));
  }

  // ---------------------------------------------------------------------------------------------

  /** A unit while it is being built. */
  private static final class U {
    final String nama;
    final int tingkat;
    final int row;
    String id;
    final List<J> jabatan = new ArrayList<>();
    final List<U> unit = new ArrayList<>();
    U induk;
    Map<String, String> data = Map.of();

    U(String nama, String id, int tingkat, int row) {
      this.nama = nama;
      this.id = id;
      this.tingkat = tingkat;
      this.row = row;
    }
  }

  /** A jabatan while it is being built. */
  private static final class J {
    String id;
    final String nama;
    final String jenis;
    final String jenjang;
    final int kelas;
    final int kebutuhan;
    final int tingkat;
    final String nomor;
    final int row;
    final List<String> pemangku;
    J atasan;
    Map<String, String> data = Map.of();
    int bTanpaNip;
    String atasanTertulis = "";
    int atasanKolom = -1;

    J(
        String nama,
        String jenis,
        String jenjang,
        int kelas,
        int kebutuhan,
        int tingkat,
        String nomor,
        int row,
        List<String> pemangku) {
      this.nama = nama;
      this.jenis = jenis;
      this.jenjang = jenjang;
      this.kelas = kelas;
      this.kebutuhan = kebutuhan;
      this.tingkat = tingkat;
      this.nomor = nomor;
      this.row = row;
      this.pemangku = pemangku;
    }
  }

  /** A perangkat daerah while it is being built. */
  private static final class P {
    final String kunci;
    String nama;
    final U akar;
    final Set<String> jabIds = new HashSet<>();
    final Set<String> unitIds = new HashSet<>();
    final List<J> semua = new ArrayList<>();
    final Map<String, U> unitMenurutNama = new HashMap<>();
    final Deque<U> units = new ArrayDeque<>();
    final Deque<J> jabs = new ArrayDeque<>();
    U unitTerakhir;
    String idTertulis = "";
    int bTanpaNip;
    int jabTanpaNip;
    final List<Integer> barisTanpaNip = new ArrayList<>();

    P(String kunci, String nama) {
      this.kunci = kunci;
      this.nama = nama;
      this.akar = new U(nama, "", -1, 0);
      this.unitTerakhir = akar;
    }
  }

  private List<ImporHasil.Pd> lembar(Lembar l) {
    if (l.tersembunyi()) {
      tambah(l, 0, -1, false, "lembar-tersembunyi", l.nama());
      return List.of();
    }
    if (pemetaan.isEmpty() && lembarLain(l)) {
      return List.of();
    }
    int h = -1;
    Map<Kolom, Integer> kol = new LinkedHashMap<>();
    int barisJudul = pemetaan.map(Pemetaan::barisJudul).orElse(0);
    if (barisJudul > 0) {
      for (int r = 0; r < l.baris().size(); r++) {
        if (l.baris().get(r).nomor() == barisJudul) {
          h = r;
        }
      }
      if (h < 0) {
        tambah(l, barisJudul, -1, true, "pemetaan-baris-kosong", barisJudul);
        return List.of();
      }
    }
    for (int r = 0; r < Math.min(l.baris().size(), 30) && h < 0; r++) {
      Lembar.Baris b = l.baris().get(r);
      for (Lembar.Isi c : b.sel()) {
        if (kepala.get(norm(c.teks())) == Kolom.NAMA) {
          h = r;
          break;
        }
      }
    }
    if (h < 0 && pemetaan.isPresent()) {
      h = 0; // the mapping names the columns; the first row is taken as their heads
    }
    if (h < 0) {
      tambah(l, 0, -1, false, "lembar-dilewati", l.nama());
      return List.of();
    }
    Lembar.Baris head = l.baris().get(h);
    if (pemetaan.isPresent()) {
      if (!petakan(l, head, pemetaan.get(), kol)) {
        return List.of();
      }
    }
    for (int c = 0; c < head.sel().size() && pemetaan.isEmpty(); c++) {
      String t = head.sel(c).teks();
      if (t.isEmpty()) {
        continue;
      }
      Kolom k = kepala.get(norm(t));
      if (k == null) {
        tambah(l, head.nomor(), c, false, "kolom-tidak-dikenal", t);
      } else if (kol.containsKey(k)) {
        tambah(l, head.nomor(), c, false, "kolom-ganda", t, Lembar.kolom(kol.get(k)));
      } else {
        kol.put(k, c);
      }
    }
    if (pemetaan.isPresent()) {
      Set<Integer> dipakai = new HashSet<>(kol.values());
      for (int c = 0; c < head.sel().size(); c++) {
        if (!dipakai.contains(c) && !head.sel(c).teks().isEmpty()) {
          tambah(l, head.nomor(), c, false, "kolom-tidak-dipetakan", head.sel(c).teks());
        }
      }
    }
    String judul = l.nama();
    for (int r = 0; r < h; r++) {
      Optional<Lembar.Isi> first =
          l.baris().get(r).sel().stream().filter(i -> !i.teks().isEmpty()).findFirst();
      if (first.isPresent()) {
        judul = first.get().teks().replaceFirst("(?i)^peta jabatan\\s+", "");
        break;
      }
    }
    if (pemetaan.flatMap(Pemetaan::perangkatDaerah).isPresent()) {
      judul = pemetaan.get().perangkatDaerah().get();
    }
    boolean bernomor = false;
    if (kol.containsKey(Kolom.NO) && !kol.containsKey(Kolom.TINGKAT)) {
      for (Lembar.Baris b : l.baris().subList(h + 1, l.baris().size())) {
        String no = b.sel(kol.get(Kolom.NO)).teks();
        if (no.matches("^[0-9]+\\.[0-9].*")) {
          bernomor = true;
          break;
        }
      }
    }
    // Indented names (leading spaces, or an XLSX cell indent) are the hierarchy when the sheet has
    // no level column, no numbering and no superior column: each distinct indent is one level.
    menjorok.clear();
    if (!kol.containsKey(Kolom.TINGKAT) && !bernomor && !kol.containsKey(Kolom.ATASAN)) {
      java.util.TreeSet<Integer> indents = new java.util.TreeSet<>();
      for (Lembar.Baris b : l.baris().subList(h + 1, l.baris().size())) {
        Lembar.Isi n = b.sel(kol.get(Kolom.NAMA));
        if (!n.teks().isEmpty()) {
          indents.add(n.indent());
        }
      }
      if (indents.size() > 1) {
        int level = 1;
        for (int i : indents) {
          menjorok.put(i, level++);
        }
      }
    }
    int lebar = head.sel().size();
    Map<String, P> pds = new LinkedHashMap<>();
    String pdSebelum = "";
    String unitSebelum = "";
    List<Integer> tersembunyi = new ArrayList<>();
    for (Lembar.Baris b : l.baris().subList(h + 1, l.baris().size())) {
      if (b.kosong()) {
        continue;
      }
      if (b.tersembunyi() && !denganTersembunyi) {
        tersembunyi.add(b.nomor());
        continue;
      }
      for (int c = 0; c < b.sel().size(); c++) {
        if (!b.sel(c).teks().isEmpty() && (c >= lebar || head.sel(c).teks().isEmpty())) {
          tambah(l, b.nomor(), c, false, "sel-tanpa-kolom", b.sel(c).teks());
        }
      }
      String pdKunci = judul;
      if (kol.containsKey(Kolom.PD)) {
        pdKunci = b.sel(kol.get(Kolom.PD)).teks();
        if (pdKunci.isEmpty()) {
          pdKunci = pdSebelum; // a merged cell: the value sits in the first row only
        }
        if (pdKunci.isEmpty()) {
          tambah(l, b.nomor(), kol.get(Kolom.PD), true, "pd-kosong");
          continue;
        }
        pdSebelum = pdKunci;
      }
      P p = pds.computeIfAbsent(pdKunci, k -> new P(k, k));
      baris(l, b, kol, p, bernomor, unitSebelum);
      if (kol.containsKey(Kolom.UNIT) && !b.sel(kol.get(Kolom.UNIT)).teks().isEmpty()) {
        unitSebelum = b.sel(kol.get(Kolom.UNIT)).teks();
      }
    }
    if (!tersembunyi.isEmpty()) {
      tambah(
          l,
          tersembunyi.size() == 1 ? tersembunyi.get(0) : 0,
          -1,
          false,
          "baris-tersembunyi",
          tersembunyi.size(),
          rentang(tersembunyi));
    }
    List<ImporHasil.Pd> out = new ArrayList<>();
    for (P p : pds.values()) {
      out.add(selesai(l, p, kol, bernomor));
    }
    return out;
  }

  private static final Map<String, Kolom> KUNCI =
      Map.ofEntries(
          Map.entry("nama", Kolom.NAMA),
          Map.entry("jenis", Kolom.JENIS),
          Map.entry("jenjang", Kolom.JENJANG),
          Map.entry("kelas", Kolom.KELAS),
          Map.entry("b", Kolom.B),
          Map.entry("k", Kolom.K),
          Map.entry("unit", Kolom.UNIT),
          Map.entry("atasan", Kolom.ATASAN),
          Map.entry("nip", Kolom.NIP),
          Map.entry("id", Kolom.ID),
          Map.entry("no", Kolom.NO),
          Map.entry("tingkat", Kolom.TINGKAT),
          Map.entry("perangkat_daerah", Kolom.PD));

  private static final Pattern HURUF = Pattern.compile("^[A-Z]{1,3}$");

  /** The columns where the mapping puts them: by letter, or by head text. */
  private boolean petakan(Lembar l, Lembar.Baris head, Pemetaan p, Map<Kolom, Integer> kol) {
    boolean ok = true;
    List<String> heads =
        head.sel().stream().map(Lembar.Isi::teks).filter(t -> !t.isEmpty()).toList();
    for (String key : new java.util.TreeSet<>(p.kolom().keySet())) {
      Kolom k = KUNCI.get(key);
      String v = p.kolom().get(key).strip();
      if (k == null) {
        continue; // the format has already refused unknown keys
      }
      int c = -1;
      if (HURUF.matcher(v).matches()) {
        c = 0;
        for (int i = 0; i < v.length(); i++) {
          c = c * 26 + (v.charAt(i) - 'A' + 1);
        }
        c--;
      } else {
        for (int i = 0; i < head.sel().size(); i++) {
          if (norm(head.sel(i).teks()).equals(norm(v))) {
            c = i;
            break;
          }
        }
      }
      if (c < 0) {
        tambah(
            l,
            head.nomor(),
            -1,
            true,
            "pemetaan-kolom-tidak-ada",
            key,
            v,
            Suggest.best(v, heads).orElse(String.join(", ", heads)));
        ok = false;
      } else {
        kol.put(k, c);
      }
    }
    return ok && kol.containsKey(Kolom.NAMA);
  }

  private void baris(
      Lembar l,
      Lembar.Baris b,
      Map<Kolom, Integer> kol,
      P p,
      boolean bernomor,
      String unitSebelum) {
    String jenisBaris = "";
    if (kol.containsKey(Kolom.BARIS)) {
      String t = b.sel(kol.get(Kolom.BARIS)).teks();
      jenisBaris = baris.getOrDefault(norm(t), "");
      if (jenisBaris.isEmpty()) {
        tambah(
            l,
            b.nomor(),
            kol.get(Kolom.BARIS),
            true,
            "baris-tidak-dikenal",
            t,
            String.join(", ", new java.util.TreeSet<>(baris.keySet())));
        return;
      }
      if (Baris.Jenis.valueOf(jenisBaris).jumlah()) {
        return;
      }
    }
    int namaKol = kol.get(Kolom.NAMA);
    String nama = b.sel(namaKol).teks().replaceAll("\\s+", " ");
    String jenisT = teks(b, kol, Kolom.JENIS);
    String kelasT = teks(b, kol, Kolom.KELAS);
    String bT = teks(b, kol, Kolom.B);
    String kT = teks(b, kol, Kolom.K);
    String noT = teks(b, kol, Kolom.NO);
    String idT = teks(b, kol, Kolom.ID);
    Map<String, String> data = Map.of();
    DataSel.Hasil dataH = new DataSel.Hasil(Map.of(), Map.of(), "");
    if (kol.containsKey(Kolom.DATA) && !teks(b, kol, Kolom.DATA).isEmpty()) {
      dataH = data(l, b.nomor(), kol.get(Kolom.DATA), teks(b, kol, Kolom.DATA));
      data = dataH.isi();
    }
    int tingkat = -1;
    if (!menjorok.isEmpty()) {
      tingkat = menjorok.getOrDefault(b.sel(namaKol).indent(), -1);
    }
    if (kol.containsKey(Kolom.TINGKAT)) {
      String t = teks(b, kol, Kolom.TINGKAT);
      if (t.isEmpty()) {
        tingkat = -1;
      } else if (BULAT.matcher(t).matches() && t.length() < 6) {
        tingkat = Integer.parseInt(t.replaceAll("\\..*", ""));
      } else {
        tambah(l, b.nomor(), kol.get(Kolom.TINGKAT), true, "bukan-bilangan", t);
        return;
      }
    }
    boolean unitBaris;
    if (!jenisBaris.isEmpty()) {
      if (jenisBaris.equals(Baris.Jenis.PERANGKAT_DAERAH.name())) {
        if (!nama.isEmpty()) {
          p.nama = nama;
        }
        p.idTertulis = idT;
        return;
      }
      unitBaris = jenisBaris.equals(Baris.Jenis.UNIT.name());
    } else {
      boolean angka = !bT.isEmpty() || !kT.isEmpty();
      if (angka && jenisT.isEmpty() && kelasT.isEmpty() && idT.isEmpty() && !nama.isEmpty()) {
        String n = norm(nama);
        if (n.startsWith("jumlah") || n.startsWith("total") || n.startsWith("sub total")) {
          return; // a subtotal row: sisker counts again
        }
      }
      unitBaris = !angka && jenisT.isEmpty() && kelasT.isEmpty() && noT.isEmpty();
    }
    if (nama.isEmpty()) {
      tambah(l, b.nomor(), namaKol, true, "nama-kosong");
      return;
    }
    if (unitBaris) {
      unitBaru(l, b, p, nama, idT, tingkat, kol, data);
      return;
    }
    // A jabatan.
    String jenisKey = jenis.get(norm(jenisT));
    if (jenisT.isEmpty()) {
      tambah(l, b.nomor(), kol.getOrDefault(Kolom.JENIS, -1), true, "jenis-kosong", nama);
      return;
    }
    if (jenisKey == null) {
      tambah(
          l,
          b.nomor(),
          kol.get(Kolom.JENIS),
          true,
          "jenis-tidak-dikenal",
          jenisT,
          saran(jenisT, jenis.keySet()));
      return;
    }
    String jenjangKey = "";
    String jenjangT = teks(b, kol, Kolom.JENJANG);
    if (!jenjangT.isEmpty()) {
      jenjangKey = jenjang.getOrDefault(norm(jenjangT), "");
      if (jenjangKey.isEmpty()) {
        tambah(
            l,
            b.nomor(),
            kol.get(Kolom.JENJANG),
            true,
            "jenjang-tidak-dikenal",
            jenjangT,
            saran(jenjangT, jenjang.keySet()));
      }
    } else if (jenisKey.equals("fungsional")) {
      jenjangKey = jenjangDariNama(nama);
      if (jenjangKey.isEmpty()) {
        tambah(l, b.nomor(), kol.getOrDefault(Kolom.JENJANG, -1), true, "jenjang-kosong", nama);
      }
    }
    int kelas = bilangan(l, b, kol, Kolom.KELAS, 1, 17, 0);
    int k = bilangan(l, b, kol, Kolom.K, 0, 100_000, -1);
    int bz = bilangan(l, b, kol, Kolom.B, 0, 100_000, -1);
    List<String> nips = nip(l, b, kol);
    int bTanpaNip = 0;
    if (kol.containsKey(Kolom.NIP) && data.containsKey("pemangku")) {
      // The NIP column is what the user sees and edits: it wins over the data cell.
      data = new LinkedHashMap<>(data);
      data.remove("pemangku");
    }
    if (data.containsKey("pemangku")) {
      int n = dataH.banyak().getOrDefault("pemangku", 0);
      if (bz >= 0 && bz != n) {
        tambah(l, b.nomor(), kol.get(Kolom.B), false, "b-lain-nip", bz, n);
      }
    } else if (bz >= 0
        && (!kol.containsKey(Kolom.NIP) || b.sel(kol.get(Kolom.NIP)).teks().isEmpty())) {
      // B without holders is written as `bezetting` (ADR 84); the B column, which the user sees
      // and edits, wins over a `bezetting` in the data cell.
      if (data.containsKey("bezetting")) {
        data = new LinkedHashMap<>(data);
        data.remove("bezetting");
      }
      if (bz > 0) {
        bTanpaNip = bz;
        p.bTanpaNip += bz;
        p.jabTanpaNip++;
        p.barisTanpaNip.add(b.nomor());
      }
    } else if (bz >= 0 && kol.containsKey(Kolom.NIP) && bz != nips.size()) {
      tambah(l, b.nomor(), kol.get(Kolom.B), false, "b-lain-nip", bz, nips.size());
    }
    if (!noT.isEmpty() && bernomor && !BERNOMOR.matcher(noT).matches()) {
      tambah(l, b.nomor(), kol.get(Kolom.NO), true, "nomor-tidak-sah", noT);
    }
    J j =
        new J(
            nama,
            jenisKey,
            jenjangKey,
            kelas,
            k,
            tingkat,
            noT.endsWith(".") ? noT.substring(0, noT.length() - 1) : noT,
            b.nomor(),
            nips);
    j.id = idT;
    j.data = data;
    j.bTanpaNip = bTanpaNip;
    if (kol.containsKey(Kolom.ATASAN)) {
      j.atasanTertulis = teks(b, kol, Kolom.ATASAN);
      j.atasanKolom = kol.get(Kolom.ATASAN);
    }
    // Which unit?
    U unit;
    if (kol.containsKey(Kolom.UNIT)) {
      String un = teks(b, kol, Kolom.UNIT).replaceAll("\\s+", " ");
      if (un.isEmpty()) {
        un = unitSebelum;
      }
      if (un.isEmpty() || norm(un).equals(norm(p.nama))) {
        unit = p.akar;
      } else {
        unit = p.unitMenurutNama.get(norm(un));
        if (unit == null) {
          unit = new U(un, "", 0, b.nomor());
          p.unitMenurutNama.put(norm(un), unit);
          p.akar.unit.add(unit);
        }
      }
    } else if (tingkat >= 0) {
      while (!p.units.isEmpty() && p.units.peek().tingkat >= tingkat) {
        p.units.pop();
      }
      unit = p.units.isEmpty() ? p.akar : alias(p.units.peek());
    } else {
      unit = p.unitTerakhir;
    }
    // Which superior?
    if (tingkat >= 0 && !kol.containsKey(Kolom.ATASAN)) {
      while (!p.jabs.isEmpty() && p.jabs.peek().tingkat >= tingkat) {
        p.jabs.pop();
      }
      j.atasan = p.jabs.peek();
      if (unit != p.akar && tingkat == unit.tingkat + 1) {
        // At the top of its unit: under the head of the nearest unit above that has one (the
        // recap lists a unit's own jabatan in any order before its sub-units).
        J a = null;
        for (U up = unit.induk; up != null && a == null; up = up.induk) {
          a = kepalaUnit.get(up);
        }
        j.atasan = a;
      }
      p.jabs.push(j);
    }
    if (!kepalaUnit.containsKey(unit)
        && unit.jabatan.isEmpty()
        && (tingkat < 0 || tingkat == unit.tingkat + 1 || unit == p.akar)
        && !jenisKey.equals("fungsional")
        && !jenisKey.equals("pelaksana")) {
      unit.jabatan.add(j);
      kepalaUnit.put(unit, j);
    } else {
      unit.jabatan.add(j);
    }
    p.semua.add(j);
  }

  private final Map<U, J> kepalaUnit = new HashMap<>();

  /** The sheet's indents → hierarchy levels (1, 2, …); empty when indentation is not used. */
  private final Map<Integer, Integer> menjorok = new HashMap<>();

  /** A "Data sisker" cell read with {@link #dataSel}; a cell that cannot be used is an error. */
  private DataSel.Hasil data(Lembar l, int row, int col, String text) {
    DataSel.Hasil h = dataSel.baca(text);
    if (!h.sah()) {
      tambah(l, row, col, true, "data-tidak-sah", h.salah());
      return new DataSel.Hasil(Map.of(), Map.of(), "");
    }
    return h;
  }

  /**
   * The Daerah and Pegawai sheets of a {@code rekap --lengkap} workbook (or any sheet whose heads
   * are "Nama Daerah", or "NIP" and "Nama" without a jabatan column): read here, not as a peta.
   *
   * @return whether {@code l} was such a sheet
   */
  private boolean lembarLain(Lembar l) {
    String namaDaerah = norm(Teks.of("id").text("kolom.nama-daerah"));
    String namaDaerahEn = norm(Teks.of("en").text("kolom.nama-daerah"));
    for (int r = 0; r < Math.min(l.baris().size(), 30); r++) {
      Lembar.Baris head = l.baris().get(r);
      Map<String, Integer> heads = new HashMap<>();
      for (int c = 0; c < head.sel().size(); c++) {
        heads.putIfAbsent(norm(head.sel(c).teks()), c);
      }
      Integer data = null;
      for (Map.Entry<String, Integer> e : heads.entrySet()) {
        if (kepala.get(e.getKey()) == Kolom.NAMA) {
          return false;
        }
        if (kepala.get(e.getKey()) == Kolom.DATA) {
          data = e.getValue();
        }
      }
      Integer daerahKol = heads.getOrDefault(namaDaerah, heads.get(namaDaerahEn));
      if (daerahKol != null) {
        for (Lembar.Baris b : l.baris().subList(r + 1, l.baris().size())) {
          String nama = b.sel(daerahKol).teks();
          if (nama.isEmpty()) {
            continue;
          }
          if (daerah.isPresent()) {
            tambah(l, b.nomor(), daerahKol, false, "daerah-ganda", nama);
            continue;
          }
          Map<String, String> isi =
              data == null || b.sel(data).teks().isEmpty()
                  ? Map.of()
                  : data(l, b.nomor(), data, b.sel(data).teks()).isi();
          daerah = Optional.of(new ImporHasil.Daerah(nama, isi));
        }
        return true;
      }
      Integer nipKol = heads.get("nip");
      Integer namaKol = heads.getOrDefault("nama", heads.get("name"));
      if (nipKol != null && namaKol != null) {
        Map<Kolom, Integer> kol = Map.of(Kolom.NIP, nipKol);
        for (Lembar.Baris b : l.baris().subList(r + 1, l.baris().size())) {
          if (b.kosong()) {
            continue;
          }
          if (b.tersembunyi() && !denganTersembunyi) {
            tambah(l, b.nomor(), -1, false, "baris-tersembunyi", 1, String.valueOf(b.nomor()));
            continue;
          }
          List<String> nip = nip(l, b, kol);
          String nama = b.sel(namaKol).teks();
          if (nip.size() != 1 || nama.isEmpty()) {
            if (nip.size() > 1 || (nama.isEmpty() && !b.sel(nipKol).teks().isEmpty())) {
              tambah(l, b.nomor(), namaKol, true, "pegawai-tidak-sah", b.sel(nipKol).teks());
            } else if (b.sel(nipKol).teks().isEmpty()) {
              tambah(l, b.nomor(), nipKol, true, "pegawai-tanpa-nip", nama);
            }
            continue;
          }
          if (!nipPegawai.add(nip.get(0))) {
            tambah(l, b.nomor(), nipKol, true, "pegawai-ganda", nip.get(0));
            continue;
          }
          Map<String, String> isi =
              data == null || b.sel(data).teks().isEmpty()
                  ? Map.of()
                  : data(l, b.nomor(), data, b.sel(data).teks()).isi();
          pegawai.add(new ImporHasil.Pegawai(nip.get(0), nama, isi));
        }
        return true;
      }
    }
    return false;
  }

  /** "Auditor Ahli Muda" → ahli_muda: the jenjang a jabatan fungsional's name ends with. */
  private String jenjangDariNama(String nama) {
    String n = norm(nama);
    String best = "";
    int len = 0;
    for (Map.Entry<String, String> e : jenjang.entrySet()) {
      if (n.endsWith(" " + e.getKey()) && e.getKey().length() > len) {
        best = e.getValue();
        len = e.getKey().length();
      }
    }
    return best;
  }

  private void unitBaru(
      Lembar l,
      Lembar.Baris b,
      P p,
      String nama,
      String idT,
      int tingkat,
      Map<Kolom, Integer> kol,
      Map<String, String> data) {
    if (tingkat >= 0) {
      boolean akar =
          p.units.isEmpty()
              && p.akar.jabatan.isEmpty()
              && p.akar.unit.isEmpty()
              && p.akar.tingkat < 0
              && (norm(nama).equals(norm(p.nama))
                  || (!idT.isEmpty() && idT.equals(p.idTertulis))
                  || (!idT.isEmpty() && idT.equals(p.kunci)));
      if (akar) {
        p.idTertulis = idT.isEmpty() ? p.idTertulis : idT;
        p.nama = nama;
        p.units.clear();
        p.units.push(new U(nama, idT, tingkat, b.nomor()));
        rootAlias.put(p.units.peek(), p.akar);
        p.akar.data = data;
        return;
      }
      while (!p.units.isEmpty() && p.units.peek().tingkat >= tingkat) {
        p.units.pop();
      }
      while (!p.jabs.isEmpty() && p.jabs.peek().tingkat > tingkat) {
        p.jabs.pop();
      }
      U induk = p.units.isEmpty() ? p.akar : alias(p.units.peek());
      U u = new U(nama, idT, tingkat, b.nomor());
      u.data = data;
      u.induk = induk;
      induk.unit.add(u);
      p.units.push(u);
      return;
    }
    if (kol.containsKey(Kolom.UNIT)) {
      // A heading row in a sheet that names the unit in its own column.
      tambah(l, b.nomor(), kol.get(Kolom.NAMA), false, "judul-diabaikan", nama);
      return;
    }
    if (norm(nama).equals(norm(p.nama)) && p.akar.jabatan.isEmpty() && p.akar.unit.isEmpty()) {
      p.akar.data = data;
      return;
    }
    U u = new U(nama, idT, 0, b.nomor());
    u.data = data;
    p.akar.unit.add(u);
    p.unitTerakhir = u;
  }

  private final Map<U, U> rootAlias = new HashMap<>();

  private U alias(U u) {
    return rootAlias.getOrDefault(u, u);
  }

  private static String teks(Lembar.Baris b, Map<Kolom, Integer> kol, Kolom k) {
    Integer c = kol.get(k);
    return c == null ? "" : b.sel(c).teks();
  }

  private int bilangan(
      Lembar l, Lembar.Baris b, Map<Kolom, Integer> kol, Kolom k, int min, int max, int none) {
    String t = teks(b, kol, k).replace(" ", "");
    if (t.isEmpty()) {
      return none;
    }
    if (!BULAT.matcher(t).matches()) {
      tambah(l, b.nomor(), kol.get(k), true, "bukan-bilangan", t);
      return none;
    }
    String digits = t.replaceAll("\\..*", "");
    if (digits.length() > 7 || Integer.parseInt(digits) < min || Integer.parseInt(digits) > max) {
      tambah(l, b.nomor(), kol.get(k), true, "di-luar-rentang", t, min, max);
      return none;
    }
    return Integer.parseInt(digits);
  }

  private List<String> nip(Lembar l, Lembar.Baris b, Map<Kolom, Integer> kol) {
    Integer c = kol.get(Kolom.NIP);
    if (c == null) {
      return List.of();
    }
    Lembar.Isi isi = b.sel(c);
    if (isi.teks().isEmpty()) {
      return List.of();
    }
    if (isi.angka()) {
      tambah(
          l, b.nomor(), c, true, "nip-angka", isi.mentah().isEmpty() ? isi.teks() : isi.mentah());
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : isi.teks().split("[,;\\n]+", -1)) {
      String s = part.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (ILMIAH.matcher(s.replace(",", ".")).matches()) {
        tambah(l, b.nomor(), c, true, "nip-angka", s);
        continue;
      }
      String digits = s.replaceFirst("^(?i)NIP\\.?\\s*", "").replaceAll("[ .]", "");
      if (!digits.matches("^[0-9]{18}$")) {
        tambah(l, b.nomor(), c, true, "nip-tidak-sah", s);
        continue;
      }
      out.add(digits);
    }
    return out;
  }

  private static String saran(String wrong, Set<String> known) {
    return Suggest.best(norm(wrong), known)
        .orElse(String.join(", ", known.stream().sorted().toList()));
  }

  // ---------------------------------------------------------------------------------------------

  private ImporHasil.Pd selesai(Lembar l, P p, Map<Kolom, Integer> kol, boolean bernomor) {
    String pdId = ID.matcher(p.idTertulis).matches() ? p.idTertulis : "";
    if (pdId.isEmpty() && ID.matcher(p.kunci).matches()) {
      pdId = p.kunci;
    }
    if (pdId.isEmpty() || pdIds.contains(pdId)) {
      pdId = unik(slug(p.nama, "pd"), pdIds);
    }
    pdIds.add(pdId);
    // Ids: written ones first (they are what the user chose), then slugs in sheet order.
    for (J j : p.semua) {
      if (!j.id.isEmpty()) {
        if (!ID.matcher(j.id).matches() || p.jabIds.contains(j.id)) {
          tambah(l, j.row, kol.getOrDefault(Kolom.ID, -1), false, "id-diganti", j.id);
          j.id = "";
        } else {
          p.jabIds.add(j.id);
        }
      }
    }
    for (J j : p.semua) {
      if (j.id.isEmpty()) {
        j.id = unik(slug(j.nama, "jabatan"), p.jabIds);
      }
    }
    idUnit(l, p, p.akar, kol);
    // Superiors written in a column, or from the numbering.
    if (kol.containsKey(Kolom.ATASAN)) {
      Map<String, J> byId = new HashMap<>();
      Map<String, J> byNama = new HashMap<>();
      for (J j : p.semua) {
        byId.put(j.id, j);
        byNama.putIfAbsent(norm(j.nama), j);
      }
      for (J j : p.semua) {
        String a = j.atasanTertulis;
        if (a.isEmpty()) {
          continue;
        }
        J found = byId.getOrDefault(a, byNama.get(norm(a)));
        if (found == null || found == j) {
          List<String> known = new ArrayList<>(byId.keySet());
          tambah(
              l,
              j.row,
              j.atasanKolom,
              true,
              "atasan-tidak-ada",
              a,
              Suggest.best(a, known).orElse("-"));
        } else {
          j.atasan = found;
        }
      }
    } else if (bernomor) {
      Map<String, J> byNo = new HashMap<>();
      for (J j : p.semua) {
        if (!j.nomor.isEmpty()) {
          if (byNo.putIfAbsent(j.nomor, j) != null) {
            tambah(l, j.row, kol.get(Kolom.NO), true, "nomor-ganda", j.nomor);
          }
        }
      }
      for (J j : p.semua) {
        int dot = j.nomor.lastIndexOf('.');
        if (dot > 0) {
          J a = byNo.get(j.nomor.substring(0, dot));
          if (a == null) {
            tambah(l, j.row, kol.get(Kolom.NO), true, "nomor-induk-tidak-ada", j.nomor);
          } else {
            j.atasan = a;
          }
        }
      }
    } else if (!kol.containsKey(Kolom.TINGKAT) && menjorok.isEmpty()) {
      // No hierarchy in the sheet: each unit's head leads the unit, under the parent's head.
      atasanMenurutUnit(p.akar, null);
      tambah(l, 0, -1, false, "atasan-ditebak", p.nama);
    }
    if (p.jabTanpaNip > 0) {
      tambah(
          l,
          0,
          kol.get(Kolom.B),
          false,
          "b-tanpa-nip",
          p.bTanpaNip,
          p.jabTanpaNip,
          p.nama,
          rentang(p.barisTanpaNip));
    }
    String jenisP = p.akar.data.containsKey("jenis") ? "" : jenisPd(l, p);
    return new ImporHasil.Pd(pdId, p.nama, jenisP, l.nama(), bangun(l, p.akar, pdId, true));
  }

  /** Row numbers as ranges: {@code 5–9, 12, 15–16}. */
  static String rentang(List<Integer> rows) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      int start = rows.get(i);
      int end = start;
      while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) {
        end = rows.get(++i);
      }
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(start);
      if (end > start) {
        s.append('\u2013').append(end);
      }
    }
    return s.toString();
  }

  private void atasanMenurutUnit(U u, J kepalaInduk) {
    J kepalaIni = kepalaUnit.get(u);
    for (J j : u.jabatan) {
      if (j == kepalaIni) {
        j.atasan = kepalaInduk;
      } else {
        j.atasan = kepalaIni != null ? kepalaIni : kepalaInduk;
      }
    }
    for (U s : u.unit) {
      atasanMenurutUnit(s, kepalaIni != null ? kepalaIni : kepalaInduk);
    }
  }

  private void idUnit(Lembar l, P p, U u, Map<Kolom, Integer> kol) {
    for (U s : u.unit) {
      if (!s.id.isEmpty() && (!ID.matcher(s.id).matches() || p.unitIds.contains(s.id))) {
        tambah(l, s.row, kol.getOrDefault(Kolom.ID, -1), false, "id-diganti", s.id);
        s.id = "";
      }
      if (!s.id.isEmpty()) {
        p.unitIds.add(s.id);
      }
    }
    for (U s : u.unit) {
      if (s.id.isEmpty()) {
        s.id = unik(slug(s.nama, "unit"), p.unitIds);
      }
      idUnit(l, p, s, kol);
    }
  }

  private ImporHasil.Unit bangun(Lembar l, U u, String id, boolean akar) {
    J kepalaJ = kepalaUnit.get(u);
    List<ImporHasil.Jab> jab = new ArrayList<>();
    for (J j : u.jabatan) {
      jab.add(
          new ImporHasil.Jab(
              j.id,
              j.nama,
              j.jenis,
              j.jenjang,
              j.kelas,
              j.kebutuhan,
              j.atasan == null ? "" : j.atasan.id,
              j.pemangku,
              j.data,
              j.bTanpaNip));
    }
    List<ImporHasil.Unit> sub = new ArrayList<>();
    for (U s : u.unit) {
      sub.add(bangun(l, s, s.id, false));
    }
    // A kind stated in the data cell is not guessed (and not noted as a guess).
    String jenisU = akar || u.data.containsKey("jenis") ? "" : jenisUnit(l, u);
    return new ImporHasil.Unit(
        id, u.nama, jenisU, kepalaJ == null ? "" : kepalaJ.id, jab, sub, u.data);
  }

  private static final List<Map.Entry<String, String>> JENIS_UNIT =
      List.of(
          Map.entry("sekretariat", "sekretariat"),
          Map.entry("asisten", "asisten"),
          Map.entry("subbagian", "subbagian"),
          Map.entry("sub bagian", "subbagian"),
          Map.entry("bagian", "bagian"),
          Map.entry("subbidang", "subbidang"),
          Map.entry("sub bidang", "subbidang"),
          Map.entry("bidang", "bidang"),
          Map.entry("seksi", "seksi"),
          Map.entry("inspektur pembantu", "inspektur_pembantu"),
          Map.entry("inspektorat pembantu", "inspektur_pembantu"),
          Map.entry("irban", "inspektur_pembantu"),
          Map.entry("puskesmas", "puskesmas"),
          Map.entry("uptd puskesmas", "puskesmas"),
          Map.entry("rumah sakit", "rsud"),
          Map.entry("rsud", "rsud"),
          Map.entry("upt", "upt"),
          Map.entry("uptd", "upt"),
          Map.entry("kelurahan", "kelurahan"),
          Map.entry("sekolah", "satuan_pendidikan"),
          Map.entry("sd negeri", "satuan_pendidikan"),
          Map.entry("smp negeri", "satuan_pendidikan"),
          Map.entry("sdn", "satuan_pendidikan"),
          Map.entry("smpn", "satuan_pendidikan"));

  private static final List<Map.Entry<String, String>> JENIS_PD =
      List.of(
          Map.entry("sekretariat daerah", "sekretariat_daerah"),
          Map.entry("sekretariat dprd", "sekretariat_dprd"),
          Map.entry("sekretariat dewan", "sekretariat_dprd"),
          Map.entry("inspektorat", "inspektorat"),
          Map.entry("satuan polisi", "satuan"),
          Map.entry("satpol", "satuan"),
          Map.entry("rumah sakit", "rsud"),
          Map.entry("rsud", "rsud"),
          Map.entry("puskesmas", "puskesmas"),
          Map.entry("uptd puskesmas", "puskesmas"),
          Map.entry("kecamatan", "kecamatan"),
          Map.entry("kelurahan", "kelurahan"),
          Map.entry("upt", "upt"),
          Map.entry("uptd", "upt"),
          Map.entry("dinas", "dinas"),
          Map.entry("badan", "badan"),
          Map.entry("sekolah", "satuan_pendidikan"));

  private static Optional<String> tebak(String nama, List<Map.Entry<String, String>> table) {
    String n = norm(nama).replaceAll("[^a-z0-9 ]", " ").replaceAll("\\s+", " ").strip();
    for (Map.Entry<String, String> e : table) {
      if (n.equals(e.getKey()) || n.startsWith(e.getKey() + " ")) {
        return Optional.of(e.getValue());
      }
    }
    // "Unit Organisasi Bersifat Khusus RSUD", "UPTD Puskesmas …": the kind as a word inside.
    for (Map.Entry<String, String> e : table) {
      if ((" " + n + " ").contains(" " + e.getKey() + " ")) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  private String jenisUnit(Lembar l, U u) {
    Optional<String> j = tebak(u.nama, JENIS_UNIT);
    if (j.isEmpty()) {
      tambah(l, u.row, -1, false, "jenis-unit-lainnya", u.nama);
      return "lainnya";
    }
    return j.get();
  }

  private String jenisPd(Lembar l, P p) {
    Optional<String> j = tebak(p.nama, JENIS_PD);
    if (j.isEmpty()) {
      tambah(l, 0, -1, true, "jenis-pd-tidak-dikenal", p.nama);
      return "";
    }
    return j.get();
  }

  /** A lower-case ASCII id from a name: accents dropped, words joined by hyphens, ≤ 48 chars. */
  public static String slug(String nama, String fallback) {
    String s =
        Normalizer.normalize(nama, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (s.length() > 48) {
      s = s.substring(0, 48);
      int cut = s.lastIndexOf('-');
      if (cut > 16) {
        s = s.substring(0, cut);
      }
    }
    return s.isEmpty() ? fallback : s;
  }

  private static String unik(String base, Set<String> used) {
    String id = base;
    for (int i = 2; used.contains(id); i++) {
      id = base + "-" + i;
    }
    used.add(id);
    return id;
  }
}
