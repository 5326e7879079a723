package id.sisker.rule;

import id.sisker.finding.Citation;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule sisker knows, in one explicit registry: the problems of reading and form found while
 * loading, the integrity checks, and (later) the regulation rules. Ids are stable and never reused.
 * {@code docs/rules.md} is generated from this list.
 */
public final class Catalogue {

  private static final Citation BKN_NIP =
      new Citation("Peraturan Kepala BKN Nomor 22 Tahun 2007", "susunan NIP");
  private static final Citation PP_PANGKAT =
      new Citation("PP 99/2000 jo. PP 12/2002", "golongan ruang dan pangkat PNS");
  private static final Citation PERPRES_PPPK = new Citation("Perpres 98/2020", "golongan PPPK");
  private static final Citation PERMEN_ANJAB =
      new Citation("PermenPANRB 1/2020", "peta jabatan, kebutuhan dan bezetting");
  private static final Citation PERMENPANRB_TIM =
      new Citation("PermenPANRB 7/2022", "sistem kerja: tim kerja (ketua dan anggota tim)");
  private static final Citation PERMEN_KELAS = new Citation("PermenPANRB 34/2011", "kelas jabatan");
  private static final Citation UU_ASN =
      new Citation("UU 5/2014", "Pasal 18 (kategori dan jenjang jabatan fungsional)");

  private static final Citation PERMENDAGRI_ARSIP =
      new Citation("Permendagri 83/2022", "kode klasifikasi arsip 800.1.11.1");

  /**
   * Who may sign at all (the competent official, atas nama, untuk beliau, Plt./Plh.); the Pasal is
   * not given because Permendagri 1/2023 is not among the texts this project was built from.
   */
  private static final Citation PERMENDAGRI_PENANDATANGANAN =
      new Citation("Permendagri 1/2023", "kewenangan penandatanganan naskah dinas");

  private static final Citation PERMENDAGRI_NASKAH =
      new Citation(
          "Permendagri 1/2023",
          "Pasal 44 (nama, gelar, pangkat dan NIP penandatangan naskah dinas)");

  private static final Catalogue INSTANCE = new Catalogue();

  private final Map<RuleId, RuleInfo> rules = new LinkedHashMap<>();

  /** Which findings follow from which, in order of priority (see {@link Akibat}). */
  private final List<Penyebab> penyebab = new ArrayList<>();

  public static Catalogue get() {
    return INSTANCE;
  }

  public Optional<RuleInfo> find(RuleId id) {
    return Optional.ofNullable(rules.get(id));
  }

  public RuleInfo get(RuleId id) {
    RuleInfo r = rules.get(id);
    if (r == null) {
      throw new IllegalArgumentException("rule not in catalogue: " + id);
    }
    return r;
  }

  /** All rules, sorted by id. */
  public List<RuleInfo> all() {
    List<RuleInfo> l = new ArrayList<>(rules.values());
    l.sort((a, b) -> a.id().compareTo(b.id()));
    return Collections.unmodifiableList(l);
  }

  /** The declared cause/consequence relations, in order of priority. */
  public List<Penyebab> penyebab() {
    return Collections.unmodifiableList(penyebab);
  }

  /** The relations under which a finding of {@code rule} may follow from another. */
  public List<Penyebab> penyebab(RuleId rule) {
    return penyebab.stream().filter(p -> p.akibatnya(rule)).toList();
  }

  /** Findings of {@code akibat} follow from one of {@code sebab} within {@code cakupan}. */
  private void akibat(Cakupan cakupan, String sebab, String... akibat) {
    for (String a : akibat) {
      penyebab.add(new Penyebab(a, sebab, cakupan));
    }
  }

  private void add(
      String id,
      Severity s,
      Stage stage,
      String judul,
      String title,
      String uraian,
      String description,
      Citation... c) {
    RuleId rid = RuleId.of(id);
    if (rules.put(
            rid,
            new RuleInfo(
                rid,
                s,
                stage,
                stage == Stage.BERKAS,
                judul,
                title,
                uraian,
                description,
                List.of(c)))
        != null) {
      throw new IllegalStateException("duplicate rule " + id);
    }
  }

