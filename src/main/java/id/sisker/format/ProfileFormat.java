package id.sisker.format;

import id.sisker.model.CaraPenugasan;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.JenisUnit;
import id.sisker.model.Jenjang;
import id.sisker.model.Keyed;
import id.sisker.model.Lingkup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The YAML format of a regulation profile: which regulation governs a daerah and the facts of it
 * that sisker checks — structure models and the perangkat daerah each Lampiran assigns them, where
 * each jenjang sits, who may be ketua tim, which instrument and issuer each lingkup needs, who
 * reports to whom — each with the clause that states it. Bundled profiles and a daerah's own
 * profile use the same format; daerah differences live here, never in Java.
 */
public final class ProfileFormat extends Declarations {

  public static final String FILE = "berkas_profil";

  /** Roles an official plays relative to an assignment or team; resolved by the rule engine. */
  public static final List<EnumValue> PERAN =
      List.of(
          v("atasan", "atasan langsung pegawai", "the employee's direct superior"),
          v(
              "ppkin",
              "Pejabat Penilai Kinerja pegawai (penilai atau atasan)",
              "the employee's performance appraiser"),
          v(
              "puo",
              "pimpinan unit organisasi tempat pegawai berkedudukan",
              "head of the employee's unit"),
          v(
              "puo_tujuan",
              "pimpinan unit pemilik kinerja (tujuan)",
              "head of the unit owning the work"),
          v(
              "kepala_pd",
              "kepala perangkat daerah pegawai",
              "head of the employee's perangkat daerah"),
          v(
              "kepala_pd_tujuan",
              "kepala perangkat daerah pemilik kinerja",
              "head of the perangkat daerah owning the work"),
          v("sekretaris_daerah", "Sekretaris Daerah", "the regional secretary"),
          v("kepala_daerah", "Bupati/Wali Kota", "the head of region"),
          v("penanggung_jawab", "penanggung jawab tim", "the team's penanggung jawab"),
          v("ketua", "ketua tim", "the team lead"),
          v("pegawai", "pegawai yang ditugaskan sendiri", "the assigned employee"),
          v(
              "pimpinan_unit",
              "pimpinan unit tim itu sendiri (unit pemilik kinerja tim, bukan unit di atasnya);"
                  + " untuk penugasan individu: pimpinan unit pegawai",
              "head of the team's own unit (the unit owning its work, not those above it); for"
                  + " an individual assignment: head of the employee's own unit"));

  /** What a placement rule is about: a jenjang, a category, all JF, or pelaksana. */
  public static final List<EnumValue> KELOMPOK;

  static {
    List<EnumValue> k = new ArrayList<>();
    for (Jenjang j : Jenjang.values()) {
      k.add(
          v(
              j.key(),
              "jabatan fungsional jenjang " + j.key().replace('_', ' '),
              "functional level " + j.key()));
    }
    k.add(v("keahlian", "semua jenjang kategori keahlian", "every expert level"));
    k.add(v("keterampilan", "semua jenjang kategori keterampilan", "every skilled level"));
    k.add(v("fungsional", "semua jabatan fungsional", "every functional position"));
    k.add(v("pelaksana", "jabatan pelaksana", "implementing staff"));
    KELOMPOK = List.copyOf(k);
  }

  public static ProfileFormat get() {
    return Holder.INSTANCE;
  }

  /** Created on first use, after the static type constants below exist. */
  private static final class Holder {
    static final ProfileFormat INSTANCE = new ProfileFormat();
  }

  @Override
  public String root() {
    return FILE;
  }

  @Override
  public Doc title() {
    return new Doc("Profil regulasi sisker", "sisker regulation profile");
  }

  private static EnumValue v(String value, String id, String en) {
    return new EnumValue(value, new Doc(id, en));
  }

