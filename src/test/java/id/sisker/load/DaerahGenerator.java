package id.sisker.load;

import id.sisker.yaml.ScalarType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Generates a random daerah that is valid in every respect the loader and the integrity checks know
 * (NIPs, golongan, the atasan tree, unit heads, bezetting, jenjang), written in randomly chosen but
 * legal YAML: split over several files or not, keys in any order, block or flow lists, plain,
 * single- or double-quoted text, NIPs with or without spaces and prefix. It keeps what it generated
 * so a test can compare the loaded model with it. The same seed gives the same daerah.
 */
final class DaerahGenerator {

  // --- what was generated ------------------------------------------------------------------

  record Jab(
      String id,
      String nama,
      String jenis,
      Optional<String> kategori,
      Optional<String> jenjang,
      Optional<Integer> kelas,
      int kebutuhan,
      Optional<String> atasanPd,
      Optional<String> atasanId,
      List<String> pemangku) {}

  static final class Unit {
    final String id; // null for the perangkat daerah itself
    final String nama;
    final String jenis;
    String kepala;
    final List<Jab> jabatan = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final Unit induk;

    Unit(String id, String nama, String jenis, Unit induk) {
      this.id = id;
      this.nama = nama;
      this.jenis = jenis;
      this.induk = induk;
    }
  }

  record Pd(String id, String nama, String jenis, String model, Unit root) {}

  record Peg(
      String nip,
      String status,
      String nama,
      String golongan,
      Optional<String> pangkat,
      String jenisKelamin,
      Optional<LocalDate> lahir) {}

  record Tim(
      String id,
      String nama,
      String pemilikPd,
      Optional<String> pemilikUnit,
      List<String> anggota) {}

  record Tugas(
      String id,
      String nip,
      String asalPd,
      Optional<String> asalUnit,
      String tujuanPd,
      Optional<String> tujuanUnit,
      String lingkup) {}

  final List<Pd> pds = new ArrayList<>();
  final List<Peg> pegawai = new ArrayList<>();
  final List<String> pihakLuar = new ArrayList<>();
  final List<Tim> tim = new ArrayList<>();
  final List<Tugas> tugas = new ArrayList<>();

  /** File name (relative to the daerah folder) to its text; the root is daerah.yaml. */
  final Map<String, String> files = new LinkedHashMap<>();

  private final Random r;
  private final Set<String> usedNips = new HashSet<>();
  private final Set<String> usedPdIds = new HashSet<>();
  private final int indent;

  DaerahGenerator(long seed) {
    this.r = new Random(seed);
    this.indent = 2 + r.nextInt(3);
    generate();
    write();
  }

  /** Writes the files under {@code dir}. */
  void writeTo(Path dir) {
    files.forEach((name, text) -> Fixtures.write(dir, name, text));
  }

  // --- generation -------------------------------------------------------------------------------

  private static final String[] WORDS = {
    "Perhubungan",
    "Pendidikan",
    "Kesehatan",
    "Umum",
    "Keuangan",
    "Tata Usaha",
    "Lalu Lintas",
    "Perencanaan",
    "Kepegawaian",
    "Sarana & Prasarana",
    "Angkutan",
    "Pelayanan",
    "Informasi",
    "Café",
    "Ṣalāḥ",
    "O'Neil",
    "Sub-Bagian",
    "Program (Evaluasi)",
    "Seksi 2",
    "Bidang: Khusus",
    "Nomor #1",
    "Yes",
    "No",
    "true",
    "null",
    "12",
    "3.5",
    "@rumah",
    "-awal",
    "[kurung]",
    "{kurawal}",
    "*bintang",
    "&jangkar",
    "!tanda",
    "%persen",
    "|pipa",
    ">lebih",
    "`petik`",
    "kata \"kutip\"",
    "日本語",
    "𝔸𝔹ℂ 😀",
    "a: b",
    "x #y",
    "Tembilahan",
    "Indragiri",
    "2024-01-01",
    "~",
    "on",
    "0x1F"
  };
  private static final String[] NAMES = {
    "Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra", "Intan", "Joko", "Kartika",
    "Lestari", "Maya", "Nur", "Oktavia", "Putri", "Rahmat", "Siti", "Taufik", "Wahyu", "Yusuf"
  };
  private static final String[] PD_JENIS = {"dinas", "badan", "inspektorat", "kecamatan", "satuan"};
  private static final String[] MODELS = {"model-i", "model-ii", "model-iii", "model-iv"};
  private static final String[] UNIT_JENIS = {"bidang", "seksi", "subbagian", "bagian", "lainnya"};
  private static final String[] PNS_GOL = {
    "I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
    "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"
  };
  private static final String[] PANGKAT = {
    "Juru Muda",
    "Juru Muda Tingkat I",
    "Juru",
    "Juru Tingkat I",
    "Pengatur Muda",
    "Pengatur Muda Tingkat I",
    "Pengatur",
    "Pengatur Tingkat I",
    "Penata Muda",
    "Penata Muda Tingkat I",
    "Penata",
    "Penata Tingkat I",
    "Pembina",
    "Pembina Tingkat I",
    "Pembina Utama Muda",
    "Pembina Utama Madya",
    "Pembina Utama"
  };
  private static final String[] PPPK_GOL = {
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
    "XVI", "XVII"
  };
  private static final String[][] JENJANG = {
    {"keahlian", "ahli_pertama"}, {"keahlian", "ahli_muda"}, {"keahlian", "ahli_madya"},
    {"keahlian", "ahli_utama"}, {"keterampilan", "pemula"}, {"keterampilan", "terampil"},
    {"keterampilan", "mahir"}, {"keterampilan", "penyelia"}
  };