  private Catalogue() {
    Severity e = Severity.ERROR;
    Severity w = Severity.WARNING;
    Severity i = Severity.INFO;

    // --- reading files (fatal) ---------------------------------------------------------------
    add(
        "masukan.tidak-ada",
        e,
        Stage.BERKAS,
        "Masukan tidak ada",
        "Input does not exist",
        "Jalur yang diberikan tidak ada.",
        "The path given does not exist.");
    add(
        "masukan.tanpa-akar",
        e,
        Stage.BERKAS,
        "Folder tanpa berkas akar",
        "Folder without a root file",
        "Folder daerah harus memuat daerah.yaml.",
        "A daerah folder must contain daerah.yaml.");
    add(
        "masukan.bukan-akar",
        e,
        Stage.BERKAS,
        "Berkas bukan berkas akar",
        "Not a root file",
        "Berkas yang divalidasi langsung harus memuat kunci daerah.",
        "A file validated on its own must contain the daerah key.");
    add(
        "berkas.tidak-terbaca",
        e,
        Stage.BERKAS,
        "Berkas tidak terbaca",
        "File cannot be read",
        "Berkas tidak dapat dibuka atau dibaca.",
        "The file could not be opened or read.");
    add(
        "berkas.terlalu-besar",
        e,
        Stage.BERKAS,
        "Berkas terlalu besar",
        "File too large",
        "Berkas melebihi batas ukuran (bawaan 32 MiB, ubah dengan --max-file-size).",
        "The file exceeds the size limit (32 MiB by default, see --max-file-size).");
    add(
        "berkas.biner",
        e,
        Stage.BERKAS,
        "Berkas biner",
        "Binary file",
        "Berkas memuat bita NUL, jadi bukan teks YAML.",
        "The file contains NUL bytes, so it is not YAML text.");
    add(
        "berkas.bukan-utf8",
        e,
        Stage.BERKAS,
        "Berkas bukan UTF-8",
        "File is not UTF-8",
        "Berkas YAML harus berenkode UTF-8.",
        "YAML files must be encoded in UTF-8.");
    add(
        "berkas.kosong",
        e,
        Stage.BERKAS,
        "Berkas kosong",
        "Empty file",
        "Berkas tidak memuat dokumen YAML.",
        "The file holds no YAML document.");
    add(
        "yaml.sintaks",
        e,
        Stage.BERKAS,
        "Sintaks YAML tidak sah",
        "Invalid YAML syntax",
        "Berkas tidak dapat diurai sebagai YAML.",
        "The file cannot be parsed as YAML.");
    add(
        "yaml.tag",
        e,
        Stage.BERKAS,
        "Tag YAML tidak diizinkan",
        "YAML tag not allowed",
        "Tag global dan tag lokal ditolak agar teks YAML tidak pernah menjadi objek program.",
        "Global and local tags are refused so YAML text never becomes program objects.");
    add(
        "yaml.alias",
        e,
        Stage.BERKAS,
        "Alias YAML tidak sah atau berlebihan",
        "Invalid or excessive YAML aliases",
        "Alias harus menunjuk jangkar yang sudah ada, dan jumlah serta perluasannya dibatasi (menolak \"billion laughs\").",
        "Aliases must name an earlier anchor; their number and expansion are limited.");
    add(
        "yaml.kedalaman",
        e,
        Stage.BERKAS,
        "Struktur YAML terlalu dalam",
        "YAML nested too deeply",
        "Kedalaman pemetaan dan daftar dibatasi 64 tingkat.",
        "Nesting of mappings and sequences is limited to 64 levels.");
    add(
        "yaml.multi-dokumen",
        e,
        Stage.BERKAS,
        "Lebih dari satu dokumen",
        "More than one document",
        "Satu berkas memuat satu dokumen YAML.",
        "One file holds one YAML document.");
    add(
        "sertakan.terlalu-banyak",
        e,
        Stage.BERKAS,
        "Terlalu banyak berkas",
        "Too many files",
        "Satu daerah memuat paling banyak 10.000 berkas.",
        "One daerah includes at most 10,000 files.");

    // --- form -------------------------------------------------------------------------------
    add(
        "yaml.kunci-ganda",
        e,
        Stage.FORMAT,
        "Kunci ganda",
        "Duplicate key",
        "Satu pemetaan tidak boleh memuat kunci yang sama dua kali; nilai kedua diabaikan.",
        "A mapping may not hold the same key twice; the second value is ignored.");
    add(
        "yaml.kunci-bentuk",
        e,
        Stage.FORMAT,
        "Kunci tidak sah",
        "Invalid key",
        "Kunci harus teks; kunci gabungan (<<) tidak didukung.",
        "Keys must be text; merge keys (<<) are not supported.");
    add(
        "yaml.kunci-tak-dikenal",
        e,
        Stage.FORMAT,
        "Kunci tidak dikenal",
        "Unknown key",
        "Kunci tidak termasuk format (lihat docs/format.md); biasanya salah ketik.",
        "The key is not part of the format; usually a typo.");
    add(
        "yaml.tipe",
        e,
        Stage.FORMAT,
        "Tipe nilai salah",
        "Wrong type of value",
        "Nilai tidak berbentuk yang diharapkan (teks, bilangan, daftar, pemetaan).",
        "The value is not of the expected shape.");
    add(
        "yaml.wajib",
        e,
        Stage.FORMAT,
        "Kunci wajib tidak ada",
        "Required key missing",
        "Kunci yang wajib menurut format tidak ditulis atau kosong.",
        "A key the format requires is missing or empty.");
    add(
        "yaml.kosong",
        w,
        Stage.FORMAT,
        "Kunci tanpa isi",
        "Key without a value",
        "Pemetaan atau daftar yang kuncinya ditulis tanpa isi dianggap tidak ada; di profil, ketentuan"
            + " itu (dan aturannya) tidak berlaku. Isi nilainya atau hapus kuncinya.",
        "A mapping or list key written without a value counts as absent; in a profile, that"
            + " provision (and its rule) does not apply. Fill it in or delete the key.");
    add(
        "yaml.nilai",
        e,
        Stage.FORMAT,
        "Nilai tidak sah",
        "Invalid value",
        "Nilai di luar pilihan, pola atau rentang yang diizinkan.",
        "The value is outside the allowed choices, pattern or range.");
    add(
        "sertakan.tidak-cocok",
        e,
        Stage.FORMAT,
        "Sertakan tidak cocok",
        "Include matches nothing",
        "Entri sertakan tidak menunjuk berkas YAML apa pun.",
        "An include entry names no YAML file.");
    add(
        "sertakan.di-luar",
        e,
        Stage.FORMAT,
        "Sertakan di luar folder",
        "Include outside the folder",
        "Entri sertakan tidak boleh keluar dari folder berkas akar.",
        "Include entries may not leave the root file's folder.");
    add(
        "sertakan.kunci-akar",
        e,
        Stage.FORMAT,
        "Kunci akar di berkas sertaan",
        "Root key in an included file",
        "Hanya berkas akar yang boleh memuat daerah dan sertakan.",
        "Only the root file may hold daerah and sertakan.");
    add(
        "sertakan.terlewat",
        i,
        Stage.FORMAT,
        "Berkas tidak disertakan",
        "File not included",
        "Ada berkas YAML di folder daerah yang tidak disertakan oleh berkas akar.",
        "A YAML file in the daerah folder is not included by the root file.");
    add(
        "id.ganda",
        e,
        Stage.FORMAT,
        "Id ganda",
        "Duplicate id",
        "Id perangkat daerah, tim, penugasan dan pihak luar unik di daerah; id unit dan jabatan unik di perangkat daerahnya.",
        "Ids must be unique in their scope.");
    add(
        "ref.jabatan",
        e,
        Stage.FORMAT,
        "Rujukan jabatan tidak ditemukan",
        "Unknown position reference",
        "Rujukan atasan, kepala, penilai, koordinator, penanggung jawab atau penetap harus menunjuk jabatan yang ada.",
        "A reference must name an existing position.");
    add(
        "ref.unit",
        e,
        Stage.FORMAT,
        "Rujukan unit tidak ditemukan",
        "Unknown unit reference",
        "Rujukan unit harus berbentuk pd atau pd/unit yang ada.",
        "A unit reference must name an existing pd or pd/unit.");
    add(
        "ref.pegawai",
        e,
        Stage.FORMAT,
        "NIP tidak dikenal",
        "Unknown NIP",
        "NIP pemangku, ketua, anggota atau penugasan harus tercantum di daftar pegawai.",
        "An NIP referenced must be listed among the pegawai.");
    add(
        "ref.pihak-luar",
        e,
        Stage.FORMAT,
        "Pihak luar tidak dikenal",
        "Unknown outside party",
        "Id pihak luar harus tercantum di daftar pihak_luar.",
        "An outside party id must be listed in pihak_luar.");
    add(
        "ref.profil",
        e,
        Stage.FORMAT,
        "Profil regulasi tidak dikenal",
        "Unknown regulation profile",
        "daerah.profil harus menunjuk profil yang dikenal (sisker profiles).",
        "daerah.profil must name a known profile.");
    add(
        "ref.model",
        e,
        Stage.FORMAT,
        "Model struktur tidak dikenal",
        "Unknown structure model",
        "Model struktur yang dinyatakan harus ada di profil regulasi daerah.",
        "A declared structure model must exist in the daerah's profile.");
    add(
        "profil.extends",
        e,
        Stage.FORMAT,
        "Profil induk tidak dikenal",
        "Unknown parent profile",
        "extends harus menunjuk profil yang ada, tanpa saling menurunkan.",
        "extends must name an existing profile, without cycles.");
    add(
        "abaikan.aturan",
        e,
        Stage.FORMAT,
        "Aturan yang diabaikan tidak dikenal",
        "Suppressed rule unknown",
        "Entri abaikan menyebut id aturan (atau pola) yang ada di katalog.",
        "An abaikan entry names a rule id (or pattern) in the catalogue.");
    add(
        "abaikan.tidak-terpakai",
        i,
        Stage.FORMAT,
        "Abaikan tidak terpakai",
        "Unused suppression",
        "Entri abaikan yang tidak lagi mengabaikan temuan apa pun sebaiknya dihapus.",
        "An abaikan entry that no longer silences anything should be removed.");
    add(
        "profil.bermasalah",
        w,
        Stage.FORMAT,
        "Aturan regulasi tidak dijalankan karena profil bermasalah",
        "Regulation rules not run: the profile has errors",
        "Bila berkas profil daerah sendiri memuat galat, nilai yang salah dilewati; temuan regulasi"
            + " dapat menjadi akibat kesalahan profil, sehingga aturan regulasi baru dijalankan"
            + " setelah profil diperbaiki.",
        "When the daerah's own profile file has errors, the wrong values are skipped; regulation"
            + " findings could be consequences of the profile's mistakes, so regulation rules run"
            + " once the profile is fixed.");
    add(
        "profil.ganda",
        e,
        Stage.FORMAT,
        "Id profil ganda",
        "Duplicate profile id",
        "Profil daerah memakai id sendiri, tidak menimpa profil yang dibundel.",
        "A daerah's profile uses an id of its own; it does not replace a bundled one.");
    add(
        "daerah.sebutan-kepala",
        e,
        Stage.FORMAT,
        "Sebutan kepala daerah tidak cocok",
        "Title of the head does not match",
        "Kabupaten dipimpin Bupati; kota dipimpin Wali Kota.",
        "A kabupaten is headed by a Bupati, a kota by a Wali Kota.");
    add(
        "penugasan.tujuan",
        e,
        Stage.FORMAT,
        "Tujuan penugasan tidak jelas",
        "Assignment target unclear",
        "Penugasan menyebut tepat satu dari tujuan atau tujuan_luar.",
        "An assignment names exactly one of tujuan or tujuan_luar.");
    add(
        "penugasan.asal",
        e,
        Stage.FORMAT,
        "Unit asal tidak diketahui",
        "Home unit unknown",
        "Unit asal diambil dari jabatan pegawai; tulis asal bila pegawai tidak memangku jabatan.",
        "The home unit comes from the employee's position; write asal otherwise.");
    add(
        "penugasan.lingkup",
        e,
        Stage.FORMAT,
        "Lingkup penugasan tidak cocok",
        "Assignment scope does not match",
        "Lingkup yang ditulis harus sesuai dengan unit asal dan tujuan.",
        "A written scope must agree with the home and target units.");

    // --- integrity ------------------------------------------------------------------------------
    add(
        "nip.format",
        e,
        Stage.INTEGRITAS,
        "Bentuk NIP salah",
        "Malformed NIP",
        "NIP dan NI PPPK terdiri atas 18 angka; nomor urut (angka 16–18) 001–999. NIP lama 9 angka harus diganti NIP baru.",
        "An NIP or NI PPPK has 18 digits; the sequence (digits 16–18) is 001–999.",
        BKN_NIP);
    add(
        "nip.tanggal-lahir",
        e,
        Stage.INTEGRITAS,
        "Tanggal lahir dalam NIP tidak sah",
        "Birth date in NIP invalid",
        "Angka 1–8 NIP adalah tanggal lahir (TTTTBBHH) yang nyata, tahun 1940 atau sesudahnya, dan sama dengan tanggal_lahir bila ditulis.",
        "Digits 1–8 are a real birth date, 1940 or later, matching tanggal_lahir when given.",
        BKN_NIP);
    add(
        "nip.tmt-cpns",
        e,
        Stage.INTEGRITAS,
        "TMT CPNS dalam NIP tidak sah",
        "TMT CPNS in NIP invalid",
        "Angka 9–14 NIP PNS adalah tahun dan bulan TMT CPNS (bulan 01–12), sesudah tanggal lahir. Untuk PPPK hanya tahun (angka 9–12) yang diperiksa.",
        "Digits 9–14 are year and month of first appointment, after birth.",
        BKN_NIP);
    add(
        "nip.usia-pengangkatan",
        w,
        Stage.INTEGRITAS,
        "Usia saat pengangkatan tidak lazim",
        "Unusual age at appointment",
        "Usia pada TMT CPNS menurut NIP di bawah 18 atau di atas 45 tahun; periksa kembali NIP.",
        "The age at first appointment per the NIP is below 18 or above 45.",
        BKN_NIP);
    add(
        "nip.jenis-kelamin",
        e,
        Stage.INTEGRITAS,
        "Kode jenis kelamin NIP salah",
        "Sex digit of NIP wrong",
        "Angka ke-15 NIP adalah 1 (laki-laki) atau 2 (perempuan) dan harus cocok dengan jenis_kelamin.",
        "Digit 15 is 1 (male) or 2 (female) and must match jenis_kelamin.",
        BKN_NIP);
    add(
        "nip.unik",
        e,
        Stage.INTEGRITAS,
        "NIP ganda",
        "Duplicate NIP",
        "Satu NIP hanya dimiliki satu pegawai dan tidak pernah dipakai ulang.",
        "An NIP belongs to one person and is never reused.",
        BKN_NIP);
    add(
        "pegawai.pangkat-golongan",
        e,
        Stage.INTEGRITAS,
        "Pangkat dan golongan tidak cocok",
        "Rank and golongan do not match",
        "PNS memakai golongan ruang I/a–IV/e dengan pangkat pasangannya; PPPK memakai golongan I–XVII tanpa pangkat.",
        "PNS use golongan ruang I/a–IV/e with their pangkat; PPPK use I–XVII without pangkat.",
        PP_PANGKAT,
        PERPRES_PPPK);
    add(
        "pegawai.jabatan-ganda",
        e,
        Stage.INTEGRITAS,
        "Pegawai memangku lebih dari satu jabatan",
        "Employee holds more than one position",
        "Seorang pegawai memangku paling banyak satu jabatan definitif.",
        "An employee holds at most one definitive position.",
        PERMEN_ANJAB);
    add(
        "kedudukan.siklus",
        e,
        Stage.INTEGRITAS,
        "Atasan berputar",
        "Superiors form a cycle",
        "Hubungan atasan langsung membentuk pohon: tidak ada jabatan yang, lewat atasan-atasannya, menjadi atasan dirinya sendiri.",
        "The superior relation is a tree: no cycles.");
    add(
        "kedudukan.atasan-wajib",
        e,
        Stage.INTEGRITAS,
        "Atasan langsung tidak ada",
        "Direct superior missing",
        "Setiap jabatan selain kepala perangkat daerah mempunyai satu atasan langsung.",
        "Every position other than the head of a perangkat daerah has one direct superior.");
    add(
        "unit.kepala",
        e,
        Stage.INTEGRITAS,
        "Kepala unit tidak tepat",
        "Unit head wrong",
        "Setiap unit organisasi dipimpin tepat satu jabatan yang berkedudukan di unit itu; satu jabatan tidak memimpin dua unit.",
        "Every unit has exactly one head position sitting in that unit; no position heads two units.");
    add(
        "jabatan.bezetting",
        w,
        Stage.INTEGRITAS,
        "Bezetting melebihi kebutuhan",
        "More holders than required",
        "Jumlah pemangku (B) melebihi kebutuhan (K) dalam peta jabatan.",
        "The number of holders (B) exceeds the requirement (K).",
        PERMEN_ANJAB);
    add(
        "jabatan.bezetting-pemangku",
        w,
        Stage.INTEGRITAS,
        "Bezetting tertulis berbeda dari jumlah pemangku",
        "Written bezetting differs from the holders listed",
        "Bila `pemangku` dan `bezetting` sama-sama ditulis, angka `bezetting` sama dengan jumlah NIP pemangku; B dihitung dari pemangku.",
        "When both `pemangku` and `bezetting` are written, `bezetting` equals the number of holders' NIPs; B is counted from the holders.",
        PERMEN_ANJAB);
    add(
        "jabatan.kelas",
        e,
        Stage.INTEGRITAS,
        "Kelas jabatan di luar rentang",
        "Job class out of range",
        "Kelas jabatan berada pada rentang 1–17.",
        "Job classes run from 1 to 17.",
        PERMEN_KELAS);
    add(
        "jabatan.jenjang",
        e,
        Stage.INTEGRITAS,
        "Kategori/jenjang fungsional tidak sah",
        "Functional category/level invalid",
        "Jabatan fungsional menyebut kategori dan jenjang yang sepadan (keahlian: ahli pertama–ahli utama; keterampilan: pemula–penyelia); jabatan lain tidak berjenjang.",
        "A functional position names a matching kategori and jenjang; other positions have none.",
        UU_ASN);

    // --- regulation
    // -------------------------------------------------------------------------------
    add(
        "organisasi.kepala-unit",
        e,
        Stage.REGULASI,
        "Kepala unit organisasi tidak sah",
        "Unit head not allowed",
        "Unit organisasi dipimpin Pejabat Pimpinan Tinggi, Administrator atau Pengawas, atau pejabat fungsional yang diangkat memimpin unit kerja mandiri berdasarkan peraturan perundang-undangan (dengan dasar hukumnya).",
        "A unit is led by a JPT, Administrator or Pengawas, or by a JF appointed to lead a unit kerja mandiri under the law (with its legal basis).");
    add(
        "organisasi.fungsional-membawahi",
        e,
        Stage.REGULASI,
        "Pejabat fungsional membawahi jabatan lain",
        "Functional official with subordinates",
        "Pejabat fungsional hanya dapat membawahi pejabat fungsional dan pelaksana bila diangkat memimpin unit kerja mandiri.",
        "A JF may have JF and pelaksana under it only when appointed to lead a unit kerja mandiri.");
    add(
        "kedudukan.atasan-jenis",
        e,
        Stage.REGULASI,
        "Jenis atasan pejabat fungsional/pelaksana tidak sah",
        "Superior of a JF/pelaksana not allowed",
        "Pejabat fungsional dan pelaksana berkedudukan langsung di bawah JPT Pratama, Administrator atau Pengawas (atau pejabat fungsional kepala unit kerja mandiri); diperiksa bila profil tidak memuat tabel kedudukan per jenjang.",
        "JF and pelaksana sit directly under a JPT Pratama, Administrator or Pengawas (or the JF head of a unit kerja mandiri); checked where the profile has no per-jenjang table.");
    add(
        "kedudukan.jenjang",
        e,
        Stage.REGULASI,
        "Kedudukan jabatan fungsional tidak sesuai jenjangnya",
        "Functional position under the wrong kind of superior",
        "Setiap jenjang jabatan fungsional berkedudukan di bawah jenis jabatan yang ditetapkan regulasi daerah untuk model strukturnya (misalnya Ahli Madya di bawah JPT Pratama). Jenjang yang tidak diatur diberi peringatan.",
        "Each jenjang sits under the kind of superior the daerah's regulation sets for its structure model. A jenjang the table does not cover gets a warning.");
    add(
        "kedudukan.pelaksana",
        e,
        Stage.REGULASI,
        "Kedudukan pelaksana tidak sesuai",
        "Pelaksana under the wrong kind of superior",
        "Pelaksana berkedudukan di bawah jenis jabatan yang ditetapkan regulasi daerah (misalnya di bawah Pengawas, dan di bawah Administrator hanya bila tidak ada Pengawas).",
        "Pelaksana sit under the kind of superior the daerah's regulation sets.");
    add(
        "kedudukan.koordinator",
        w,
        Stage.REGULASI,
        "Pengawas dijadikan atasan padahal koordinator",
        "Pengawas made superior where it only coordinates",
        "Pada model struktur tertentu Kepala Subbagian/Seksi/Subbidang hanya mengoordinasikan pejabat fungsional dan pelaksana seperti ketua tim; atasan dan Pejabat Penilai Kinerjanya adalah Administrator.",
        "In some models the Pengawas only coordinates JF and pelaksana like a team lead; their superior and appraiser is the Administrator.");
    add(
        "kedudukan.unit",
        w,
        Stage.INTEGRITAS,
        "Kedudukan tidak sesuai unit",
        "Superior does not match the unit",
        "Jabatan berkedudukan di unit yang dipimpin atasannya; kepala unit berkedudukan di bawah kepala unit di atasnya. Bila tidak, pimpinan unit organisasi pegawai tidak jelas.",
        "A position sits in the unit its superior leads; a unit head answers to the head of the unit above.");
    add(
        "struktur.model",
        e,
        Stage.REGULASI,
        "Model struktur tidak sesuai Lampiran",
        "Structure model differs from the Lampiran",
        "Perangkat daerah atau unit menyatakan model struktur yang ditetapkan Lampiran regulasi untuknya; yang tidak tercantum di Lampiran diberi info.",
        "A perangkat daerah or unit declares the structure model its regulation's Lampiran assigns it.");
    add(
        "struktur.fakta",
        w,
        Stage.REGULASI,
        "Unit tidak sesuai ciri model struktur",
        "Units do not fit the structure model",
        "Jumlah Subbagian di Sekretariat, Seksi per Bidang, Subbagian per Bagian, jenis kepala dan ada tidaknya jabatan fungsional sesuai ciri model struktur yang dinyatakan.",
        "Counts of Subbagian and Seksi, the kind of head and the presence of JF fit the declared model.");
    add(
        "penilai.jenis",
        e,
        Stage.REGULASI,
        "Pejabat Penilai Kinerja tidak sah",
        "Performance appraiser not allowed",
        "Pejabat Penilai Kinerja adalah atasan langsung paling rendah Pengawas, dari jenis yang disebut regulasi daerah, atau pejabat fungsional kepala unit kerja mandiri.",
        "The appraiser is the direct superior, at least a Pengawas, of the kinds the regulation lists, or the JF head of a unit kerja mandiri.");
    add(
        "penilai.delegasi",
        e,
        Stage.REGULASI,
        "Pendelegasian penilai tanpa dasar",
        "Delegated appraiser without a basis",
        "Penilai kinerja selain atasan langsung hanya karena pendelegasian kewenangan, yang dicatat di dasar_penilai.",
        "An appraiser other than the direct superior needs a recorded delegation (dasar_penilai).");
    add(
        "penilai.penugasan",
        e,
        Stage.REGULASI,
        "Kedudukan pegawai yang ditugaskan tidak diketahui",
        "Kedudukan of an assigned employee unknown",
        "Sebelum ditugaskan, kedudukan dan Pejabat Penilai Kinerja pegawai wajib diketahui: ia memangku jabatan yang beratasan.",
        "Before an assignment, the employee's kedudukan and appraiser must be known.");
    add(
        "penugasan.lingkup-diatur",
        w,
        Stage.REGULASI,
        "Lingkup penugasan tidak disebut regulasi",
        "Assignment scope not named by the regulation",
        "Penugasan dilakukan dalam unit, lintas unit, lintas perangkat daerah atau lintas instansi sejauh disebut regulasi daerah.",
        "An assignment (individual or in a team) may involve staff from the scopes the daerah's"
            + " regulation names: within a unit, across units, across perangkat daerah or across"
            + " agencies.");
    add(
        "penugasan.instrumen",
        e,
        Stage.REGULASI,
        "Instrumen penugasan tidak sesuai",
        "Wrong instrument for the assignment",
        "Penugasan ditetapkan dengan jenis naskah yang ditentukan regulasi daerah untuk bentuk, lingkup dan caranya (misalnya Keputusan Bupati untuk tim lintas perangkat daerah).",
        "An assignment is set by the kind of instrument the regulation gives for its form, scope and mode.");
    add(
        "penugasan.penetap",
        e,
        Stage.REGULASI,
        "Penetap penugasan tidak berwenang",
        "Assignment set by an official without authority",
        "Penugasan ditetapkan oleh pejabat yang ditentukan regulasi daerah (Pimpinan Unit Organisasi, Pejabat Penilai Kinerja, Kepala Perangkat Daerah, Sekretaris Daerah atau Kepala Daerah) untuk bentuk, lingkup dan caranya.",
        "An assignment is set by the official the regulation names for its form, scope and mode.");
    add(
        "penugasan.isi",
        e,
        Stage.REGULASI,
        "Isi surat perintah tidak lengkap",
        "Surat perintah lacks required contents",
        "Surat perintah memuat maksud dan tujuan, ekspektasi/target kinerja, durasi keterlibatan dan pengaturan lain, di daerah yang mewajibkannya.",
        "The surat perintah states purpose, expected performance, duration and other arrangements where the regulation requires it.");
    add(
        "penugasan.bukti",
        e,
        Stage.REGULASI,
        "Penugasan tanpa bukti tertulis",
        "Assignment without written proof",
        "Setiap penugasan mempunyai bukti tertulis (surat tugas, surat perintah, disposisi atau bukti elektronik) yang dicatat sebagai dasar.",
        "Every assignment has written proof, recorded as its dasar.");
    add(
        "penugasan.periode",
        e,
        Stage.FORMAT,
        "Periode terbalik",
        "Period ends before it starts",
        "Tanggal selesai penugasan atau tim tidak sebelum tanggal mulainya.",
        "An assignment or team does not end before it starts.");
    add(
        "penugasan.tugas-rutin",
        w,
        Stage.REGULASI,
        "Tugas rutin melewati satu tahun anggaran",
        "Routine work beyond one fiscal year",
        "Tim atau penugasan dengan jenis_tugas rutin dilaksanakan dalam periode satu tahun anggaran,"
            + " di daerah yang menyatakannya; tugas yang berlanjut ditetapkan lagi untuk tahun"
            + " berikutnya.",
        "A team or assignment recorded as routine work runs within one fiscal year where the"
            + " regulation says so; work that continues is set again for the next year.");
    add(
        "sukarela.lingkup",
        e,
        Stage.REGULASI,
        "Pengajuan sukarela di luar jangkauannya",
        "Volunteering beyond its allowed reach",
        "Pengajuan sukarela hanya dapat dilakukan dalam lingkup yang disebut regulasi daerah (misalnya hanya dalam satu perangkat daerah di Indragiri Hilir, dalam pemerintah daerah di daerah lain).",
        "Pengajuan sukarela only reaches the scopes the regulation allows.");
    add(
        "tim.lingkup",
        e,
        Stage.FORMAT,
        "Lingkup tim tidak sesuai anggotanya",
        "Team scope does not match its members",
        "Lingkup tim adalah jangkauan terjauh anggotanya terhadap unit pemilik kinerja: dalam unit, lintas unit, lintas perangkat daerah atau lintas instansi; lingkup menentukan instrumen dan penetapnya.",
        "A team's scope is the widest reach of its members towards the owning unit; the scope decides its instrument and issuer.");
    add(
        "tim.ketua-wajib",
        e,
        Stage.REGULASI,
        "Tim tanpa ketua",
        "Team without a ketua",
        "Tim kerja terdiri atas ketua dan anggota, di daerah yang mewajibkannya.",
        "A team consists of a ketua and members where the regulation requires it.");
    add(
        "tim.ketua",
        w,
        Stage.REGULASI,
        "Ketua tim dari jenis jabatan yang tidak disebut",
        "Team lead of a kind not named",
        "Ketua tim berasal dari jenis jabatan yang disebut regulasi daerah.",
        "The team lead is of a kind the regulation names.");
    add(
        "tim.anggota",
        w,
        Stage.REGULASI,
        "Anggota tim bukan pejabat fungsional atau pelaksana",
        "Team member not a JF or pelaksana",
        "Tim kerja beranggotakan pejabat fungsional dan/atau pelaksana.",
        "Teams are made of JF and/or pelaksana.");
    add(
        "tim.anggota-kosong",
        w,
        Stage.INTEGRITAS,
        "Tim tanpa anggota",
        "Team without members",
        "Tim kerja terdiri atas ketua dan anggota; tim tanpa anggota (anggota: [] atau tanpa kunci"
            + " anggota) bukan tim, di profil mana pun.",
        "A tim kerja is a ketua with anggota; a team without members (anggota: [] or no anggota"
            + " key) is no team, whatever the profile.",
        PERMENPANRB_TIM);
    add(
        "tim.ketua-pemilik",
        w,
        Stage.REGULASI,
        "Ketua tim lintas bukan dari pemilik kinerja",
        "Lead of a cross team not from the owner",
        "Ketua tim lintas unit, perangkat daerah atau instansi diutamakan dari unit (atau perangkat daerah) pemilik kinerja.",
        "The lead of a cross team preferably comes from the unit (or perangkat daerah) owning the work.");
    add(
        "tim.penanggung-jawab",
        w,
        Stage.REGULASI,
        "Penanggung jawab tim tidak ada atau tidak sah",
        "Team's accountable official missing or not allowed",
        "Tim mempunyai penanggung jawab dari jenis jabatan yang disebut regulasi daerah (Indragiri Hilir: pejabat administrasi atau pejabat fungsional hasil penyetaraan).",
        "A team has an accountable official (penanggung jawab) of a kind the regulation names.");
    add(
        "tim.dasar",
        e,
        Stage.REGULASI,
        "Tim tanpa dasar penetapan",
        "Team without an instrument",
        "Tim kerja ditetapkan dengan naskah tertulis oleh pejabat yang berwenang, dicatat sebagai dasar.",
        "A team is set by a written instrument, recorded as its dasar.");
    add(
        "pelibatan.permohonan",
        w,
        Stage.REGULASI,
        "Penugasan lintas tanpa surat permohonan",
        "Cross assignment without a request letter",
        "Penunjukan atau pengajuan sukarela lintas unit, perangkat daerah atau instansi didahului surat permohonan yang dicatat di permohonan.",
        "A cross assignment is preceded by a request letter, recorded under permohonan.");
    add(
        "pelibatan.isi",
        e,
        Stage.REGULASI,
        "Isi surat permohonan pelibatan tidak lengkap",
        "Request letter lacks required contents",
        "Surat permohonan pelibatan memuat maksud dan tujuan, kompetensi yang dibutuhkan, ekspektasi/target kinerja, dan durasi, pada lingkup yang diwajibkan regulasi daerah.",
        "The request states purpose, competence needed, expected performance and duration where the regulation requires it.");
    add(
        "pelibatan.alur",
        e,
        Stage.REGULASI,
        "Alamat atau tembusan surat permohonan tidak sesuai",
        "Request sent to the wrong official or missing a copy",
        "Surat permohonan ditujukan kepada pejabat dan ditembuskan kepada pejabat yang ditentukan regulasi daerah untuk lingkup dan caranya.",
        "The request goes to, and is copied to, the officials the regulation names for its scope and mode.");
    add(
        "pelibatan.penolakan",
        e,
        Stage.REGULASI,
        "Penolakan tanpa alasan",
        "Refusal without reasons",
        "Permohonan yang tidak disetujui dijawab secara tertulis dengan alasannya.",
        "A refused request is answered in writing with reasons.");
    add(
        "pelaporan.individu",
        e,
        Stage.REGULASI,
        "Laporan penugasan individu kepada pejabat yang tidak ditentukan",
        "Individual reports to an official not named",
        "Pegawai yang ditugaskan secara individu melaporkan pelaksanaan tugasnya kepada pejabat yang ditentukan regulasi daerah (atasan langsung, Pejabat Penilai Kinerja, Pimpinan Unit Organisasi atau Kepala Perangkat Daerah).",
        "An individually assigned employee reports to the official the regulation names.");
    add(
        "pelaporan.ketua",
        e,
        Stage.REGULASI,
        "Laporan ketua tim kepada pejabat yang tidak ditentukan",
        "Team lead reports to an official not named",
        "Ketua tim melaporkan pelaksanaan tugas tim secara berkala kepada pejabat yang ditentukan regulasi daerah.",
        "The team lead reports periodically to the official the regulation names.");
    add(
        "kedudukan.dasar",
        e,
        Stage.REGULASI,
        "Dasar penetapan kedudukan tidak sah atau tidak dicatat",
        "Kedudukan not set by the competent authority, or not recorded",
        "Kedudukan jabatan fungsional dan pelaksana ditetapkan oleh pejabat yang ditentukan regulasi daerah; naskahnya dicatat sebagai dasar_kedudukan (tidak dicatat: info).",
        "The kedudukan is set by the authority the regulation names, recorded as dasar_kedudukan (missing: info).");
    add(
        "penugasan.perjanjian-kinerja",
        w,
        Stage.REGULASI,
        "Perjanjian Kinerja Pelaksanaan Kegiatan tidak dicatat",
        "Perjanjian Kinerja Pelaksanaan Kegiatan not recorded",
        "Perangkat daerah menetapkan Perjanjian Kinerja Pelaksanaan Kegiatan Unit Organisasi yang memilah pekerjaan individu dan tim, di daerah yang mewajibkannya.",
        "Where the regulation requires it, each Unit Organisasi has one Perjanjian Kinerja"
            + " Pelaksanaan Kegiatan (set by the head of the perangkat daerah, school or puskesmas)"
            + " that sorts its work into individual and team assignments.");
    add(
        "surat.nomor",
        w,
        Stage.INTEGRITAS,
        "Nomor surat tanpa kode klasifikasi arsip",
        "Letter number without a filing code",
        "Nomor naskah dinas diawali kode klasifikasi arsip, misalnya 800.1.11.1 untuk surat perintah/surat tugas.",
        "A letter number starts with its filing code, e.g. 800.1.11.1 for assignment letters.",
        PERMENDAGRI_ARSIP);
    add(
        "surat.penandatangan",
        w,
        Stage.INTEGRITAS,
        "Penandatangan tanpa pangkat/golongan",
        "Signer without rank",
        "Blok tanda tangan naskah penugasan memuat nama, pangkat/golongan dan NIP pemangku jabatan"
            + " penetap; keputusan yang ditandatangani Sekretaris Daerah (seperti Bupati/Wali Kota)"
            + " memuat nama tanpa pangkat dan NIP.",
        "The signature block of an assignment letter shows the issuer's name, pangkat/golongan and"
            + " NIP; a keputusan signed by the Sekretaris Daerah (like one of the head of region)"
            + " shows the name without them.",
        PERMENDAGRI_NASKAH);
    add(
        "surat.penandatangan-kosong",
        w,
        Stage.INTEGRITAS,
        "Jabatan penandatangan kosong",
        "Signing position vacant",
        "Naskah penugasan ditandatangani pemangku jabatan penetap (atau pelaksana tugasnya, yang"
            + " dicatat sebagai pemangku); jabatan tanpa pemangku tidak dapat menandatangani.",
        "An assignment letter is signed by the holder of the issuing position (or an acting"
            + " holder, recorded as its holder); a vacant position cannot sign.",
        PERMENDAGRI_PENANDATANGANAN);
    add(
        "penugasan.data-surat",
        e,
        Stage.REGULASI,
        "Data yang diperlukan surat tidak ada",
        "Data a letter needs is missing",
        "`sisker surat` tidak mengisi kekosongan: surat tidak disusun bila penandatangan, pemangku jabatannya, periode, maksud dan tujuan, atau alasan penolakan tidak tertulis.",
        "`sisker surat` does not draft a letter with blanks: no letter when the signer, its holder, the period, the purpose or a refusal's reason is missing.",
        PERMENDAGRI_NASKAH);

    // --- one finding per mistake (issue #8 §5, ADR 50) -------------------------------------------
    // A finding of the rules on the right follows from one of the rule on the left and is shown
    // under it, uncounted. Earlier lines take precedence; a consequence is never more severe than
    // its cause (Akibat checks that at run time, as profiles may change severities).
    // A profile file with a mistake: its regulation findings are skipped, profil.bermasalah says
    // so.
    akibat(Cakupan.PROFIL, "*", "profil.bermasalah");
    // A cycle of superiors: every other finding about those superiors is moot until it is broken.
    akibat(
        Cakupan.TEMPAT,
        "kedudukan.siklus",
        "kedudukan.atasan-jenis",
        "kedudukan.jenjang",
        "kedudukan.pelaksana",
        "kedudukan.koordinator",
        "organisasi.fungsional-membawahi",
        "penilai.jenis",
        "kedudukan.unit");
    // A unit led by the wrong kind of position (a JF without a unit kerja mandiri, a pelaksana):
    // the places of the positions under that head follow from it.
    akibat(
        Cakupan.BAWAHAN,
        "organisasi.kepala-unit",
        "organisasi.fungsional-membawahi",
        "kedudukan.atasan-jenis",
        "kedudukan.jenjang",
        "kedudukan.pelaksana",
        "kedudukan.koordinator",
        "penilai.jenis",
        "kedudukan.unit");
    // A unit whose head is another unit's head: its positions' superiors look wrong.
    akibat(
        Cakupan.BAWAHAN,
        "unit.kepala",
        "kedudukan.atasan-jenis",
        "kedudukan.jenjang",
        "kedudukan.pelaksana",
        "kedudukan.koordinator",
        "penilai.jenis",
        "kedudukan.unit");
    // A JF used as a superior: one finding for the JF, the places under it follow.
    akibat(
        Cakupan.TEMPAT,
        "organisasi.fungsional-membawahi",
        "kedudukan.atasan-jenis",
        "kedudukan.jenjang",
        "kedudukan.pelaksana",
        "kedudukan.koordinator",
        "penilai.jenis",
        "kedudukan.unit");
    // One wrong atasan: the kind of superior first, then the jenjang or pelaksana placement; the
    // appraiser (the atasan) and the unit mismatch follow from it.
    akibat(
        Cakupan.TEMPAT,
        "kedudukan.atasan-jenis",
        "kedudukan.jenjang",
        "kedudukan.pelaksana",
        "kedudukan.koordinator",
        "penilai.jenis",
        "kedudukan.unit");
    for (String placement : List.of("kedudukan.jenjang", "kedudukan.pelaksana")) {
      akibat(Cakupan.TEMPAT, placement, "kedudukan.koordinator", "penilai.jenis", "kedudukan.unit");
    }
    akibat(Cakupan.TEMPAT, "kedudukan.koordinator", "penilai.jenis", "kedudukan.unit");
    // The structure model: a wrong model makes its facts moot; a fact that does not fit the model
    // (a JF in an UPT without JF) makes the placement of that position moot.
    akibat(Cakupan.ENTITAS, "struktur.model", "struktur.fakta");
    akibat(Cakupan.TEMPAT, "struktur.fakta", "kedudukan.jenjang", "kedudukan.pelaksana");
    // A unit in the wrong parent (a Bagian inside a Bagian): its head's superior looks wrong too.
    akibat(Cakupan.BAWAHAN, "struktur.fakta", "kedudukan.unit");
    // A member, ketua or unit that could not be resolved, or a wrong ketua: the team's or the
    // assignment's scope is computed from them.
    for (String ref : List.of("ref.pegawai", "ref.pihak-luar", "ref.jabatan", "ref.unit")) {
      akibat(Cakupan.ENTITAS, ref, "tim.lingkup", "penugasan.lingkup", "pelibatan.*");
    }
    akibat(Cakupan.ENTITAS, "tim.ketua", "tim.lingkup");
  }
}
