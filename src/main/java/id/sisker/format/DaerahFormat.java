package id.sisker.format;

import id.sisker.model.CaraPenugasan;
import id.sisker.model.Golongan;
import id.sisker.model.JenisDaerah;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisKelamin;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.JenisTugas;
import id.sisker.model.JenisUnit;
import id.sisker.model.Jenjang;
import id.sisker.model.KategoriFungsional;
import id.sisker.model.Keyed;
import id.sisker.model.Lingkup;
import id.sisker.model.StatusJabatan;
import id.sisker.model.StatusPegawai;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML format of a daerah, format version 1. Field names are Indonesian because the users are
 * Bagian Organisasi staff and the regulations name these things in Indonesian.
 */
public final class DaerahFormat extends Declarations {

  public static final int VERSION = 1;

  /** The object every file is: the root file of a daerah or one of the files it includes. */
  public static final String FILE = "berkas";

  public static final String ID_PATTERN = "^[a-z0-9][a-z0-9_-]*$";
  public static final String REF_PATTERN = "^([a-z0-9][a-z0-9_-]*/)?[a-z0-9][a-z0-9_-]*$";
  public static final String NIP_PATTERN = "^(NIP\\.? ?)?[0-9][0-9 .]{16,}[0-9]$";
  public static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  public static final String KODE_WILAYAH_PATTERN = "^[0-9]{2}\\.[0-9]{2}$";

  public static DaerahFormat get() {
    return Holder.INSTANCE;
  }

  /** Created on first use, after the static type constants below exist. */
  private static final class Holder {
    static final DaerahFormat INSTANCE = new DaerahFormat();
  }

  @Override
  public String root() {
    return FILE;
  }

  @Override
  public Doc title() {
    return d("Berkas data daerah sisker", "sisker daerah data file");
  }

  // ---------------------------------------------------------------------------------------------

  private static Doc d(String id, String en) {
    return new Doc(id, en);
  }

  private static FieldSpec req(String key, Type t, String id, String en, String example) {
    return new FieldSpec(key, t, true, d(id, en), example);
  }

  private static FieldSpec opt(String key, Type t, String id, String en, String example) {
    return new FieldSpec(key, t, false, d(id, en), example);
  }

  private static final ScalarSpec TEXT = ScalarSpec.of(ScalarKind.TEXT);
  private static final ScalarSpec ID =
      new ScalarSpec(
          "id",
          ScalarKind.ID,
          List.of(),
          Optional.of(ID_PATTERN),
          Optional.empty(),
          Optional.empty());
  private static final ScalarSpec REF =
      new ScalarSpec(
          "ref",
          ScalarKind.REF,
          List.of(),
          Optional.of(REF_PATTERN),
          Optional.empty(),
          Optional.empty());
  private static final ScalarSpec NIP =
      new ScalarSpec(
          "nip",
          ScalarKind.NIP,
          List.of(),
          Optional.of(NIP_PATTERN),
          Optional.empty(),
          Optional.empty());
  private static final ScalarSpec PERSON = ScalarSpec.of(ScalarKind.PERSON);
  private static final ScalarSpec DATE =
      new ScalarSpec(
          "date",
          ScalarKind.DATE,
          List.of(),
          Optional.of(DATE_PATTERN),
          Optional.empty(),
          Optional.empty());
  private static final ScalarSpec BOOL = ScalarSpec.of(ScalarKind.BOOLEAN);
  private static final ScalarSpec NOMOR = ScalarSpec.code("^.+$");

  private static ListSpec list(Type t) {
    return new ListSpec(t);
  }

  private static ObjectRef obj(String name) {
    return new ObjectRef(name);
  }