  private <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  private String text() {
    int n = 1 + r.nextInt(3);
    StringBuilder b = new StringBuilder(pick(WORDS));
    for (int i = 1; i < n; i++) {
      b.append(' ').append(pick(WORDS));
    }
    return b.toString();
  }

  /** An id; sometimes one that YAML would read as a number, bool or null if left plain. */
  private String id(String prefix, int n) {
    return switch (r.nextInt(12)) {
      case 0 -> String.valueOf(100 + n);
      case 1 -> n + "e5";
      case 2 -> "true" + (n == 0 ? "" : "_" + n);
      case 3 -> "0x" + Integer.toHexString(10 + n);
      default -> prefix + "-" + n + (r.nextBoolean() ? "" : "_" + (char) ('a' + r.nextInt(26)));
    };
  }

  private void generate() {
    int pdCount = 1 + r.nextInt(4);
    for (int i = 0; i < pdCount; i++) {
      String id;
      do {
        id = id("pd", usedPdIds.size() + i * 7);
      } while (!usedPdIds.add(id));
      pds.add(perangkatDaerah(id));
    }
    int loose = r.nextInt(4);
    for (int i = 0; i < loose; i++) {
      newPegawai();
    }
    int luar = r.nextInt(3);
    for (int i = 0; i < luar; i++) {
      pihakLuar.add("luar-" + i);
    }
    int tims = r.nextInt(3);
    if (tims > 0 && pegawai.isEmpty()) {
      newPegawai();
    }
    for (int i = 0; i < tims; i++) {
      Pd pd = pds.get(r.nextInt(pds.size()));
      Unit u = randomUnit(pd.root());
      List<String> anggota = new ArrayList<>();
      int n = 1 + r.nextInt(4);
      for (int k = 0; k < n; k++) {
        if (!pihakLuar.isEmpty() && r.nextInt(4) == 0) {
          anggota.add(pihakLuar.get(r.nextInt(pihakLuar.size())));
        } else {
          anggota.add(pegawai.get(r.nextInt(pegawai.size())).nip());
        }
      }
      tim.add(new Tim("tim-" + i, text(), pd.id(), Optional.ofNullable(u.id), anggota));
    }
    List<Object[]> holders = new ArrayList<>();
    for (Pd pd : pds) {
      collectHolders(pd, pd.root(), holders);
    }
    int tugasCount = holders.isEmpty() ? 0 : r.nextInt(3);
    for (int i = 0; i < tugasCount; i++) {
      Object[] h = holders.get(r.nextInt(holders.size()));
      Pd asalPd = (Pd) h[0];
      Unit asal = (Unit) h[1];
      String nip = (String) h[2];
      Pd tujuanPd = pds.get(r.nextInt(pds.size()));
      Unit tujuan = randomUnit(tujuanPd.root());
      String lingkup;
      if (!asalPd.id().equals(tujuanPd.id())) {
        lingkup = "lintas_perangkat_daerah";
      } else if (unitOrganisasi(tujuan) == tujuanPd.root()
          || unitOrganisasi(asal) == unitOrganisasi(tujuan)) {
        // Heads below the top are administrators (depth 1) and pengawas: a unit organisasi is
        // the depth-1 unit containing a position (see model.UnitOrganisasi).
        lingkup = "dalam_unit";
      } else {
        lingkup = "lintas_unit";
      }
      tugas.add(
          new Tugas(
              "tugas-" + i,
              nip,
              asalPd.id(),
              Optional.ofNullable(asal.id),
              tujuanPd.id(),
              Optional.ofNullable(tujuan.id),
              lingkup));
    }
  }

