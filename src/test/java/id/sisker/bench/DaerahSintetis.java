package id.sisker.bench;

import id.sisker.model.Golongan;
import id.sisker.model.Keyed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes realistic synthetic daerah in sisker's own format for the performance work of issue 9: a
 * root {@code daerah.yaml} with {@code sertakan}, one file per perangkat daerah (its units and peta
 * jabatan, block style like the examples), one file of pegawai per perangkat daerah, and the tim
 * kerja and penugasan of the daerah. Every perangkat daerah has a kepala, a Sekretariat of three
 * Subbagian, Bidang of three Seksi and, when large, UPT; fungsional and pelaksana positions fill
 * the units up to the requested number of jabatan, about one in ten with two holders. Every holder
 * has a pegawai record whose NIP, birth date, sex, golongan and pangkat agree, so the daerah
 * validates with no findings under the generic profile {@code permenpanrb-7-2022}. Plain JDK only
 * (no sisker class), so it runs from {@code target/test-classes} alone. The same arguments give
 * byte-identical files.
 *
 * <p>Run as docs/performance.md shows: {@code scripts/bench.sh generate} or
 *
 * <pre>
 * java -cp target/test-classes id.sisker.bench.DaerahSintetis target/bench/provinsi-100k \
 *     --jabatan 100000 --pd 23 --seed 9
 * java -cp target/test-classes id.sisker.bench.DaerahSintetis target/bench/500-daerah --daerah 500
 * </pre>
 */
public final class DaerahSintetis {