  private <E extends Enum<E> & Keyed> ScalarSpec enumOf(
      String name, Class<E> type, Map<String, Doc> docs) {
    List<EnumValue> values = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      values.add(new EnumValue(e.key(), docs.getOrDefault(e.key(), d("", ""))));
    }
    ScalarSpec s = ScalarSpec.enumeration(name, values);
    enums.put(name, s);
    return s;
  }

  private void add(String name, String id, String en, FieldSpec... fields) {
    objects.put(name, new ObjectSpec(name, d(id, en), List.of(fields)));
  }

  private DaerahFormat() {
    ScalarSpec jenisDaerah =
        enumOf(
            "jenis_daerah",
            JenisDaerah.class,
            Map.of(
                "kabupaten",
                d("kabupaten, dipimpin Bupati", "regency, headed by a Bupati"),
                "kota",
                d("kota, dipimpin Wali Kota", "city, headed by a Wali Kota")));
    ScalarSpec statusJabatan =
        enumOf(
            "status_jabatan",
            StatusJabatan.class,
            Map.of(
                "definitif", d("pejabat definitif", "definitive office holder"),
                "pj", d("Penjabat (Pj.)", "acting appointee (Penjabat)"),
                "plt", d("Pelaksana Tugas (Plt.)", "officer in charge (Pelaksana Tugas)"),
                "plh", d("Pelaksana Harian (Plh.)", "daily officer in charge (Pelaksana Harian)")));
    ScalarSpec jenisPd =
        enumOf(
            "jenis_perangkat_daerah",
            JenisPerangkatDaerah.class,
            Map.ofEntries(
                Map.entry("sekretariat_daerah", d("Sekretariat Daerah", "regional secretariat")),
                Map.entry(
                    "sekretariat_dprd",
                    d("Sekretariat DPRD", "secretariat of the regional parliament")),
                Map.entry("inspektorat", d("Inspektorat Daerah", "regional inspectorate")),
                Map.entry("dinas", d("dinas", "service agency")),
                Map.entry("badan", d("badan", "board")),
                Map.entry(
                    "satuan",
                    d("satuan (Satuan Polisi Pamong Praja)", "unit (civil service police)")),
                Map.entry("kecamatan", d("kecamatan", "district")),
                Map.entry("kelurahan", d("kelurahan", "urban village")),
                Map.entry(
                    "upt",
                    d(
                        "UPT/UPTD yang dimuat sebagai perangkat daerah tersendiri",
                        "technical implementation unit filed on its own")),
                Map.entry("rsud", d("Rumah Sakit Umum Daerah", "regional general hospital")),
                Map.entry("satuan_pendidikan", d("satuan pendidikan", "school")),
                Map.entry(
                    "puskesmas", d("pusat kesehatan masyarakat", "community health centre"))));
    ScalarSpec jenisUnit =
        enumOf(
            "jenis_unit",
            JenisUnit.class,
            Map.ofEntries(
                Map.entry("sekretariat", d("sekretariat (dipimpin Sekretaris)", "secretariat")),
                Map.entry(
                    "asisten",
                    d(
                        "keasistenan Sekretariat Daerah",
                        "assistant's office of the regional secretariat")),
                Map.entry(
                    "bagian",
                    d("bagian (dipimpin Kepala Bagian)", "division headed by a Kepala Bagian")),
                Map.entry("subbagian", d("subbagian", "subdivision")),
                Map.entry(
                    "bidang",
                    d("bidang (dipimpin Kepala Bidang)", "department headed by a Kepala Bidang")),
                Map.entry("subbidang", d("subbidang", "sub-department")),
                Map.entry("seksi", d("seksi", "section")),
                Map.entry(
                    "inspektur_pembantu",
                    d("wilayah Inspektur Pembantu", "assistant inspector's area")),
                Map.entry(
                    "upt", d("unit pelaksana teknis (UPT/UPTD)", "technical implementation unit")),
                Map.entry(
                    "puskesmas", d("UPT pusat kesehatan masyarakat", "community health centre")),
                Map.entry("satuan_pendidikan", d("UPT satuan pendidikan", "school")),
                Map.entry(
                    "kelurahan",
                    d("kelurahan di bawah kecamatan", "urban village under the district")),
                Map.entry(
                    "rsud", d("rumah sakit daerah sebagai unit", "regional hospital as a unit")),
                Map.entry("lainnya", d("unit lain", "other unit"))));
    ScalarSpec jenisJabatan =
        enumOf(
            "jenis_jabatan",
            JenisJabatan.class,
            Map.of(
                "jpt_madya",
                    d(
                        "Jabatan Pimpinan Tinggi Madya (Sekretaris Daerah provinsi; jarang di kabupaten/kota)",
                        "senior executive, madya level"),
                "jpt_pratama",
                    d(
                        "Jabatan Pimpinan Tinggi Pratama (Sekda kab/kota, kepala dinas/badan, asisten)",
                        "senior executive, pratama level"),
                "administrator",
                    d(
                        "Jabatan Administrator (sekretaris, kepala bidang/bagian, camat)",
                        "administrator"),
                "pengawas",
                    d("Jabatan Pengawas (kepala subbagian/seksi, lurah, kepala UPT)", "supervisor"),
                "fungsional",
                    d(
                        "Jabatan Fungsional (isi kategori dan jenjang)",
                        "functional position (give kategori and jenjang)"),
                "pelaksana", d("Jabatan Pelaksana", "implementing staff")));
    ScalarSpec kategori =
        enumOf(
            "kategori_fungsional",
            KategoriFungsional.class,
            Map.of(
                "keahlian",
                d("kategori keahlian (ahli)", "expert category"),
                "keterampilan",
                d("kategori keterampilan", "skilled category")));
    ScalarSpec jenjang = enumOf("jenjang", Jenjang.class, Map.of());
    ScalarSpec status =
        enumOf(
            "status_pegawai",
            StatusPegawai.class,
            Map.of(
                "pns",
                d("Pegawai Negeri Sipil", "civil servant"),
                "pppk",
                d("Pegawai Pemerintah dengan Perjanjian Kerja", "contract government employee")));
    ScalarSpec kelamin =
        enumOf(
            "jenis_kelamin",
            JenisKelamin.class,
            Map.of("L", d("laki-laki", "male"), "P", d("perempuan", "female")));
    ScalarSpec golongan = enumOf("golongan", Golongan.class, Map.of());
    ScalarSpec jenisTugas =
        enumOf(
            "jenis_tugas",
            JenisTugas.class,
            Map.of(
                "rutin",
                d("tugas rutin sepanjang tahun anggaran", "routine work over the fiscal year"),
                "insidental",
                d(
                    "tugas insidental dengan jangka waktu tertentu",
                    "incidental work for a set period")));
    ScalarSpec lingkup =
        enumOf(
            "lingkup",
            Lingkup.class,
            Map.of(
                "dalam_unit", d("di dalam satu unit organisasi", "inside one unit"),
                "lintas_unit",
                    d(
                        "lintas unit organisasi dalam satu perangkat daerah",
                        "across units of one perangkat daerah"),
                "lintas_perangkat_daerah", d("lintas perangkat daerah", "across perangkat daerah"),
                "lintas_instansi", d("lintas instansi pemerintah", "across government agencies")));
    ScalarSpec cara =
        enumOf(
            "cara_penugasan",
            CaraPenugasan.class,
            Map.of(
                "penunjukan",
                d("penunjukan oleh pejabat", "assigned by an official"),
                "pengajuan_sukarela",
                d("pengajuan sukarela oleh pegawai", "volunteered by the employee")));
    ScalarSpec instrumen =
        enumOf(
            "jenis_instrumen",
            JenisInstrumen.class,
            Map.of(
                "surat_tugas", d("Surat Tugas", "assignment letter"),
                "surat_perintah", d("Surat Perintah", "order letter"),
                "surat_perintah_tugas", d("Surat Perintah Tugas", "assignment order"),
                "surat_keputusan", d("Surat Keputusan pejabat", "decree of an official"),
                "keputusan_kepala_daerah",
                    d("Keputusan Bupati/Wali Kota", "decree of the head of region"),
                "keputusan_sekretaris_daerah",
                    d("Keputusan Sekretaris Daerah", "decree of the regional secretary"),
                "disposisi", d("disposisi", "written disposition"),
                "bukti_elektronik",
                    d("bukti penugasan elektronik lain", "other electronic proof")));

    add(
        FILE,
        "Satu berkas YAML. Berkas akar (daerah.yaml) memuat `daerah`; berkas lain yang disertakan memuat daftar-daftar di bawah ini.",
        "One YAML file. The root file (daerah.yaml) holds `daerah`; included files hold the lists below.",
        opt(
            "sisker",
            ScalarSpec.integer(1, 1),
            "Versi format berkas; saat ini 1.",
            "Format version; currently 1.",
            "1"),
        opt(
            "daerah",
            obj("daerah"),
            "Identitas daerah; hanya di berkas akar.",
            "Who the daerah is; root file only.",
            null),
        opt(
            "sertakan",
            list(TEXT),
            "Berkas, folder atau pola glob (relatif terhadap berkas akar) yang dimuat bersama berkas akar; hanya di berkas akar.",
            "Files, folders or glob patterns (relative to the root file) loaded with it; root file only.",
            "perangkat-daerah/*.yaml"),
        opt(
            "perangkat_daerah",
            list(obj("perangkat_daerah")),
            "Perangkat daerah beserta unit dan peta jabatannya.",
            "Perangkat daerah with their units and peta jabatan.",
            null),
        opt(
            "pegawai",
            list(obj("pegawai")),
            "Pegawai (PNS dan PPPK).",
            "Employees (PNS and PPPK).",
            null),
        opt(
            "pihak_luar",
            list(obj("pihak_luar")),
            "Orang dari instansi lain yang terlibat dalam tim kerja.",
            "People from other agencies taking part in teams.",
            null),
        opt("tim_kerja", list(obj("tim_kerja")), "Tim kerja.", "Work teams.", null),
        opt(
            "penugasan",
            list(obj("penugasan")),
            "Penugasan individu.",
            "Individual assignments.",
            null));

    add(
        "daerah",
        "Identitas daerah dan profil regulasi yang mengaturnya.",
        "Who the daerah is and which regulation profile governs it.",
        req("nama", TEXT, "Nama resmi daerah.", "Official name.", "Kabupaten Indragiri Hilir"),
        req("jenis", jenisDaerah, "Kabupaten atau kota.", "Regency or city.", "kabupaten"),
        req("provinsi", TEXT, "Nama provinsi.", "Province.", "Riau"),
        req(
            "kode_wilayah",
            ScalarSpec.code(KODE_WILAYAH_PATTERN),
            "Kode wilayah Kemendagri dengan titik (bukan kode BPS); tulis dengan tanda kutip.",
            "Kemendagri region code with its dot (not the BPS code); quote it.",
            "\"14.04\""),
        req(
            "ibukota",
            TEXT,
            "Ibu kota daerah, tempat surat ditetapkan.",
            "Seat of government, where letters are issued.",
            "Tembilahan"),
        req(
            "kepala_daerah",
            obj("kepala_daerah"),
            "Kepala daerah (Bupati/Wali Kota).",
            "Head of the region.",
            null),
        req(
            "profil",
            ID,
            "Id profil regulasi yang mengatur sistem kerja daerah ini (lihat `sisker profiles`).",
            "Id of the regulation profile governing this daerah.",
            "indragiri-hilir"),
        opt(
            "profil_file",
            TEXT,
            "Berkas profil regulasi milik daerah ini (relatif terhadap berkas akar), untuk daerah yang tidak termasuk profil bawaan; id-nya ditulis di profil.",
            "This daerah's own regulation profile file (relative to the root file); its id goes in profil.",
            "profil/kabupaten-contoh.yaml"),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "kepala_daerah",
        "Bupati atau Wali Kota.",
        "The Bupati or Wali Kota.",
        opt(
            "sebutan",
            TEXT,
            "Sebutan jabatan: Bupati atau Wali Kota; bila kosong diturunkan dari jenis daerah.",
            "Title; derived from the jenis of the daerah when omitted.",
            "Bupati"),
        opt("nama", TEXT, "Nama tanpa gelar.", "Name without titles.", "HERMAN"),
        opt("gelar_depan", TEXT, "Gelar di depan nama.", "Titles before the name.", "H."),
        opt(
            "gelar_belakang",
            TEXT,
            "Gelar di belakang nama.",
            "Titles after the name.",
            "S.E., M.M."),
        opt(
            "status",
            statusJabatan,
            "Definitif, Pj., Plt. atau Plh.; bawaan definitif.",
            "How the office is held; default definitif.",
            "pj"));

    add(
        "perangkat_daerah",
        "Satu perangkat daerah: unit organisasi bertingkat dan peta jabatannya.",
        "One perangkat daerah: nested units and its peta jabatan.",
        req(
            "id",
            ID,
            "Id unik di daerah ini; dipakai sebagai awalan rujukan `id/...`.",
            "Unique id; the prefix of references `id/...`.",
            "dishub"),
        req(
            "nama",
            TEXT,
            "Nama resmi persis seperti Lampiran peraturan.",
            "Official name, exactly as in the regulation's Lampiran.",
            "Dinas Perhubungan"),
        opt(
            "singkatan",
            TEXT,
            "Singkatan resmi, untuk kop dan nomor surat.",
            "Official abbreviation, for letterheads and numbers.",
            "Dishub"),
        req("jenis", jenisPd, "Jenis perangkat daerah.", "Kind of perangkat daerah.", "dinas"),
        opt(
            "model",
            ID,
            "Model struktur yang dinyatakan menurut profil regulasi (lihat `sisker profiles`).",
            "Declared structure model, an id from the profile.",
            "model-i"),
        opt(
            "kepala",
            REF,
            "Id jabatan kepala perangkat daerah (di daftar `jabatan` perangkat daerah ini).",
            "Id of the head position (in this perangkat daerah's `jabatan`).",
            "kadis"),
        opt("kop", obj("kop"), "Data kop surat.", "Letterhead data.", null),
        opt(
            "jabatan",
            list(obj("jabatan")),
            "Jabatan di tingkat pimpinan perangkat daerah (kepala dan yang langsung di bawahnya tanpa unit).",
            "Positions at the top of the perangkat daerah.",
            null),
        opt(
            "unit",
            list(obj("unit")),
            "Unit organisasi di bawah pimpinan.",
            "Units below the head.",
            null),
        opt(
            "dasar_kedudukan",
            obj("dasar"),
            "Naskah yang menetapkan kedudukan (peta jabatan) perangkat daerah ini.",
            "The instrument setting this perangkat daerah's kedudukan (peta jabatan).",
            null),
        opt(
            "perjanjian_kinerja",
            obj("naskah"),
            "Perjanjian Kinerja Pelaksanaan Kegiatan Unit Organisasi tahun berjalan.",
            "The current performance agreement per activity.",
            null),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "kop",
        "Data kop surat (Permendagri 1/2023).",
        "Letterhead data (Permendagri 1/2023).",
        req(
            "alamat",
            TEXT,
            "Alamat kantor.",
            "Office address.",
            "Jalan Gajah Mada No. 1, Tembilahan"),
        opt(
            "kode_pos",
            ScalarSpec.code("^[0-9]{5}$"),
            "Kode pos lima angka.",
            "Five-digit postal code.",
            "29212"),
        opt("telepon", TEXT, "Nomor telepon.", "Telephone.", "(0768) 21234"),
        opt("faksimile", TEXT, "Nomor faksimile.", "Fax.", "(0768) 21235"),
        opt("email", TEXT, "Alamat surel.", "E-mail.", "dishub@inhilkab.go.id"),
        opt("laman", TEXT, "Laman web.", "Website.", "dishub.inhilkab.go.id"));

    add(
        "unit",
        "Unit organisasi; boleh bertingkat lewat `unit`.",
        "A unit; nests through `unit`.",
        req(
            "id",
            ID,
            "Id unik di perangkat daerah ini.",
            "Unique within the perangkat daerah.",
            "bidang-lalin"),
        req("nama", TEXT, "Nama unit.", "Name.", "Bidang Lalu Lintas"),
        req("jenis", jenisUnit, "Jenis unit.", "Kind of unit.", "bidang"),
        opt(
            "kepala",
            REF,
            "Id jabatan kepala unit (di daftar `jabatan` unit ini).",
            "Id of the head position (in this unit's `jabatan`).",
            "kabid-lalin"),
        opt(
            "model",
            ID,
            "Model struktur unit yang punya model sendiri (UPT, kelurahan).",
            "Structure model for units that have one (UPT, kelurahan).",
            "upt-kasubag-tu"),
        opt(
            "mandiri",
            obj("mandiri"),
            "Tandai unit kerja mandiri yang dipimpin pejabat fungsional.",
            "Marks a unit kerja mandiri led by a functional official.",
            null),
        opt("kop", obj("kop"), "Kop surat sendiri (UPT).", "Own letterhead (UPT).", null),
        opt(
            "jabatan",
            list(obj("jabatan")),
            "Jabatan yang berkedudukan di unit ini.",
            "Positions in this unit.",
            null),
        opt("unit", list(obj("unit")), "Unit di bawahnya.", "Units below.", null),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "mandiri",
        "Unit kerja mandiri yang dipimpin pejabat fungsional.",
        "A unit kerja mandiri led by a functional official.",
        req(
            "dasar_hukum",
            TEXT,
            "Peraturan yang menetapkan unit ini dipimpin pejabat fungsional.",
            "The instrument that makes a functional official its head.",
            "Peraturan Bupati Nomor 12 Tahun 2022 tentang UPTD Puskesmas"));

    add(
        "jabatan",
        "Satu jabatan dalam peta jabatan.",
        "One position in the peta jabatan.",
        req(
            "id",
            ID,
            "Id unik di perangkat daerah ini.",
            "Unique within the perangkat daerah.",
            "analis-lalin-muda"),
        req(
            "nama",
            TEXT,
            "Nama jabatan.",
            "Position title.",
            "Penguji Kendaraan Bermotor Ahli Muda"),
        req("jenis", jenisJabatan, "Jenis jabatan.", "Kind of position.", "fungsional"),
        opt(
            "kategori",
            kategori,
            "Kategori jabatan fungsional (wajib untuk fungsional).",
            "Functional category (required for fungsional).",
            "keahlian"),
        opt(
            "jenjang",
            jenjang,
            "Jenjang jabatan fungsional (wajib untuk fungsional).",
            "Functional level (required for fungsional).",
            "ahli_muda"),
        opt(
            "penyetaraan",
            BOOL,
            "Jabatan fungsional hasil penyetaraan jabatan administrasi.",
            "Functional position created by penyetaraan jabatan.",
            "true"),
        opt("kelas", ScalarSpec.integer(1, 17), "Kelas jabatan, 1–17.", "Job class, 1–17.", "9")
            .checkedBy("jabatan.kelas"),
        opt(
            "kebutuhan",
            ScalarSpec.integer(0, null),
            "Kebutuhan (K) menurut analisis beban kerja; bawaan 1.",
            "Required number of holders (K); default 1.",
            "2"),
        opt(
            "atasan",
            REF,
            "Jabatan atasan langsung (kedudukan): `id` di perangkat daerah yang sama atau `pd/id`; kosong hanya untuk kepala perangkat daerah.",
            "Direct superior: `id` in the same perangkat daerah or `pd/id`; empty only for the head.",
            "kabid-lalin"),
        opt(
            "penilai",
            REF,
            "Pejabat Penilai Kinerja lain daripada atasan, karena pendelegasian.",
            "A delegated performance appraiser other than the superior.",
            "sekdis"),
        opt(
            "dasar_penilai",
            TEXT,
            "Dasar pendelegasian penilai kinerja.",
            "Basis of the delegation.",
            "Keputusan Kepala Dinas Nomor 800/12/2024"),
        opt(
            "koordinator",
            REF,
            "Pengawas yang mengoordinasikan jabatan ini seperti ketua tim tanpa menjadi atasannya.",
            "A Pengawas coordinating this position like a team lead.",
            "kasi-angkutan"),
        opt(
            "pemangku",
            list(NIP),
            "NIP para pemangku jabatan; jumlahnya adalah bezetting (B).",
            "NIPs of the holders; their count is the bezetting (B).",
            "\"197804062005011009\""),
        opt(
            "bezetting",
            ScalarSpec.integer(0, 100_000),
            "Bezetting (B) tanpa NIP, seperti di lembar peta jabatan; dipakai bila `pemangku` kosong.",
            "Bezetting (B) without NIPs, as a peta jabatan sheet records it; used when `pemangku` is empty.",
            "3"),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "pegawai",
        "Satu pegawai.",
        "One employee.",
        req(
            "nip",
            NIP,
            "NIP 18 angka (PNS) atau NI PPPK; spasi boleh. Tulis dengan tanda kutip.",
            "18-digit NIP (PNS) or NI PPPK; spaces allowed. Quote it.",
            "\"19780406 200501 1 009\""),
        opt("status", status, "PNS atau PPPK; bawaan pns.", "PNS or PPPK; default pns.", "pns"),
        req("nama", TEXT, "Nama tanpa gelar.", "Name without titles.", "Ahmad Fauzi"),
        opt("gelar_depan", TEXT, "Gelar di depan nama.", "Titles before the name.", "Dr."),
        opt(
            "gelar_belakang",
            TEXT,
            "Gelar di belakang nama.",
            "Titles after the name.",
            "S.T., M.T."),
        opt(
            "golongan",
            golongan,
            "Golongan ruang PNS (III/b) atau golongan PPPK (IX).",
            "PNS golongan ruang (III/b) or PPPK golongan (IX).",
            "III/b"),
        opt(
            "pangkat",
            TEXT,
            "Pangkat PNS; bila ditulis harus cocok dengan golongan.",
            "PNS rank; must match the golongan when given.",
            "Penata Muda Tingkat I"),
        req(
            "jenis_kelamin",
            kelamin,
            "L atau P; harus cocok dengan angka ke-15 NIP.",
            "L or P; must match digit 15 of the NIP.",
            "L"),
        opt(
            "tanggal_lahir",
            DATE,
            "Tanggal lahir; harus cocok dengan angka 1–8 NIP.",
            "Birth date; must match digits 1–8.",
            "1978-04-06"),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "pihak_luar",
        "Orang dari instansi lain (lintas instansi).",
        "Someone from another agency.",
        req(
            "id",
            ID,
            "Id unik untuk dirujuk dari tim kerja.",
            "Unique id for team references.",
            "bpkp-auditor-1"),
        req("nama", TEXT, "Nama tanpa gelar.", "Name without titles.", "Siti Rahma"),
        opt("gelar_depan", TEXT, "Gelar di depan nama.", "Titles before the name.", null),
        opt(
            "gelar_belakang",
            TEXT,
            "Gelar di belakang nama.",
            "Titles after the name.",
            "S.E., Ak."),
        opt("nip", NIP, "NIP bila ASN.", "NIP, if a civil servant.", null),
        req("instansi", TEXT, "Instansi asal.", "Home agency.", "BPKP Perwakilan Provinsi Riau"),
        opt("jabatan", TEXT, "Jabatan di instansinya.", "Position there.", "Auditor Ahli Muda"),
        opt("unit", TEXT, "Unit di instansinya.", "Unit there.", null));

    add(
        "tim_kerja",
        "Satu tim kerja.",
        "One work team.",
        req("id", ID, "Id unik.", "Unique id.", "tim-sakip"),
        req("nama", TEXT, "Nama tim.", "Team name.", "Tim Penyusunan Laporan Kinerja"),
        req(
            "jenis_tugas",
            jenisTugas,
            "Rutin atau insidental.",
            "Routine or incidental.",
            "insidental"),
        req("lingkup", lingkup, "Jangkauan tim.", "Reach of the team.", "lintas_unit"),
        req(
            "unit_pemilik_kinerja",
            REF,
            "Unit pemilik kinerja: `pd` atau `pd/unit`.",
            "Unit owning the performance target: `pd` or `pd/unit`.",
            "dishub/sekretariat"),
        opt(
            "penanggung_jawab",
            REF,
            "Jabatan penanggung jawab tim (`pd/id`).",
            "Position answering for the team (`pd/id`).",
            "dishub/sekdis"),
        opt(
            "ketua",
            PERSON,
            "Ketua tim: NIP pegawai atau id pihak luar.",
            "Team lead: NIP or pihak luar id.",
            "\"198503122010011004\""),
        req(
            "anggota",
            list(PERSON),
            "Anggota tim: NIP pegawai atau id pihak luar.",
            "Members: NIPs or pihak luar ids.",
            null),
        req(
            "cara",
            cara,
            "Penunjukan atau pengajuan sukarela.",
            "Assigned or volunteered.",
            "penunjukan"),
        opt(
            "dasar",
            obj("dasar"),
            "Instrumen penetapan tim.",
            "Instrument that sets up the team.",
            null),
        opt("periode", obj("periode"), "Periode kerja tim.", "Period.", null),
        opt("target_kinerja", list(TEXT), "Target kinerja tim.", "Performance targets.", null),
        opt(
            "ketua_melapor_kepada",
            list(REF),
            "Jabatan tempat ketua tim melaporkan pelaksanaan tugas tim (`pd/id`).",
            "Positions the team lead reports to (`pd/id`).",
            "dishub/kabid-lalin"),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "penugasan",
        "Satu penugasan individu.",
        "One individual assignment.",
        req("id", ID, "Id unik.", "Unique id.", "tugas-2024-001"),
        req(
            "pegawai",
            NIP,
            "NIP pegawai yang ditugaskan.",
            "NIP of the assigned employee.",
            "\"199001152015031002\""),
        opt(
            "asal",
            REF,
            "Unit asal pegawai (`pd` atau `pd/unit`); bawaan: unit jabatannya.",
            "Employee's home unit; default: the unit of their position.",
            "dishub/bidang-lalin"),
        opt(
            "tujuan",
            REF,
            "Unit pemilik kinerja di daerah ini (`pd` atau `pd/unit`).",
            "Unit owning the work, in this daerah.",
            "bappeda/bidang-perencanaan"),
        opt(
            "tujuan_luar",
            obj("tujuan_luar"),
            "Instansi lain pemilik kinerja (lintas instansi).",
            "Another agency owning the work.",
            null),
        opt(
            "lingkup",
            lingkup,
            "Jangkauan; bila ditulis harus cocok dengan asal dan tujuan.",
            "Reach; must match asal and tujuan when given.",
            "lintas_unit"),
        req(
            "cara",
            cara,
            "Penunjukan atau pengajuan sukarela.",
            "Assigned or volunteered.",
            "penunjukan"),
        opt(
            "maksud_tujuan",
            TEXT,
            "Maksud dan tujuan penugasan.",
            "Purpose of the assignment.",
            null),
        opt(
            "target_kinerja",
            list(TEXT),
            "Ekspektasi/target kinerja.",
            "Expected performance.",
            null),
        opt("periode", obj("periode"), "Periode penugasan.", "Period.", null),
        opt(
            "durasi",
            TEXT,
            "Durasi keterlibatan bila tidak dinyatakan sebagai periode.",
            "Duration, when not a period.",
            "3 (tiga) bulan"),
        opt(
            "pengaturan_lain",
            TEXT,
            "Pengaturan lain yang mendukung efektivitas penugasan.",
            "Other arrangements.",
            null),
        opt("dasar", obj("dasar"), "Instrumen penugasan.", "Instrument of the assignment.", null),
        opt(
            "jenis_tugas",
            jenisTugas,
            "Rutin atau insidental.",
            "Routine or incidental.",
            "insidental"),
        opt(
            "tim",
            ID,
            "Id tim kerja bila penugasan ini surat penugasan seorang anggota tim.",
            "Team id, when this is a team member's own assignment.",
            "tim-sakip"),
        opt(
            "melapor_kepada",
            REF,
            "Jabatan tempat pegawai melaporkan pelaksanaan tugas (`pd/id`).",
            "Position the employee reports to (`pd/id`).",
            "dishub/kabid-lalin"),
        opt(
            "permohonan",
            obj("permohonan"),
            "Surat permohonan pelibatan (atau pengajuan sukarela tertulis) yang mendahului penugasan ini, dan jawabannya.",
            "The request to involve the employee (or the written volunteering) and its answer.",
            null),
        opt(
            "abaikan",
            list(obj("abaikan")),
            "Aturan yang diabaikan untuk entitas ini (dan isinya), masing-masing dengan alasannya.",
            "Rules suppressed for this entity (and what it holds), each with a reason.",
            null));

    add(
        "tujuan_luar",
        "Instansi tujuan di luar daerah.",
        "Receiving agency outside the daerah.",
        req("instansi", TEXT, "Nama instansi.", "Agency.", "Kementerian Perhubungan"),
        opt("unit", TEXT, "Unit di instansi itu.", "Unit there.", null));

    add(
        "permohonan",
        "Surat permohonan pelibatan pegawai (penunjukan lintas unit/perangkat daerah/instansi) atau surat pengajuan sukarela, dan jawabannya.",
        "A request to involve an employee, or a written volunteering, and its answer.",
        opt("nomor", NOMOR, "Nomor surat.", "Letter number.", "800.1.11.1/041/BAPPEDA/2024"),
        opt("tanggal", DATE, "Tanggal surat.", "Letter date.", "2024-03-04"),
        req(
            "dari",
            REF,
            "Jabatan pengirim (`pd/id`); untuk pengajuan sukarela, jabatan pegawai itu sendiri.",
            "Sender position (`pd/id`); for volunteering, the employee's own.",
            "bappeda/kabid-ekonomi"),
        req(
            "kepada",
            REF,
            "Jabatan yang dituju (`pd/id`) atau `kepala_daerah`.",
            "Addressee position (`pd/id`) or `kepala_daerah`.",
            "diskominfo/kadis"),
        opt(
            "tembusan",
            list(REF),
            "Jabatan penerima tembusan (`pd/id`).",
            "Positions copied (`pd/id`).",
            null),
        opt(
            "maksud_tujuan",
            TEXT,
            "Maksud dan tujuan permohonan.",
            "Purpose of the request.",
            null),
        opt(
            "kompetensi",
            TEXT,
            "Kompetensi, keahlian dan/atau keterampilan yang dibutuhkan.",
            "Competence, expertise and/or skill needed.",
            null),
        opt(
            "target_kinerja",
            list(TEXT),
            "Ekspektasi/target kinerja pegawai yang akan ditugaskan.",
            "Expected performance.",
            null),
        opt(
            "durasi",
            TEXT,
            "Durasi atau jangka waktu pelibatan.",
            "Duration of the involvement.",
            "3 (tiga) bulan"),
        opt("jawaban", obj("jawaban"), "Jawaban atas permohonan.", "The answer.", null));

    add(
        "jawaban",
        "Jawaban tertulis atas surat permohonan pelibatan.",
        "The written answer to a request.",
        opt("nomor", NOMOR, "Nomor surat jawaban.", "Answer number.", null),
        opt("tanggal", DATE, "Tanggal surat jawaban.", "Answer date.", null),
        opt("dari", REF, "Jabatan yang menjawab (`pd/id`).", "Answering position (`pd/id`).", null),
        req(
            "setuju",
            BOOL,
            "true bila disetujui, false bila ditolak.",
            "true if agreed, false if refused.",
            "true"),
        opt(
            "alasan",
            TEXT,
            "Alasan penolakan (wajib bila ditolak).",
            "Reasons for a refusal (required when refused).",
            null));

    add(
        "naskah",
        "Suatu naskah dinas: nomor dan tanggalnya.",
        "An official document: number and date.",
        opt("nomor", NOMOR, "Nomor naskah.", "Number.", null),
        opt("tanggal", DATE, "Tanggal naskah.", "Date.", null));

    add(
        "abaikan",
        "Pengabaian satu aturan untuk entitas ini, dengan alasannya.",
        "A suppression of one rule for this entity, with its reason.",
        req(
            "aturan",
            ScalarSpec.code("^[a-z*][a-z0-9*-]*(\\.[a-z0-9*-]+)*$"),
            "Id aturan (atau pola dengan *) yang diabaikan.",
            "Rule id (or * pattern) suppressed.",
            "kedudukan.unit"),
        req(
            "alasan",
            TEXT,
            "Alasan pengabaian; wajib, dan ditampilkan bersama temuan yang diabaikan.",
            "Why; required, shown with the suppressed finding.",
            "Staf Ahli berkedudukan langsung di bawah Bupati menurut Perda SOTK"),
        opt(
            "sitasi",
            TEXT,
            "Hanya temuan yang menyebut ketentuan ini (mis. `Pasal 7 ayat (4) huruf b`) yang"
                + " diabaikan; temuan lain aturan yang sama tetap dilaporkan.",
            "Only findings citing this clause (e.g. `Pasal 7 ayat (4) huruf b`) are suppressed;"
                + " other findings of the same rule are still reported.",
            null));

    add(
        "dasar",
        "Instrumen yang menetapkan tim atau penugasan.",
        "The instrument that sets a team or assignment.",
        req("jenis", instrumen, "Jenis instrumen.", "Kind of instrument.", "surat_perintah"),
        req(
            "penetap",
            REF,
            "Jabatan yang menetapkan (`pd/id`) atau `kepala_daerah`.",
            "Issuing position (`pd/id`) or `kepala_daerah`.",
            "dishub/kadis"),
        opt("nomor", NOMOR, "Nomor naskah.", "Document number.", "800.1.11.1/015/DISHUB/2024"),
        opt("tanggal", DATE, "Tanggal penetapan.", "Date issued.", "2024-02-01"));

    add(
        "periode",
        "Jangka waktu.",
        "A period.",
        req("mulai", DATE, "Tanggal mulai.", "Start date.", "2024-02-01"),
        opt("selesai", DATE, "Tanggal selesai.", "End date.", "2024-12-31"));
  }
}