  /** The depth-1 unit containing {@code u}, or the top when {@code u} is the top. */
  private static Unit unitOrganisasi(Unit u) {
    Unit x = u;
    while (x.induk != null && x.induk.induk != null) {
      x = x.induk;
    }
    return x;
  }

  private void collectHolders(Pd pd, Unit u, List<Object[]> out) {
    for (Jab j : u.jabatan) {
      for (String nip : j.pemangku()) {
        out.add(new Object[] {pd, u, nip});
      }
    }
    for (Unit c : u.units) {
      collectHolders(pd, c, out);
    }
  }

  private Unit randomUnit(Unit root) {
    List<Unit> all = new ArrayList<>();
    collect(root, all);
    return all.get(r.nextInt(all.size()));
  }

  private static void collect(Unit u, List<Unit> out) {
    out.add(u);
    u.units.forEach(c -> collect(c, out));
  }

  private int jabCounter;
  private int unitCounter;

  private Pd perangkatDaerah(String id) {
    jabCounter = 0;
    unitCounter = 0;
    Unit root = new Unit(null, null, null, null);
    String kepala = "kepala-" + id;
    root.kepala = kepala;
    Optional<String> atasanPd = Optional.empty();
    Optional<String> atasanId = r.nextInt(4) == 0 ? Optional.of("kepala_daerah") : Optional.empty();
    root.jabatan.add(
        new Jab(
            kepala,
            "Kepala " + text(),
            "jpt_pratama",
            Optional.empty(),
            Optional.empty(),
            Optional.of(12 + r.nextInt(4)),
            1,
            atasanPd,
            atasanId,
            holders(r.nextInt(2))));
    addStaff(id, root, kepala);
    int units = r.nextInt(4);
    for (int i = 0; i < units; i++) {
      root.units.add(unit(id, root, kepala, 1));
    }
    return new Pd(id, "Dinas " + text(), pick(PD_JENIS), pick(MODELS), root);
  }