  private static final ScalarSpec TEXT = ScalarSpec.of(ScalarKind.TEXT);
  private static final ScalarSpec BOOL = ScalarSpec.of(ScalarKind.BOOLEAN);
  private static final ScalarSpec ID =
      new ScalarSpec(
          "id",
          ScalarKind.ID,
          List.of(),
          Optional.of(DaerahFormat.ID_PATTERN),
          Optional.empty(),
          Optional.empty());
  private static final ScalarSpec DATE =
      new ScalarSpec(
          "date",
          ScalarKind.DATE,
          List.of(),
          Optional.of(DaerahFormat.DATE_PATTERN),
          Optional.empty(),
          Optional.empty());
  private static final ScalarSpec RULE_PATTERN =
      new ScalarSpec(
          "pola_aturan",
          ScalarKind.CODE,
          List.of(),
          Optional.of("^[a-z*][a-z0-9*-]*(\\.[a-z0-9*-]+)*$"),
          Optional.empty(),
          Optional.empty());

  private static FieldSpec req(String key, Type t, String id, String en, String example) {
    return new FieldSpec(key, t, true, new Doc(id, en), example);
  }

  private static FieldSpec opt(String key, Type t, String id, String en, String example) {
    return new FieldSpec(key, t, false, new Doc(id, en), example);
  }

  private static ListSpec list(Type t) {
    return new ListSpec(t);
  }

  private static ObjectRef obj(String name) {
    return new ObjectRef(name);
  }

  private void add(String name, String id, String en, FieldSpec... fields) {
    objects.put(name, new ObjectSpec(name, new Doc(id, en), List.of(fields)));
  }

  private ScalarSpec named(String name, List<EnumValue> values) {
    ScalarSpec s = ScalarSpec.enumeration(name, values);
    enums.put(name, s);
    return s;
  }