  /** What was written: counts and bytes, for the benchmark tables. */
  public record Ringkasan(int daerah, int pd, int jabatan, int pegawai, int berkas, long bytes) {
    Ringkasan plus(Ringkasan o) {
      return new Ringkasan(
          daerah + o.daerah,
          pd + o.pd,
          jabatan + o.jabatan,
          pegawai + o.pegawai,
          berkas + o.berkas,
          bytes + o.bytes);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%,d daerah, %,d perangkat daerah, %,d jabatan, %,d pegawai, %,d files, %.1f MB",
          daerah,
          pd,
          jabatan,
          pegawai,
          berkas,
          bytes / 1e6);
    }
  }

  /** The reference shape of issue 9: 23 perangkat daerah, 100,000 jabatan. */
  public static final int PD_ISSUE = 23;

  public static final int MIN_JABATAN = 1_000;
  public static final int MAX_JABATAN = 100_000;

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println(
          "usage: DaerahSintetis OUT_DIR [--jabatan N (1000..100000, default 100000)] [--pd N"
              + " (default 23)] [--seed S (default 9)] [--penugasan N] | OUT_DIR --daerah COUNT"
              + " [--seed S]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int jabatan = MAX_JABATAN;
    int pd = PD_ISSUE;
    long seed = 9;
    int daerah = 0;
    int penugasan = -1;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--jabatan" -> jabatan = Integer.parseInt(args[i + 1].replace("_", ""));
        case "--pd" -> pd = Integer.parseInt(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--daerah" -> daerah = Integer.parseInt(args[i + 1]);
        case "--penugasan" -> penugasan = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    long t = System.nanoTime();
    Ringkasan r =
        daerah > 0 ? writeMany(out, daerah, seed) : write(out, jabatan, pd, seed, penugasan);
    System.out.printf(Locale.ROOT, "%s: %s in %.1f s%n", out, r, (System.nanoTime() - t) / 1e9);
  }

  /**
   * One daerah of exactly {@code jabatan} jabatan in {@code pd} perangkat daerah under {@code dir}
   * (which must not hold another daerah). Sizes below 1,000 are allowed for tests.
   */
  public static Ringkasan write(Path dir, int jabatan, int pd, long seed) throws IOException {
    return write(dir, jabatan, pd, seed, -1);
  }

  /** As {@link #write(Path, int, int, long)}, with {@code penugasan} penugasan (-1: default). */
  public static Ringkasan write(Path dir, int jabatan, int pd, long seed, int penugasan)
      throws IOException {
    if (jabatan > MAX_JABATAN || pd < 1 || jabatan < pd * 12) {
      throw new IllegalArgumentException(
          "jabatan must be at most " + MAX_JABATAN + " and at least 12 per perangkat daerah");
    }
    DaerahSintetis g = new DaerahSintetis(seed, dir);
    g.penugasanCount = penugasan;
    return g.daerah(jabatan, pd, "Kabupaten Sintetis " + seed);
  }

  /**
   * {@code count} ordinary daerah (20–35 perangkat daerah, 300–3,000 jabatan each) in the folders
   * {@code dir/daerah-001} … of one provinsi, so {@code sisker validate dir/*} checks them all.
   */
  public static Ringkasan writeMany(Path dir, int count, long seed) throws IOException {
    Random sizes = new Random(seed);
    Ringkasan total = new Ringkasan(0, 0, 0, 0, 0, 0);
    for (int i = 1; i <= count; i++) {
      int pd = 20 + sizes.nextInt(16);
      int jabatan = 300 + sizes.nextInt(2701);
      String name = String.format(Locale.ROOT, "daerah-%03d", i);
      total =
          total.plus(
              new DaerahSintetis(seed * 1_000 + i, dir.resolve(name))
                  .daerah(jabatan, pd, (i % 5 == 0 ? "Kota" : "Kabupaten") + " Sintetis " + i));
    }
    return total;
  }

  // --- one daerah ----------------------------------------------------------------------------

  private final Random r;
  private final Path dir;
  private int penugasanCount = -1;
  private final Set<String> nips = new HashSet<>();
  private int files;
  private long bytes;
  private int pegawaiCount;

  private DaerahSintetis(long seed, Path dir) {
    this.r = new Random(seed);
    this.dir = dir;
  }

  /** A held position: its perangkat daerah, unit path, id and its holders' NIPs. */
  private record Pos(String pd, String unit, String id, String jenis, String jenjang, String nip) {}

  /** Per perangkat daerah: positions that can lead or join a team, by bidang. */
  private final List<List<Pos>> teams = new ArrayList<>();

  private final List<String[]> pdHeads = new ArrayList<>();

  private Ringkasan daerah(int jabatan, int pdCount, String nama) throws IOException {
    Files.createDirectories(dir.resolve("perangkat-daerah"));
    Files.createDirectories(dir.resolve("pegawai"));
    boolean kota = nama.startsWith("Kota");
    write(
        "daerah.yaml",
        "# Daerah sintetis untuk tolok ukur kinerja (issue 9); dibangkitkan oleh"
            + " id.sisker.bench.DaerahSintetis.\n"
            + "# Semua nama, NIP dan nomor naskah fiktif.\n"
            + "sisker: 1\n"
            + "daerah:\n"
            + "  nama: "
            + nama
            + "\n  jenis: "
            + (kota ? "kota" : "kabupaten")
            + "\n  provinsi: Provinsi Sintetis\n"
            + "  kode_wilayah: \"99.0"
            + (1 + r.nextInt(9))
            + "\"\n  ibukota: Kota Sintetis\n"
            + "  kepala_daerah:\n"
            + "    sebutan: "
            + (kota ? "Wali Kota" : "Bupati")
            + "\n    nama: "
            + name()
            + "\n    status: definitif\n"
            + "  profil: permenpanrb-7-2022\n"
            + "sertakan:\n"
            + "  - perangkat-daerah/\n"
            + "  - pegawai/\n"
            + "  - tim-kerja.yaml\n"
            + "  - penugasan.yaml\n");
    int left = jabatan;
    for (int p = 0; p < pdCount; p++) {
      // Sizes vary around the mean (a Dinas Pendidikan is larger than a Kesbangpol).
      int share = left / (pdCount - p);
      if (p < pdCount - 1) {
        share = Math.max(12, share + (int) (share * (r.nextDouble() - 0.5) * 0.6));
        share = Math.min(share, left - 12 * (pdCount - p - 1));
      } else {
        share = left;
      }
      left -= share;
      perangkatDaerah(p, share);
    }
    timKerja();
    penugasan();
    return new Ringkasan(1, pdCount, jabatan, pegawaiCount, files, bytes);
  }

  private static final String[][] PD = {
    {"dinas", "pendidikan", "Dinas Pendidikan"},
    {"dinas", "kesehatan", "Dinas Kesehatan"},
    {"dinas", "pupr", "Dinas Pekerjaan Umum dan Penataan Ruang"},
    {"dinas", "perkim", "Dinas Perumahan dan Kawasan Permukiman"},
    {"dinas", "sosial", "Dinas Sosial"},
    {"dinas", "naker", "Dinas Tenaga Kerja"},
    {"dinas", "dukcapil", "Dinas Kependudukan dan Pencatatan Sipil"},
    {"dinas", "perhubungan", "Dinas Perhubungan"},
    {"dinas", "kominfo", "Dinas Komunikasi dan Informatika"},
    {"dinas", "koperasi", "Dinas Koperasi dan Usaha Mikro"},
    {"dinas", "pertanian", "Dinas Pertanian"},
    {"dinas", "perikanan", "Dinas Perikanan"},
    {"dinas", "lingkungan", "Dinas Lingkungan Hidup"},
    {"dinas", "pariwisata", "Dinas Pariwisata"},
    {"dinas", "perdagangan", "Dinas Perdagangan"},
    {"dinas", "perpustakaan", "Dinas Perpustakaan dan Kearsipan"},
    {"dinas", "pmd", "Dinas Pemberdayaan Masyarakat dan Desa"},
    {"badan", "bappeda", "Badan Perencanaan Pembangunan Daerah"},
    {"badan", "bkad", "Badan Keuangan dan Aset Daerah"},
    {"badan", "bapenda", "Badan Pendapatan Daerah"},
    {"badan", "bkpsdm", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia"},
    {"badan", "bpbd", "Badan Penanggulangan Bencana Daerah"},
    {"badan", "kesbangpol", "Badan Kesatuan Bangsa dan Politik"},
    {"dinas", "pemadam", "Dinas Pemadam Kebakaran dan Penyelamatan"},
    {"dinas", "pangan", "Dinas Ketahanan Pangan"},
    {"dinas", "perindustrian", "Dinas Perindustrian"},
    {"dinas", "pora", "Dinas Pemuda dan Olahraga"},
    {"dinas", "kebudayaan", "Dinas Kebudayaan"},
    {"dinas", "dpmptsp", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"},
    {"dinas", "p3a", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak"},
    {"dinas", "kb", "Dinas Pengendalian Penduduk dan Keluarga Berencana"},
    {"dinas", "perkebunan", "Dinas Perkebunan"},
    {"dinas", "peternakan", "Dinas Peternakan dan Kesehatan Hewan"},
    {"badan", "brida", "Badan Riset dan Inovasi Daerah"},
    {"dinas", "pertanahan", "Dinas Pertanahan"},
  };

  private static final String[] URUSAN = {
    "Perencanaan", "Pelayanan", "Pembinaan", "Pengendalian", "Pengembangan", "Pengelolaan Data",
    "Sarana dan Prasarana", "Evaluasi", "Pemberdayaan", "Penataan", "Perlindungan", "Pemantauan"
  };
  private static final String[] SUBBAG = {"Umum dan Kepegawaian", "Keuangan", "Perencanaan"};
  private static final String[] WILAYAH = {
    "Kota", "Utara", "Selatan", "Timur", "Barat", "Pesisir", "Hulu", "Hilir", "Tengah", "Pulau"
  };

  /** Fungsional and pelaksana titles: name, jenis, kategori, jenjang, kelas, golongan choices. */
  private static final String[][] STAF = {
    {
      "Analis Kebijakan Ahli Pertama",
      "fungsional",
      "keahlian",
      "ahli_pertama",
      "8",
      "III/a III/b",
      "akap"
    },
    {
      "Perencana Ahli Pertama", "fungsional", "keahlian", "ahli_pertama", "8", "III/a III/b", "prap"
    },
    {
      "Pranata Komputer Ahli Pertama",
      "fungsional",
      "keahlian",
      "ahli_pertama",
      "8",
      "III/a III/b",
      "pkap"
    },
    {
      "Analis SDM Aparatur Ahli Pertama",
      "fungsional",
      "keahlian",
      "ahli_pertama",
      "8",
      "III/b",
      "asdm"
    },
    {
      "Pranata Komputer Terampil", "fungsional", "keterampilan", "terampil", "6", "II/c II/d", "pkt"
    },
    {"Arsiparis Terampil", "fungsional", "keterampilan", "terampil", "6", "II/c II/d", "arst"},
    {"Penata Layanan Operasional", "pelaksana", null, null, "7", "III/a III/b", "plo"},
    {"Pengelola Layanan Operasional", "pelaksana", null, null, "6", "II/c II/d III/a", "pglo"},
    {"Pengadministrasi Perkantoran", "pelaksana", null, null, "5", "II/a II/b II/c", "pp"},
    {"Operator Layanan Operasional", "pelaksana", null, null, "5", "II/a II/b", "olo"},
  };

  private static final String[][] AHLI_MUDA = {
    {"Analis Kebijakan Ahli Muda", "fungsional", "keahlian", "ahli_muda", "9", "III/c III/d"},
    {"Perencana Ahli Muda", "fungsional", "keahlian", "ahli_muda", "9", "III/c III/d"},
  };

  private BufferedWriter pdOut;
  private BufferedWriter pegOut;
  private String pdId;
  private String pdNama;
  private int staffNo;

  private void perangkatDaerah(int p, int jabatan) throws IOException {
    String[] kind = PD[p % PD.length];
    pdId = kind[1] + (p < PD.length ? "" : "-" + (p / PD.length + 1));
    pdNama = kind[2] + (p < PD.length ? "" : " " + (p / PD.length + 1));
    String kepalaId = kind[0].equals("badan") ? "kaban" : "kadis";
    String sekId = "sekretaris";
    // Structure: kepala, Sekretariat (Sekretaris + 3 Subbagian), B Bidang (Kepala Bidang, one JF
    // ahli muda, 3 Seksi), U UPT. The fixed part is 1 + 1 + 3 + 5B + U positions; the rest are
    // staff spread over the Subbagian, Seksi and UPT, at least one each.
    int bidang = Math.max(1, Math.min(6, jabatan / 60));
    int upt = jabatan > 800 ? (jabatan - 400) / 400 : 0;
    while (bidang > 0 && 5 + 5 * bidang + upt + 3 + 3 * bidang + upt > jabatan) {
      bidang--; // too small for one staff position per leaf unit: fewer Bidang
    }
    int leaves = 3 + 3 * bidang + upt;
    int staff = jabatan - (5 + 5 * bidang + upt);
    // UPT (schools, health centres, field offices) hold most of the staff of a large dinas.
    int[] perLeaf = spread(staff, leaves, 3 + 3 * bidang);
    Path pdFile = dir.resolve("perangkat-daerah").resolve(pdId + ".yaml");
    Path pegFile = dir.resolve("pegawai").resolve(pdId + ".yaml");
    try (BufferedWriter w = Files.newBufferedWriter(pdFile, StandardCharsets.UTF_8);
        BufferedWriter g = Files.newBufferedWriter(pegFile, StandardCharsets.UTF_8)) {
      pdOut = w;
      pegOut = g;
      w.write("# " + pdNama + ": struktur, peta jabatan (sintetis).\n");
      w.write("perangkat_daerah:\n");
      w.write("  - id: " + pdId + "\n");
      w.write("    nama: " + pdNama + "\n");
      w.write("    jenis: " + kind[0] + "\n");
      w.write("    kepala: " + kepalaId + "\n");
      w.write("    kop:\n");
      w.write("      alamat: Jalan " + pick(URUSAN) + " Nomor " + (1 + r.nextInt(200)) + "\n");
      w.write("      kode_pos: \"" + (29100 + r.nextInt(800)) + "\"\n");
      w.write("      telepon: (0768) " + (20000 + r.nextInt(9000)) + "\n");
      w.write("      email: " + pdId + "@sintetis.go.id\n");
      w.write("    jabatan:\n");
      g.write("# Pegawai " + pdNama + " (sintetis).\n");
      g.write("pegawai:\n");
      String ind = "      ";
      jab(ind, null, kepalaId, "Kepala " + pdNama, "jpt_pratama", null, null, 14, null, "IV/c");
      staffNo = 0;
      int leaf = 0;
      w.write("    unit:\n");
      // Sekretariat
      String u = "        ";
      w.write(u.substring(2) + "- id: sekretariat\n");
      w.write(u + "nama: Sekretariat\n" + u + "jenis: sekretariat\n" + u + "kepala: " + sekId);
      w.write("\n" + u + "jabatan:\n");
      jab(
          u + "  ",
          "sekretariat",
          sekId,
          "Sekretaris",
          "administrator",
          null,
          null,
          12,
          kepalaId,
          "IV/a IV/b");
      w.write(u + "unit:\n");
      for (int s = 0; s < 3; s++) {
        String sid = "subbag-" + (s + 1);
        String kid = "kasubbag-" + (s + 1);
        leafUnit(
            u + "  ",
            sid,
            sid,
            "Subbagian " + SUBBAG[s],
            "subbagian",
            kid,
            "Kepala Subbagian " + SUBBAG[s],
            sekId,
            perLeaf[leaf++]);
      }
      for (int b = 0; b < bidang; b++) {
        String bid = "bidang-" + (b + 1);
        String kab = "kabid-" + (b + 1);
        String bNama = URUSAN[(b + p) % URUSAN.length];
        w.write(u.substring(2) + "- id: " + bid + "\n");
        w.write(u + "nama: Bidang " + bNama + "\n" + u + "jenis: bidang\n");
        w.write(u + "kepala: " + kab + "\n" + u + "jabatan:\n");
        List<Pos> own = new ArrayList<>();
        own.add(
            jab(
                u + "  ",
                bid,
                kab,
                "Kepala Bidang " + bNama,
                "administrator",
                null,
                null,
                11,
                kepalaId,
                "IV/a"));
        String[] muda = pick(AHLI_MUDA);
        own.add(
            jab(
                u + "  ",
                bid,
                "jf-muda-" + (b + 1),
                muda[0],
                muda[1],
                muda[2],
                muda[3],
                Integer.parseInt(muda[4]),
                kab,
                muda[5]));
        w.write(u + "unit:\n");
        for (int s = 0; s < 3; s++) {
          String sid = "seksi-" + (b + 1) + "-" + (s + 1);
          String sNama = pick(URUSAN) + " " + (s + 1);
          own.addAll(
              leafUnit(
                  u + "  ",
                  sid,
                  sid,
                  "Seksi " + sNama,
                  "seksi",
                  "kasi-" + (b + 1) + "-" + (s + 1),
                  "Kepala Seksi " + sNama,
                  kab,
                  perLeaf[leaf++]));
        }
        teams.add(own);
      }
      for (int t = 0; t < upt; t++) {
        String id = "upt-" + (t + 1);
        String nm =
            "UPT " + pick(URUSAN) + " Wilayah " + WILAYAH[t % WILAYAH.length] + " " + (t + 1);
        leafUnit(
            u.substring(2),
            id,
            id,
            nm,
            "upt",
            "ka-upt-" + (t + 1),
            "Kepala " + nm,
            kepalaId,
            perLeaf[leaf++]);
      }
    }
    pdHeads.add(new String[] {pdId, kepalaId});
    files += 2;
    bytes += Files.size(pdFile) + Files.size(pegFile);
  }

  /**
   * A unit with a pengawas head and {@code staff} positions (one head counts in the fixed part).
   * Returns the held staff positions of the unit's holders for teams.
   */
  private List<Pos> leafUnit(
      String ind,
      String unit,
      String id,
      String nama,
      String jenis,
      String kepala,
      String kepalaNama,
      String atasan,
      int staff)
      throws IOException {
    BufferedWriter w = pdOut;
    String u = ind + "  ";
    w.write(ind + "- id: " + id + "\n");
    w.write(u + "nama: " + nama + "\n" + u + "jenis: " + jenis + "\n" + u + "kepala: " + kepala);
    w.write("\n" + u + "jabatan:\n");
    jab(u + "  ", unit, kepala, kepalaNama, "pengawas", null, null, 9, atasan, "III/c III/d");
    List<Pos> held = new ArrayList<>();
    for (int j = 0; j < staff; j++) {
      String[] s = pick(STAF);
      String sid = s[6] + "-" + (++staffNo);
      held.add(
          jab(u + "  ", unit, sid, s[0], s[1], s[2], s[3], Integer.parseInt(s[4]), kepala, s[5]));
    }
    return held;
  }

  /**
   * Writes one jabatan at {@code ind} ("- id:" there) and its holders' pegawai; about one staff
   * position in ten needs and has two holders. Returns the position with its first holder.
   */
  private Pos jab(
      String ind,
      String unit,
      String id,
      String nama,
      String jenis,
      String kategori,
      String jenjang,
      int kelas,
      String atasan,
      String golongan)
      throws IOException {
    BufferedWriter w = pdOut;
    String k = ind + "  ";
    boolean staffPos = jenis.equals("fungsional") || jenis.equals("pelaksana");
    int holders = staffPos && r.nextInt(10) == 0 ? 2 : 1;
    w.write(ind + "- id: " + id + "\n");
    w.write(k + "nama: " + nama + "\n");
    w.write(k + "jenis: " + jenis + "\n");
    if (kategori != null) {
      w.write(k + "kategori: " + kategori + "\n" + k + "jenjang: " + jenjang + "\n");
    }
    w.write(k + "kelas: " + kelas + "\n");
    if (holders > 1) {
      w.write(k + "kebutuhan: " + holders + "\n");
    }
    if (atasan != null) {
      w.write(k + "atasan: " + atasan + "\n");
    }
    // The holders as a flow list on one line, as docs/format.md shows.
    String[] gols = golongan.split(" ", 0);
    String first = null;
    w.write(k + "pemangku: [");
    for (int h = 0; h < holders; h++) {
      String gol = gols[r.nextInt(gols.length)];
      String nip = pegawai(name(), gol);
      w.write((h > 0 ? ", \"" : "\"") + nip + "\"");
      if (first == null) {
        first = nip;
      }
    }
    w.write("]\n");
    return new Pos(pdId, unit, id, jenis, jenjang, first);
  }

  private static final String[] GELAR_BELAKANG = {
    "S.E.", "S.Sos.", "S.T.", "S.Kom.", "S.H.", "S.AP.", "M.Si.", "A.Md.", "S.K.M.", "M.M."
  };

  /** Writes one pegawai record and returns its NIP (unique, consistent with the record). */
  private String pegawai(String nama, String golongan) throws IOException {
    // The golongan and its pangkat from the model's own table (PP 99/2000), ranked I/a = 0.
    Golongan gol = Keyed.byKey(Golongan.class, golongan);
    int g = java.util.Arrays.asList(Golongan.values()).indexOf(gol);
    // Older for higher golongan: born 1968-1998, appointed at 23-30, TMT no later than 2023.
    int year = 1996 - g - r.nextInt(12);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(28);
    int tmtYear = Math.min(2023, year + 23 + r.nextInt(8));
    int tmtMonth = 1 + r.nextInt(12);
    boolean lakiLaki = r.nextBoolean();
    String nip;
    do {
      nip =
          String.format(
              Locale.ROOT,
              "%04d%02d%02d%04d%02d%s%03d",
              year,
              month,
              day,
              tmtYear,
              tmtMonth,
              lakiLaki ? "1" : "2",
              1 + r.nextInt(999));
    } while (!nips.add(nip));
    // One pegawai per line (a flow mapping), as an export from SIMPEG would write it; the block
    // style is used by the perangkat daerah files.
    StringBuilder b = new StringBuilder(160);
    b.append("  - {nip: \"").append(nip).append("\", nama: ").append(nama);
    if (g >= 8 && r.nextInt(3) > 0) {
      b.append(", gelar_belakang: ").append(pick(GELAR_BELAKANG));
    }
    b.append(", golongan: ").append(golongan);
    if (r.nextBoolean()) { // pangkat is optional; about half the records carry it
      b.append(", pangkat: ").append(gol.pangkat());
    }
    b.append(", jenis_kelamin: ").append(lakiLaki ? "L" : "P");
    b.append(
        String.format(Locale.ROOT, ", tanggal_lahir: \"%04d-%02d-%02d\"}%n", year, month, day));
    pegOut.write(b.toString());
    pegawaiCount++;
    return nip;
  }

  // --- tim kerja and penugasan ----------------------------------------------------------------

  private void timKerja() throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Tim kerja dalam unit organisasi (sintetis): satu tim per Bidang.\n");
    b.append("tim_kerja:\n");
    int n = 0;
    for (List<Pos> bidang : teams) {
      Pos kabid = bidang.get(0);
      Pos ketua = bidang.get(1);
      List<Pos> members = new ArrayList<>();
      for (Pos p : bidang.subList(2, bidang.size())) {
        if (p.unit().equals(kabid.unit()) || members.size() < 4) {
          members.add(p);
        }
        if (members.size() == 4) {
          break;
        }
      }
      n++;
      String ref = kabid.pd() + "/" + kabid.id();
      b.append("  - id: tim-").append(n).append('\n');
      b.append("    nama: Tim ").append(pick(URUSAN)).append(' ').append(n).append(" Tahun 2024\n");
      b.append("    jenis_tugas: rutin\n");
      b.append("    lingkup: dalam_unit\n");
      b.append("    unit_pemilik_kinerja: ").append(kabid.pd()).append('/').append(kabid.unit());
      b.append('\n');
      b.append("    penanggung_jawab: ").append(ref).append('\n');
      b.append("    ketua: \"").append(ketua.nip()).append("\"\n");
      b.append("    anggota:\n");
      for (Pos p : members) {
        b.append("      - \"").append(p.nip()).append("\"\n");
      }
      b.append("    cara: penunjukan\n");
      b.append("    dasar:\n      jenis: surat_tugas\n      penetap: ").append(ref).append('\n');
      b.append("      nomor: \"800.1.11.1/").append(100 + n).append("/2024\"\n");
      b.append("      tanggal: \"2024-01-15\"\n");
      b.append("    periode:\n      mulai: \"2024-01-15\"\n      selesai: \"2024-12-31\"\n");
      b.append("    target_kinerja:\n      - Laporan kinerja triwulanan\n");
    }
    if (n == 0) {
      b.setLength(0);
      b.append("tim_kerja: []\n");
    }
    write("tim-kerja.yaml", b.toString());
  }

  /**
   * The penugasan: one per Bidang (its JF ahli muda, within the Bidang) by default, or {@code
   * penugasanCount} of them, going round the Bidang and then through the staff of their Seksi, each
   * with its own dates and number, for the letter benchmark.
   */
  private void penugasan() throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("# Penugasan individu dalam unit organisasi (sintetis).\n");
    b.append("penugasan:\n");
    int total = teams.isEmpty() ? 0 : penugasanCount < 0 ? teams.size() : penugasanCount;
    java.time.LocalDate start = java.time.LocalDate.of(2024, 1, 8);
    for (int n = 1; n <= total; n++) {
      List<Pos> bidang = teams.get((n - 1) % teams.size());
      int round = (n - 1) / teams.size();
      Pos kabid = bidang.get(0);
      Pos who = round == 0 ? bidang.get(1) : bidang.get(2 + (round - 1) % (bidang.size() - 2));
      java.time.LocalDate mulai = start.plusDays(round % 300);
      String ref = kabid.pd() + "/" + kabid.id();
      b.append("  - id: tgs-").append(n).append('\n');
      b.append("    pegawai: \"").append(who.nip()).append("\"\n");
      b.append("    tujuan: ").append(kabid.pd()).append('/').append(kabid.unit()).append('\n');
      b.append("    lingkup: dalam_unit\n");
      b.append("    cara: penunjukan\n");
      b.append("    maksud_tujuan: Menyusun kajian ").append(pick(URUSAN).toLowerCase(Locale.ROOT));
      b.append('\n');
      b.append("    target_kinerja:\n      - Dokumen kajian\n");
      b.append("    periode:\n      mulai: \"").append(mulai).append("\"\n");
      b.append("      selesai: \"").append(mulai.plusDays(60)).append("\"\n");
      b.append("    dasar:\n      jenis: surat_tugas\n      penetap: ").append(ref).append('\n');
      b.append("      nomor: \"800.1.11.1/").append(500 + n).append("/2024\"\n");
      b.append("      tanggal: \"").append(mulai.minusDays(3)).append("\"\n");
    }
    if (total == 0) {
      b.setLength(0);
      b.append("penugasan: []\n");
    }
    write("penugasan.yaml", b.toString());
  }

  // --- helpers --------------------------------------------------------------------------------

  private static final String[] DEPAN = {
    "Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra", "Intan", "Joko", "Kartika",
    "Lestari", "Maya", "Nur", "Oktavia", "Putri", "Rahmat", "Siti", "Taufik", "Wahyu", "Yusuf",
    "Zainal", "Rina", "Agus", "Sri", "Dian", "Fajar", "Indah", "Rudi", "Yuni"
  };
  private static final String[] BELAKANG = {
    "Saputra",
    "Wijaya",
    "Lestari",
    "Hidayat",
    "Nasution",
    "Siregar",
    "Harahap",
    "Pratama",
    "Kurniawan",
    "Rahmawati",
    "Susanti",
    "Hasibuan",
    "Simanjuntak",
    "Putri",
    "Ramadhani",
    "Syahputra",
    "Utami",
    "Hamzah",
    "Nasir",
    "Idris"
  };

  private String name() {
    return pick(DEPAN) + " " + pick(BELAKANG);
  }

  private <T> T pick(T[] a) {
    return a[r.nextInt(a.length)];
  }

  /**
   * {@code total} split over {@code n} parts, at least one each, unevenly but deterministically;
   * parts from {@code heavy} on get three times the weight.
   */
  private int[] spread(int total, int n, int heavy) {
    int[] out = new int[n];
    double[] w = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      w[i] = (0.5 + r.nextDouble()) * (i >= heavy ? 3 : 1);
      sum += w[i];
    }
    int given = 0;
    for (int i = 0; i < n; i++) {
      out[i] = 1 + (int) ((total - n) * w[i] / sum);
      given += out[i];
    }
    for (int i = 0; given < total; i = (i + 1) % n) {
      out[i]++;
      given++;
    }
    return out;
  }

  private void write(String name, String text) {
    try {
      Path f = dir.resolve(name);
      Files.createDirectories(f.getParent());
      Files.writeString(f, text, StandardCharsets.UTF_8);
      files++;
      bytes += Files.size(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