  private Unit unit(String pd, Unit induk, String indukKepala, int depth) {
    String uid =
        "u" + (unitCounter++) + (r.nextBoolean() ? "" : "-" + (char) ('a' + r.nextInt(26)));
    Unit u = new Unit(uid, text(), pick(UNIT_JENIS), induk);
    String kepala = "kepala-" + uid;
    u.kepala = kepala;
    boolean qualified = r.nextInt(3) == 0;
    u.jabatan.add(
        new Jab(
            kepala,
            "Kepala " + text(),
            depth == 1 ? "administrator" : "pengawas",
            Optional.empty(),
            Optional.empty(),
            Optional.of(8 + r.nextInt(4)),
            1,
            qualified ? Optional.of(pd) : Optional.empty(),
            Optional.of(indukKepala),
            holders(r.nextInt(2))));
    addStaff(pd, u, kepala);
    if (depth < 3) {
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        u.units.add(unit(pd, u, kepala, depth + 1));
      }
    }
    return u;
  }

  private void addStaff(String pd, Unit u, String kepala) {
    int n = r.nextInt(4);
    for (int i = 0; i < n; i++) {
      String id = "j" + (jabCounter++);
      int k = 1 + r.nextInt(4);
      boolean fungsional = r.nextBoolean();
      String[] jj = pick(JENJANG);
      u.jabatan.add(
          new Jab(
              id,
              (fungsional ? "Analis " : "Pengadministrasi ") + text(),
              fungsional ? "fungsional" : "pelaksana",
              fungsional ? Optional.of(jj[0]) : Optional.empty(),
              fungsional ? Optional.of(jj[1]) : Optional.empty(),
              r.nextInt(5) == 0 ? Optional.empty() : Optional.of(1 + r.nextInt(17)),
              k,
              r.nextInt(4) == 0 ? Optional.of(pd) : Optional.empty(),
              Optional.of(kepala),
              holders(r.nextInt(k + 1))));
    }
  }

  private List<String> holders(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(newPegawai().nip());
    }
    return out;
  }

  private Peg newPegawai() {
    while (true) {
      LocalDate lahir = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(40 * 365));
      boolean pns = r.nextInt(4) != 0;
      boolean laki = r.nextBoolean();
      String tmt;
      if (pns) {
        int age = 19 + r.nextInt(25);
        tmt = String.format("%04d%02d", lahir.getYear() + age, 1 + r.nextInt(12));
      } else {
        tmt = String.format("%04d%02d", lahir.getYear() + 20 + r.nextInt(30), r.nextInt(100));
      }
      String nip =
          String.format(
              "%04d%02d%02d%s%d%03d",
              lahir.getYear(),
              lahir.getMonthValue(),
              lahir.getDayOfMonth(),
              tmt,
              laki ? 1 : 2,
              1 + r.nextInt(999));
      if (!usedNips.add(nip)) {
        continue;
      }
      int g = r.nextInt(17);
      Peg p =
          new Peg(
              nip,
              pns ? "pns" : "pppk",
              pick(NAMES) + " " + pick(NAMES),
              pns ? PNS_GOL[g] : PPPK_GOL[g],
              pns && r.nextBoolean() ? Optional.of(PANGKAT[g]) : Optional.empty(),
              laki ? "L" : "P",
              r.nextBoolean() ? Optional.of(lahir) : Optional.empty());
      pegawai.add(p);
      return p;
    }
  }

  // --- writing ----------------------------------------------------------------------------------

  /** A scalar written exactly as given (numbers, booleans, enum values). */
  private record Raw(String text) {}

  private static final Pattern PLAIN_SAFE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/()-]*[A-Za-z0-9)]|[A-Za-z0-9]");

  /** Text, written plain when YAML would read it back as the same text, else quoted. */
  private String scalar(String s) {
    boolean plainOk =
        PLAIN_SAFE.matcher(s).matches() && ScalarType.resolvePlain(s) == ScalarType.STRING;
    int style = r.nextInt(3);
    if (plainOk && style == 0) {
      return s;
    }
    if (style == 1) {
      return "'" + s.replace("'", "''") + "'";
    }
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private String nipText(String nip) {
    String spaced =
        nip.substring(0, 8)
            + " "
            + nip.substring(8, 14)
            + " "
            + nip.substring(14, 15)
            + " "
            + nip.substring(15);
    return switch (r.nextInt(5)) {
      case 0 -> nip; // plain: an integer to YAML, digits kept
      case 1 -> "\"" + spaced + "\"";
      case 2 -> "'NIP. " + spaced + "'";
      default -> "\"" + nip + "\"";
    };
  }

  private void write() {
    List<String> parts = new ArrayList<>();
    int layout = r.nextInt(3); // 0: one file, 1: a file per list, 2: a folder per perangkat daerah
    StringBuilder root = new StringBuilder();
    root.append("sisker: 1\n");
    root.append(
        mapping(
            0,
            Map.of(
                "daerah",
                map(
                    "nama",
                    "Kabupaten " + text(),
                    "jenis",
                    new Raw("kabupaten"),
                    "provinsi",
                    "Riau",
                    "kode_wilayah",
                    r.nextBoolean() ? new Raw("14.04") : "14.04",
                    "ibukota",
                    text(),
                    "kepala_daerah",
                    map(
                        "nama",
                        pick(NAMES).toUpperCase(Locale.ROOT),
                        "status",
                        new Raw("definitif")),
                    "profil",
                    new Raw("indragiri-hilir")))));
    Map<String, Object> pdList = Map.of("perangkat_daerah", pdsYaml(pds));
    Map<String, Object> pegList = Map.of("pegawai", pegawaiYaml());
    Map<String, Object> rest = restYaml();
    if (layout == 0) {
      root.append(mapping(0, pdList)).append(mapping(0, pegList)).append(mapping(0, rest));
      files.put("daerah.yaml", root.toString());
      return;
    }
    if (layout == 1) {
      files.put("perangkat-daerah.yaml", mapping(0, pdList));
      files.put("data/pegawai.yml", mapping(0, pegList));
      parts.add("perangkat-daerah.yaml");
      parts.add(r.nextBoolean() ? "data" : "data/*.yml");
      if (!rest.isEmpty()) {
        files.put("tim.yaml", mapping(0, rest));
        parts.add("tim.yaml");
      }
    } else {
      for (Pd pd : pds) {
        files.put(
            "pd/" + pd.id() + "/struktur.yaml",
            mapping(0, Map.of("perangkat_daerah", pdsYaml(List.of(pd)))));
      }
      files.put("pegawai.yaml", mapping(0, pegList) + mapping(0, rest));
      parts.add(r.nextBoolean() ? "pd/" : "pd/**");
      parts.add("pegawai.yaml");
    }
    List<Object> entries = new ArrayList<>();
    parts.forEach(p -> entries.add(p.contains("*") ? "\"" + p + "\"" : p));
    root.append("sertakan:\n");
    String pad = " ".repeat(r.nextBoolean() ? 0 : indent);
    for (Object e : entries) {
      root.append(pad).append("- ").append(e).append('\n');
    }
    files.put("daerah.yaml", root.toString());
  }

  /** A mapping with keys in random order. */
  private Map<String, Object> map(Object... kv) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < kv.length; i += 2) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, r);
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i : order) {
      if (kv[i + 1] != null) {
        m.put((String) kv[i], kv[i + 1]);
      }
    }
    return m;
  }

  private List<Object> pdsYaml(List<Pd> list) {
    List<Object> out = new ArrayList<>();
    for (Pd pd : list) {
      out.add(
          map(
              "id", pd.id(),
              "nama", pd.nama(),
              "jenis", new Raw(pd.jenis()),
              "model", new Raw(pd.model()),
              "kepala", pd.root().kepala,
              "jabatan", jabatanYaml(pd.root()),
              "unit", unitsYaml(pd.root().units)));
    }
    return out;
  }

  private List<Object> unitsYaml(List<Unit> units) {
    if (units.isEmpty()) {
      return null;
    }
    List<Object> out = new ArrayList<>();
    for (Unit u : units) {
      out.add(
          map(
              "id",
              u.id,
              "nama",
              u.nama,
              "jenis",
              new Raw(u.jenis),
              "kepala",
              u.kepala,
              "jabatan",
              jabatanYaml(u),
              "unit",
              unitsYaml(u.units)));
    }
    return out;
  }

  private List<Object> jabatanYaml(Unit u) {
    List<Object> out = new ArrayList<>();
    for (Jab j : u.jabatan) {
      String atasan =
          j.atasanId().map(a -> j.atasanPd().map(p -> p + "/" + a).orElse(a)).orElse(null);
      List<Object> pemangku = new ArrayList<>();
      j.pemangku().forEach(n -> pemangku.add(new Raw(nipText(n))));
      out.add(
          map(
              "id", j.id(),
              "nama", j.nama(),
              "jenis", new Raw(j.jenis()),
              "kategori", j.kategori().map(Raw::new).orElse(null),
              "jenjang", j.jenjang().map(Raw::new).orElse(null),
              "kelas",
                  j.kelas()
                      .map(k -> new Raw(r.nextInt(6) == 0 ? "+" + k : String.valueOf(k)))
                      .orElse(null),
              "kebutuhan",
                  j.kebutuhan() == 1 && r.nextBoolean()
                      ? null
                      : new Raw(String.valueOf(j.kebutuhan())),
              "atasan", atasan,
              "pemangku", pemangku.isEmpty() && r.nextBoolean() ? null : pemangku));
    }
    return out;
  }

  private List<Object> pegawaiYaml() {
    List<Object> out = new ArrayList<>();
    for (Peg p : pegawai) {
      out.add(
          map(
              "nip",
              new Raw(nipText(p.nip())),
              "status",
              p.status().equals("pns") && r.nextBoolean() ? null : new Raw(p.status()),
              "nama",
              p.nama(),
              "golongan",
              new Raw(p.golongan()),
              "pangkat",
              p.pangkat().orElse(null),
              "jenis_kelamin",
              new Raw(p.jenisKelamin()),
              "tanggal_lahir",
              p.lahir().map(this::date).orElse(null)));
    }
    return out;
  }

  /** A date, plain (text to YAML 1.2) or quoted. */
  private Object date(LocalDate d) {
    return r.nextBoolean() ? new Raw(d.toString()) : d.toString();
  }

  private Map<String, Object> restYaml() {
    Map<String, Object> m = new LinkedHashMap<>();
    if (!pihakLuar.isEmpty()) {
      List<Object> l = new ArrayList<>();
      for (String id : pihakLuar) {
        l.add(map("id", id, "nama", pick(NAMES), "instansi", "BPKP " + text()));
      }
      m.put("pihak_luar", l);
    }
    if (!tim.isEmpty()) {
      List<Object> l = new ArrayList<>();
      for (Tim t : tim) {
        List<Object> anggota = new ArrayList<>();
        t.anggota().forEach(a -> anggota.add(a.startsWith("luar-") ? a : new Raw(nipText(a))));
        l.add(
            map(
                "id",
                t.id(),
                "nama",
                t.nama(),
                "jenis_tugas",
                new Raw("rutin"),
                "lingkup",
                new Raw("lintas_unit"),
                "unit_pemilik_kinerja",
                t.pemilikPd() + t.pemilikUnit().map(u -> "/" + u).orElse(""),
                "anggota",
                anggota,
                "cara",
                new Raw("penunjukan")));
      }
      m.put("tim_kerja", l);
    }
    if (!tugas.isEmpty()) {
      List<Object> l = new ArrayList<>();
      for (Tugas t : tugas) {
        l.add(
            map(
                "id",
                t.id(),
                "pegawai",
                new Raw(nipText(t.nip())),
                "tujuan",
                t.tujuanPd() + t.tujuanUnit().map(u -> "/" + u).orElse(""),
                "lingkup",
                r.nextBoolean() ? new Raw(t.lingkup()) : null,
                "cara",
                new Raw("pengajuan_sukarela")));
      }
      m.put("penugasan", l);
    }
    return m;
  }

  /** Block mapping at {@code level}; values that are lists may come out in flow style. */
  private String mapping(int level, Map<String, Object> m) {
    StringBuilder b = new StringBuilder();
    String pad = " ".repeat(level * indent);
    for (Map.Entry<String, Object> e : m.entrySet()) {
      b.append(pad).append(e.getKey()).append(':');
      value(b, level, e.getValue());
    }
    return b.toString();
  }

  @SuppressWarnings("unchecked")
  private void value(StringBuilder b, int level, Object v) {
    if (v instanceof Raw raw) {
      b.append(' ').append(raw.text()).append('\n');
    } else if (v instanceof String s) {
      b.append(' ').append(scalar(s)).append('\n');
    } else if (v instanceof Map<?, ?> m) {
      b.append('\n').append(mapping(level + 1, (Map<String, Object>) m));
    } else if (v instanceof List<?> l) {
      boolean scalars = l.stream().noneMatch(x -> x instanceof Map);
      if (l.isEmpty() || scalars && r.nextBoolean()) {
        b.append(" [");
        for (int i = 0; i < l.size(); i++) {
          b.append(i == 0 ? "" : ", ").append(flowScalar(l.get(i)));
        }
        b.append("]\n");
        return;
      }
      b.append('\n');
      // "- " may sit at the parent's indentation or one step in; both are legal block sequences.
      String pad = " ".repeat(level * indent + (r.nextBoolean() ? indent : 0));
      for (Object item : l) {
        if (item instanceof Map<?, ?> m) {
          String inner = mapping(0, (Map<String, Object>) m);
          String[] lines = inner.lines().toArray(String[]::new);
          String cont = pad + " ".repeat(2);
          b.append(pad).append("- ").append(reindent(lines[0], 0)).append('\n');
          for (int i = 1; i < lines.length; i++) {
            b.append(cont).append(lines[i]).append('\n');
          }
        } else {
          b.append(pad).append("- ").append(flowScalar(item)).append('\n');
        }
      }
    } else {
      throw new IllegalArgumentException(String.valueOf(v));
    }
  }

  private static String reindent(String line, int n) {
    return " ".repeat(n) + line.stripLeading();
  }

  private String flowScalar(Object o) {
    if (o instanceof Raw raw) {
      return raw.text();
    }
    String s = (String) o;
    String w = scalar(s);
    // In flow context "," "[" "]" "{" "}" end a plain scalar, so plain is only safe without them.
    return w.startsWith("\"") || w.startsWith("'") || !w.matches(".*[,\\[\\]{}].*")
        ? w
        : "\"" + s + "\"";
  }
}