  private <E extends Enum<E> & Keyed> List<EnumValue> keys(Class<E> type) {
    List<EnumValue> l = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      l.add(v(e.key(), "", ""));
    }
    return l;
  }

  private ProfileFormat() {
    ScalarSpec peran = named("peran", PERAN);
    ScalarSpec kelompok = named("kelompok_jabatan", KELOMPOK);
    ScalarSpec jenisJabatan = named("jenis_jabatan", keys(JenisJabatan.class));
    List<EnumValue> jenisOrg = new ArrayList<>(keys(JenisPerangkatDaerah.class));
    for (EnumValue u : keys(JenisUnit.class)) {
      if (jenisOrg.stream().noneMatch(x -> x.value().equals(u.value()))) {
        jenisOrg.add(u);
      }
    }
    ScalarSpec jenisOrganisasi = named("jenis_organisasi", jenisOrg);
    ScalarSpec jenisUnit = named("jenis_unit", keys(JenisUnit.class));
    ScalarSpec lingkup = named("lingkup", keys(Lingkup.class));
    ScalarSpec cara = named("cara_penugasan", keys(CaraPenugasan.class));
    ScalarSpec instrumen = named("jenis_instrumen", keys(JenisInstrumen.class));
    ScalarSpec bentuk =
        named(
            "bentuk_penugasan",
            List.of(
                v("individu", "penugasan individu", "individual"),
                v("tim", "penugasan dalam tim kerja", "team")));
    ScalarSpec keparahan =
        named(
            "keparahan",
            List.of(
                v("error", "galat", "error"),
                v("warning", "peringatan", "warning"),
                v("info", "info", "info")));
    ScalarSpec tingkat =
        named(
            "tingkat_pemilik",
            List.of(
                v("unit", "ketua dari unit pemilik kinerja", "ketua from the owning unit"),
                v(
                    "perangkat_daerah",
                    "ketua dari unit atau perangkat daerah pemilik kinerja",
                    "ketua from the owning unit or perangkat daerah")));

    FieldSpec sitasi =
        req(
            "sitasi",
            TEXT,
            "Pasal/ayat atau bagian Lampiran yang menetapkan ketentuan ini.",
            "The clause that states this.",
            "Pasal 7 ayat (3) huruf a");
    FieldSpec keparahanOpt =
        opt(
            "keparahan",
            keparahan,
            "Keparahan pelanggaran bila berbeda dari bawaan aturan.",
            "Severity of a breach when it differs from the rule's default.",
            "warning");
    FieldSpec catatan =
        opt(
            "catatan",
            TEXT,
            "Penjelasan tambahan untuk pesan dan dokumen (misalnya pertentangan pasal dan Lampiran).",
            "A note shown with findings (e.g. a conflict between article and Lampiran).",
            null);
    FieldSpec lawan =
        opt(
            "bertentangan_dengan",
            list(TEXT),
            "Ketentuan lain regulasi yang sama yang bertentangan dengan ketentuan ini (misalnya pasal"
                + " melawan Lampiran); temuan menyitir keduanya.",
            "Clauses of the same regulation this one conflicts with (e.g. an article against the"
                + " Lampiran); findings cite both.",
            "Lampiran, Kedudukan angka 4 huruf c");

    add(
        FILE,
        "Satu berkas profil regulasi.",
        "One regulation profile file.",
        opt(
            "sisker",
            ScalarSpec.integer(1, 1),
            "Versi format; saat ini 1.",
            "Format version; currently 1.",
            "1"),
        req("profil", obj("profil"), "Profil regulasi.", "The profile.", null));
    add(
        "profil",
        "Profil regulasi sistem kerja satu daerah (atau dasar bersama). Bagian yang tidak ditulis diwarisi dari profil `extends`.",
        "The sistem kerja regulation profile of one daerah (or a shared base). Sections not written are inherited from `extends`.",
        req(
            "id",
            ID,
            "Id profil yang dirujuk `daerah.profil`.",
            "Id referenced by `daerah.profil`.",
            "indragiri-hilir"),
        req(
            "nama",
            TEXT,
            "Nama singkat profil.",
            "Short name.",
            "Sistem Kerja ASN Kabupaten Indragiri Hilir"),
        opt(
            "extends",
            ID,
            "Id profil yang diturunkan.",
            "Id of the profile this one extends.",
            "permenpanrb-7-2022"),
        req(
            "regulasi",
            obj("regulasi"),
            "Regulasi yang menjadi sumber profil.",
            "The regulation the profile encodes.",
            null),
        opt(
            "daerah",
            TEXT,
            "Nama daerah yang diatur.",
            "Daerah governed.",
            "Kabupaten Indragiri Hilir"),
        opt(
            "penandatangan",
            obj("penandatangan"),
            "Sebutan jabatan yang menandatangani naskah.",
            "Titles that sign documents.",
            null),
        opt(
            "surat",
            obj("surat"),
            "Tata naskah surat yang disusun `sisker surat` (kode klasifikasi, diktum, tembusan).",
            "Wording of the letters `sisker surat` drafts (filing code, diktum, copies).",
            null),
        opt(
            "model_struktur",
            list(obj("model_struktur")),
            "Model struktur perangkat daerah menurut Lampiran (digabung menurut id dengan profil induk).",
            "Structure models of the Lampiran (merged by id with the parent's).",
            null),
        opt(
            "kedudukan",
            list(obj("aturan_kedudukan")),
            "Kedudukan umum jabatan fungsional dan pelaksana: di bawah jenis jabatan apa setiap jenjang berada; model struktur dapat menggantinya.",
            "General placement of JF and pelaksana; a structure model may replace it.",
            null),
        opt(
            "atasan_fungsional",
            obj("ketentuan_jenis"),
            "Jenis jabatan yang boleh menjadi atasan langsung pejabat fungsional dan pelaksana.",
            "Kinds of position that may be the direct superior of JF and pelaksana.",
            null),
        opt(
            "penilai_kinerja",
            obj("ketentuan_jenis"),
            "Jenis jabatan yang boleh menjadi Pejabat Penilai Kinerja.",
            "Kinds of position that may appraise performance.",
            null),
        opt(
            "penetap_kedudukan",
            obj("ketentuan_peran"),
            "Siapa yang menetapkan kedudukan (dasar_kedudukan perangkat daerah).",
            "Who sets the kedudukan.",
            null),
        opt(
            "penugasan",
            obj("penugasan"),
            "Ketentuan penugasan individu dan tim.",
            "Rules on assignments.",
            null),
        opt("tim", obj("tim"), "Ketentuan tim kerja.", "Rules on teams.", null),
        opt(
            "pelaporan",
            obj("pelaporan"),
            "Kepada siapa hasil tugas dilaporkan.",
            "Who reports to whom.",
            null),
        opt(
            "pelibatan",
            obj("pelibatan"),
            "Ketentuan surat permohonan pelibatan dan jawabannya.",
            "Rules on requests to involve staff.",
            null),
        opt(
            "aturan",
            list(obj("penyesuaian_aturan")),
            "Penyesuaian aturan: keparahan, penonaktifan, sitasi; pola dengan * diizinkan (kedudukan.*).",
            "Rule adjustments: severity, disabling, citations; * patterns allowed.",
            null));
    add(
        "regulasi",
        "Identitas regulasi.",
        "The regulation.",
        req(
            "judul",
            TEXT,
            "Judul lengkap.",
            "Full title.",
            "Peraturan Bupati Indragiri Hilir Nomor 1 Tahun 2024 tentang ..."),
        req(
            "singkatan",
            TEXT,
            "Sebutan singkat untuk sitasi.",
            "Short name used in citations.",
            "Perbup Indragiri Hilir 1/2024"),
        opt("ditetapkan", DATE, "Tanggal ditetapkan.", "Date set.", "2024-01-26"),
        opt(
            "berlaku",
            DATE,
            "Tanggal mulai berlaku bila berbeda.",
            "Date in force, when different.",
            "2023-03-01"));
    add(
        "penandatangan",
        "Sebutan jabatan penandatangan naskah dinas.",
        "Titles of those who sign.",
        opt(
            "kepala_daerah",
            TEXT,
            "Sebutan Kepala Daerah.",
            "Title of the head of region.",
            "Bupati Indragiri Hilir"),
        opt(
            "sekretaris_daerah",
            TEXT,
            "Sebutan Sekretaris Daerah.",
            "Title of the regional secretary.",
            "Sekretaris Daerah"));
    add(
        "model_struktur",
        "Satu model struktur perangkat daerah atau unit.",
        "One structure model.",
        req(
            "id",
            ID,
            "Id model yang ditulis di `model` perangkat daerah atau unit.",
            "Id written in `model`.",
            "model-i"),
        req(
            "nama",
            TEXT,
            "Nama model seperti dalam Lampiran.",
            "Name as in the Lampiran.",
            "Model I"),
        req(
            "sitasi",
            TEXT,
            "Bagian regulasi yang menetapkan model ini.",
            "Clause that defines the model.",
            "Lampiran huruf B angka 1 huruf a angka 1)"),
        opt(
            "uraian",
            TEXT,
            "Ciri model.",
            "Defining facts, in words.",
            "2 Seksi per Bidang; 3 Subbagian di Sekretariat"),
        opt(
            "perangkat_daerah",
            list(TEXT),
            "Nama perangkat daerah atau unit yang ditetapkan mengikuti model ini, persis seperti Lampiran.",
            "Names assigned to the model, exactly as in the Lampiran.",
            null),
        opt(
            "jenis",
            list(jenisOrganisasi),
            "Jenis perangkat daerah atau unit yang seluruhnya mengikuti model ini (kecamatan, kelurahan, puskesmas …).",
            "Kinds of perangkat daerah or unit that all follow this model.",
            "kecamatan"),
        opt("fakta", obj("fakta_model"), "Ciri yang dapat diperiksa.", "Checkable facts.", null),
        opt(
            "kedudukan",
            list(obj("aturan_kedudukan")),
            "Kedudukan jabatan fungsional dan pelaksana pada model ini (mengganti kedudukan umum).",
            "Placement in this model (replaces the general one).",
            null));
    add(
        "fakta_model",
        "Ciri model struktur yang diperiksa terhadap unit-unit perangkat daerah.",
        "Facts of a structure model, checked against the units.",
        opt(
            "kepala",
            list(jenisJabatan),
            "Jenis jabatan kepala.",
            "Kind of the head.",
            "jpt_pratama"),
        opt(
            "subbagian_sekretariat",
            ScalarSpec.integer(0, 9),
            "Jumlah Subbagian pada Sekretariat.",
            "Number of Subbagian in the Sekretariat.",
            "3"),
        opt(
            "seksi_per_bidang",
            ScalarSpec.integer(0, 9),
            "Jumlah Seksi/Subbidang pada setiap Bidang.",
            "Seksi/Subbidang per Bidang.",
            "2"),
        opt(
            "subbagian_per_bagian",
            ScalarSpec.integer(0, 9),
            "Jumlah Subbagian pada setiap Bagian.",
            "Subbagian per Bagian.",
            "1"),
        opt(
            "subbagian_bagian",
            list(obj("subbagian_bagian")),
            "Bagian yang jumlah Subbagiannya berbeda dari Bagian lain (misalnya Bagian Umum Setwan"
                + " Indragiri Hilir: 3), menurut namanya.",
            "Bagian whose number of Subbagian differs from the others, by name.",
            null),
        opt(
            "induk_unit",
            list(obj("induk_unit")),
            "Di dalam unit jenis apa unit jenis tertentu berada (Bagian di dalam Asisten, Seksi dan"
                + " Kelurahan langsung di dalam Kecamatan).",
            "Inside which kind of unit a kind of unit sits.",
            null),
        opt(
            "tanpa_fungsional",
            BOOL,
            "Tidak ada kelompok jabatan fungsional.",
            "No functional positions.",
            "true"),
        opt(
            "pengawas_koordinator",
            BOOL,
            "Pengawas hanya mengoordinasikan pejabat fungsional dan pelaksana seperti ketua tim; atasannya Administrator.",
            "Pengawas only coordinate JF and pelaksana.",
            "true"),
        opt(
            "sitasi",
            TEXT,
            "Bagian regulasi yang menyebut ciri ini, bila berbeda dari sitasi model.",
            "Clause, if different from the model's.",
            null));
    add(
        "subbagian_bagian",
        "Jumlah Subbagian satu Bagian yang disebut namanya.",
        "The number of Subbagian of one named Bagian.",
        req("bagian", TEXT, "Nama Bagian.", "Name of the Bagian.", "Bagian Umum"),
        req(
            "jumlah",
            ScalarSpec.integer(0, 9),
            "Jumlah Subbagiannya.",
            "Its number of Subbagian.",
            "3"));
    add(
        "induk_unit",
        "Rantai unit: unit jenis ini berada langsung di dalam unit atau perangkat daerah salah satu"
            + " jenis induk.",
        "Unit chain: a unit of this kind sits directly inside a unit or perangkat daerah of one of"
            + " the parent kinds.",
        req("jenis", jenisUnit, "Jenis unit.", "Kind of unit.", "bagian"),
        req(
            "induk",
            list(jenisOrganisasi),
            "Jenis unit atau perangkat daerah induknya.",
            "Kinds of its parent unit or perangkat daerah.",
            "asisten"));
    add(
        "aturan_kedudukan",
        "Di bawah jenis jabatan apa suatu kelompok jabatan berkedudukan.",
        "Under which kind of position a group sits.",
        req(
            "untuk",
            list(kelompok),
            "Jenjang atau kelompok yang diatur.",
            "Levels or groups governed.",
            "ahli_madya"),
        req(
            "atasan",
            list(jenisJabatan),
            "Jenis jabatan atasan yang diizinkan (fungsional = kepala unit kerja mandiri).",
            "Allowed kinds of superior (fungsional = head of a unit kerja mandiri).",
            "jpt_pratama"),
        opt(
            "unit_atasan",
            list(jenisUnit),
            "Hanya atasan yang memimpin unit berjenis ini (kosong: unit apa pun, termasuk puncak perangkat daerah).",
            "Only superiors heading units of these kinds.",
            "bidang"),
        opt(
            "nama_atasan",
            list(TEXT),
            "Bila atasan dicatat sebagai jabatan unit induk, bukan kepala unit tersendiri: awal nama"
                + " jabatannya (misalnya Sekretaris Camat, Kepala Sub Bagian); cocok sebagai ganti"
                + " unit_atasan.",
            "Where the superior is recorded as a position of the parent unit rather than the head"
                + " of a sub-unit: how its name begins (e.g. Sekretaris Camat); matches instead of"
                + " unit_atasan.",
            "Sekretaris Camat"),
        opt(
            "hanya_tanpa_pengawas",
            BOOL,
            "Hanya bila unit atasan tidak mempunyai Pengawas di bawahnya.",
            "Only where the superior's unit has no Pengawas below it.",
            "true"),
        keparahanOpt,
        sitasi,
        catatan,
        lawan);
    add(
        "ketentuan",
        "Suatu ketentuan yang berlaku, dengan sitasinya.",
        "A clause that applies.",
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "ketentuan_jenis",
        "Jenis jabatan yang diizinkan oleh suatu ketentuan.",
        "Kinds of position a clause allows.",
        req(
            "jenis",
            list(jenisJabatan),
            "Jenis jabatan yang diizinkan.",
            "Allowed kinds.",
            "administrator"),
        opt(
            "fungsional_penyetaraan",
            BOOL,
            "Pejabat fungsional hanya bila hasil penyetaraan.",
            "JF only if created by penyetaraan.",
            "true"),
        opt(
            "fungsional_kepala_mandiri",
            BOOL,
            "Pejabat fungsional hanya bila memimpin unit kerja mandiri.",
            "JF only when heading a unit kerja mandiri.",
            "true"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "ketentuan_peran",
        "Peran pejabat yang diizinkan oleh suatu ketentuan.",
        "Roles a clause allows.",
        req("peran", list(peran), "Peran yang diizinkan.", "Allowed roles.", "kepala_daerah"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "ketentuan_lingkup",
        "Lingkup yang diizinkan oleh suatu ketentuan.",
        "Scopes a clause allows.",
        req("lingkup", list(lingkup), "Lingkup yang diizinkan.", "Allowed scopes.", "lintas_unit"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "ketentuan_isi",
        "Isi yang wajib dimuat naskah pada bentuk dan lingkup tertentu.",
        "Contents a document must hold for given forms and scopes.",
        opt(
            "bentuk",
            list(bentuk),
            "Bentuk penugasan (kosong: semua).",
            "Forms (empty: all).",
            "individu"),
        req(
            "lingkup",
            list(lingkup),
            "Lingkup yang diwajibkan.",
            "Scopes it applies to.",
            "lintas_perangkat_daerah"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "penugasan",
        "Ketentuan penugasan.",
        "Rules on assignments.",
        opt(
            "lingkup",
            obj("ketentuan_lingkup"),
            "Lingkup penugasan yang disebut regulasi.",
            "Scopes the regulation names.",
            null),
        opt(
            "sukarela",
            obj("ketentuan_lingkup"),
            "Lingkup yang boleh dijangkau pengajuan sukarela.",
            "Scopes pengajuan sukarela may reach.",
            null),
        opt(
            "penetapan",
            list(obj("aturan_penetapan")),
            "Instrumen dan penetap menurut bentuk, lingkup dan cara.",
            "Instrument and issuer by form, scope and mode.",
            null),
        opt(
            "isi_wajib",
            obj("ketentuan_isi"),
            "Isi wajib surat perintah: maksud dan tujuan, target kinerja, durasi, pengaturan lain.",
            "Required contents of the surat perintah.",
            null),
        opt(
            "bukti_tertulis",
            obj("ketentuan"),
            "Setiap penugasan mempunyai bukti tertulis (dasar).",
            "Every assignment has written proof.",
            null),
        opt(
            "perjanjian_kinerja",
            obj("ketentuan"),
            "Perangkat daerah menetapkan Perjanjian Kinerja Pelaksanaan Kegiatan.",
            "Perangkat daerah set a performance agreement per activity.",
            null));
    add(
        "aturan_penetapan",
        "Instrumen dan penetap yang sah untuk bentuk, lingkup dan cara tertentu.",
        "Valid instruments and issuers for a form, scope and mode.",
        req("bentuk", list(bentuk), "Bentuk penugasan.", "Forms.", "individu"),
        req("lingkup", list(lingkup), "Lingkup.", "Scopes.", "dalam_unit"),
        opt(
            "cara",
            list(cara),
            "Cara (kosong: semua).",
            "Modes (empty: all).",
            "pengajuan_sukarela"),
        req(
            "instrumen",
            list(instrumen),
            "Jenis instrumen yang sah.",
            "Valid instruments.",
            "surat_tugas"),
        req("penetap", list(peran), "Peran penetap yang sah.", "Valid issuers, by role.", "puo"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "tim",
        "Ketentuan tim kerja.",
        "Rules on teams.",
        opt(
            "ketua_wajib",
            obj("ketentuan"),
            "Setiap tim mempunyai ketua.",
            "Every team has a ketua.",
            null),
        opt(
            "ketua",
            obj("ketentuan_jenis"),
            "Jenis jabatan yang boleh menjadi ketua tim.",
            "Kinds that may lead a team.",
            null),
        opt(
            "anggota",
            obj("ketentuan_jenis"),
            "Jenis jabatan anggota tim.",
            "Kinds of team members.",
            null),
        opt(
            "ketua_dari_pemilik",
            obj("ketentuan_pemilik"),
            "Ketua tim lintas diutamakan dari pemilik kinerja.",
            "Lead of a cross team preferably from the owner.",
            null),
        opt(
            "penanggung_jawab",
            obj("ketentuan_jenis"),
            "Penanggung jawab tim dan jenis jabatannya.",
            "Team penanggung jawab and its kinds.",
            null));
    add(
        "ketentuan_pemilik",
        "Dari mana ketua tim lintas diutamakan.",
        "Where the lead of a cross team preferably comes from.",
        req(
            "tingkat",
            tingkat,
            "Unit, atau unit/perangkat daerah pemilik kinerja.",
            "Owning unit, or unit/perangkat daerah.",
            "unit"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "pelaporan",
        "Kepada siapa hasil tugas dilaporkan.",
        "Who reports to whom.",
        opt(
            "individu",
            list(obj("ketentuan_peran")),
            "Penugasan individu melapor kepada (gabungan semua ketentuan; yang berkeparahan warning menandai pertentangan).",
            "Individual assignments report to (union; warning entries mark conflicts).",
            null),
        opt(
            "ketua",
            list(obj("ketentuan_peran")),
            "Ketua tim melapor kepada.",
            "The team lead reports to.",
            null));
    add(
        "pelibatan",
        "Ketentuan surat permohonan pelibatan.",
        "Rules on requests to involve staff.",
        opt(
            "isi_wajib",
            obj("ketentuan_isi"),
            "Permohonan wajib memuat maksud dan tujuan, kompetensi, target kinerja, durasi.",
            "Required contents of the request.",
            null),
        opt(
            "alur",
            list(obj("aturan_alur")),
            "Kepada siapa permohonan ditujukan dan tembusannya.",
            "Addressee and copies of the request.",
            null),
        opt(
            "penolakan",
            obj("ketentuan"),
            "Penolakan ditulis dengan alasan.",
            "Refusals are written with reasons.",
            null));
    add(
        "surat",
        "Tata naskah surat penugasan daerah ini (Permendagri 1/2023; kode klasifikasi Permendagri"
            + " 83/2022).",
        "How this daerah words assignment letters.",
        opt(
            "klasifikasi",
            TEXT,
            "Kode klasifikasi arsip di depan nomor surat (bawaan 800.1.11.1).",
            "Filing code that starts the letter number (default 800.1.11.1).",
            "800.1.11.1"),
        opt(
            "diktum",
            TEXT,
            "Kata diktum surat perintah (bawaan MEMERINTAHKAN:).",
            "The diktum verb of a surat perintah (default MEMERINTAHKAN:).",
            "MEMERINTAHKAN:"),
        opt(
            "ditetapkan_di",
            TEXT,
            "Ungkapan tempat penetapan (bawaan Ditetapkan di).",
            "Wording before the place (default Ditetapkan di).",
            "Dikeluarkan di"),
        opt(
            "pada_tanggal",
            TEXT,
            "Ungkapan tanggal penetapan (bawaan pada tanggal).",
            "Wording before the date (default pada tanggal).",
            "pada tanggal"),
        opt(
            "tembusan",
            list(obj("tembusan_surat")),
            "Tembusan surat perintah menurut bentuk dan lingkup penugasan.",
            "Copies of a surat perintah by form and scope.",
            null));
    add(
        "tembusan_surat",
        "Penerima tembusan surat perintah untuk bentuk dan lingkup tertentu.",
        "Copy recipients for a form and scope.",
        req("lingkup", list(lingkup), "Lingkup.", "Scopes.", "lintas_perangkat_daerah"),
        opt("bentuk", list(bentuk), "Bentuk (kosong: semua).", "Forms (empty: all).", "individu"),
        req(
            "kepada",
            list(peran),
            "Peran penerima tembusan, berurutan.",
            "Roles receiving a copy, in order.",
            "kepala_daerah"),
        opt(
            "sitasi",
            TEXT,
            "Ketentuan yang mewajibkan tembusan ini, bila ada.",
            "The clause requiring these copies, if any.",
            "Pasal 9 ayat (3)"));
    add(
        "aturan_alur",
        "Alamat dan tembusan surat permohonan untuk lingkup tertentu.",
        "Addressee and copies for a scope.",
        req("lingkup", list(lingkup), "Lingkup.", "Scopes.", "lintas_unit"),
        opt("cara", list(cara), "Cara (kosong: semua).", "Modes (empty: all).", "penunjukan"),
        req("kepada", list(peran), "Peran yang dituju.", "Addressee roles.", "puo"),
        opt(
            "tembusan",
            list(peran),
            "Peran yang wajib menerima tembusan.",
            "Roles that must receive a copy.",
            "puo_tujuan"),
        sitasi,
        keparahanOpt,
        catatan,
        lawan);
    add(
        "penyesuaian_aturan",
        "Penyesuaian satu aturan atau sekelompok aturan.",
        "An adjustment of one rule or a group of rules.",
        req(
            "aturan",
            RULE_PATTERN,
            "Id aturan atau pola dengan * (misalnya kedudukan.*).",
            "Rule id or * pattern.",
            "kedudukan.*"),
        keparahanOpt,
        opt("nonaktif", BOOL, "Matikan aturan ini di daerah ini.", "Turn the rule off.", "true"),
        opt(
            "sitasi",
            TEXT,
            "Sitasi aturan ini menurut regulasi daerah; untuk aturan yang tidak memerlukan fakta"
                + " lain (organisasi.kepala-unit, organisasi.fungsional-membawahi,"
                + " penilai.penugasan), sitasi pada id aturannya membuat profil memberlakukannya.",
            "The rule's citation in this regulation; for rules needing no other fact"
                + " (organisasi.kepala-unit, organisasi.fungsional-membawahi, penilai.penugasan),"
                + " a sitasi on the rule's exact id makes the profile enforce it.",
            "Pasal 12 ayat (1)"),
        catatan);
  }
}
