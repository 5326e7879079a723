package id.sisker.load;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.finding.Suppression;
import id.sisker.format.Obj;
import id.sisker.format.Shape;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.Daerah;
import id.sisker.model.Dasar;
import id.sisker.model.Golongan;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Jawaban;
import id.sisker.model.JenisDaerah;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisKelamin;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.JenisTugas;
import id.sisker.model.JenisUnit;
import id.sisker.model.Jenjang;
import id.sisker.model.KategoriFungsional;
import id.sisker.model.KepalaDaerah;
import id.sisker.model.Kop;
import id.sisker.model.Lingkup;
import id.sisker.model.Mandiri;
import id.sisker.model.Naskah;
import id.sisker.model.Nip;
import id.sisker.model.Orang;
import id.sisker.model.Pegawai;
import id.sisker.model.Penugasan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Periode;
import id.sisker.model.Permohonan;
import id.sisker.model.PihakLuar;
import id.sisker.model.StatusJabatan;
import id.sisker.model.StatusPegawai;
import id.sisker.model.TimKerja;
import id.sisker.model.TujuanLuar;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.model.UnitOrganisasi;
import id.sisker.source.NodePath;
import id.sisker.source.Span;
import id.sisker.text.Suggest;
import id.sisker.yaml.FileNodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds the model from checked objects in two passes: first every id (perangkat daerah, unit,
 * jabatan, pegawai, pihak luar) is collected, so references may point forwards and across files;
 * then references are resolved. A reference that does not resolve is reported with the closest
 * known ids and kept as written, so later rules see what the user wrote and skip what they cannot
 * look up instead of reporting it a second time.
 */
final class ModelBuilder {

  private final Findings findings;

  private Obj daerahObj;
  private final List<Obj> pdObjs = new ArrayList<>();
  private final List<Obj> pegawaiObjs = new ArrayList<>();
  private final List<Obj> luarObjs = new ArrayList<>();
  private final List<Obj> timObjs = new ArrayList<>();
  private final List<Obj> tugasObjs = new ArrayList<>();

  /** A perangkat daerah while it is being built. */
  private static final class PdDraft {
    final String id;
    final Obj obj;
    final List<UnitDraft> units = new ArrayList<>();
    final Map<String, JabDraft> jabatan = new LinkedHashMap<>();
    final Map<String, UnitDraft> unitById = new HashMap<>();

    PdDraft(String id, Obj obj) {
      this.id = id;
      this.obj = obj;
    }
  }

  private record UnitDraft(UnitId id, Obj obj, Optional<UnitId> induk) {}

  private record JabDraft(JabatanId id, UnitId unit, Obj obj) {}

  private final Map<String, PdDraft> pds = new LinkedHashMap<>();
  private Map<String, Pegawai> pegawai = new LinkedHashMap<>();
  private Map<String, Obj> pegawaiObj = new HashMap<>();
  private final Map<String, PihakLuar> luar = new LinkedHashMap<>();
  private final Map<String, Obj> luarObj = new HashMap<>();

  ModelBuilder(Shape shape) {
    this.findings = shape.findings();
  }

  void addFile(Obj file, boolean root) {
    addFile(file, root, pegawai(file));
  }

  /** As {@link #addFile(Obj, boolean)}, with the file's pegawai already made ({@link #pegawai}). */
  void addFile(Obj file, boolean root, List<PegawaiDibaca> pegawaiFile) {
    if (root) {
      daerahObj = file.object("daerah").orElse(null);
    }
    pdObjs.addAll(file.objects("perangkat_daerah"));
    pegawaiObjs.addAll(file.objects("pegawai"));
    pegawaiDibaca.addAll(pegawaiFile);
    luarObjs.addAll(file.objects("pihak_luar"));
    timObjs.addAll(file.objects("tim_kerja"));
    tugasObjs.addAll(file.objects("penugasan"));
  }

  private final List<PegawaiDibaca> pegawaiDibaca = new ArrayList<>();

  /** A pegawai as its file gives it: it refers to nothing, so it is made where the file is read. */
  record PegawaiDibaca(Obj obj, String nip, Pegawai pegawai) {}

  /**
   * The pegawai of one file that have a NIP, made without the rest of the daerah: the loader calls
   * this on the thread that read the file (ADR 88); duplicates are found when the files meet.
   */
  static List<PegawaiDibaca> pegawai(Obj file) {
    List<Obj> objs = file.objects("pegawai");
    List<PegawaiDibaca> out = new ArrayList<>(objs.size());
    for (Obj o : objs) {
      Optional<String> written = o.text("nip");
      if (written.isEmpty()) {
        continue;
      }
      String nip = Nip.normalise(written.get());
      out.add(
          new PegawaiDibaca(
              o,
              nip,
              new Pegawai(
                  nip,
                  o.enumValue("status", StatusPegawai.class).orElse(StatusPegawai.PNS),
                  o.textOr("nama", ""),
                  o.text("gelar_depan"),
                  o.text("gelar_belakang"),
                  o.enumValue("golongan", Golongan.class),
                  o.text("pangkat"),
                  o.enumValue("jenis_kelamin", JenisKelamin.class).orElse(null),
                  o.date("tanggal_lahir"))));
    }
    return out;
  }

  private final List<Suppression> suppressions = new ArrayList<>();

  /** The {@code abaikan} entries of every entity, in document order. */
  List<Suppression> suppressions() {
    return List.copyOf(suppressions);
  }

  private void abaikan(Obj o, NodePath scope) {
    for (Obj a : o.objects("abaikan")) {
      Optional<String> rule = a.text("aturan");
      Optional<String> alasan = a.text("alasan").filter(x -> !x.isBlank());
      if (rule.isPresent() && alasan.isPresent()) {
        // Made when the build settles: its position may mean parsing its file again.
        suppressionsLater.add(
            new Later<>(
                () ->
                    new Suppression(
                        Suppression.Kind.DATA,
                        scope,
                        rule.get(),
                        alasan.get(),
                        Optional.of(a.span("aturan")),
                        a.text("sitasi").map(String::strip).filter(x -> !x.isEmpty())),
                List.of(a)));
      }
    }
  }

  // --- findings, made once the files they point into are parsed again --------------------------

  /**
   * Something the build reports, made when it settles: its position may need its file parsed again
   * (ADR 88), and the files of all of them are parsed side by side first, as are the did-you-mean
   * lists, instead of one by one as each mistake is met. {@code at} are the objects it points into.
   */
  private record Later<T>(Supplier<T> make, List<Obj> at) {}

  private final List<Later<Finding>> later = new ArrayList<>();
  private final List<Later<Suppression>> suppressionsLater = new ArrayList<>();

  private void report(Supplier<Finding> make, Obj... at) {
    later.add(new Later<>(make, List.of(at)));
  }

  /** A did-you-mean list worked out once, when the build settles. */
  private static final class Near implements Supplier<List<String>> {
    private final Supplier<List<String>> closest;
    private List<String> value;

    Near(Supplier<List<String>> closest) {
      this.closest = closest;
    }

    @Override
    public synchronized List<String> get() {
      if (value == null) {
        value = closest.get();
      }
      return value;
    }
  }

  private final List<Near> nears = new ArrayList<>();

  /**
   * Makes what was reported, in the order it was reported: first, on both cores, the did-you-mean
   * lists and the trees of the files the findings point into.
   */
  private void settle() {
    if (later.isEmpty() && suppressionsLater.isEmpty()) {
      return;
    }
    if (!nears.isEmpty()) {
      // Made here, before the lists are worked out side by side.
      allJabatan();
      allUnits();
    }
    Set<FileNodes> files = new LinkedHashSet<>();
    for (Later<?> l : later) {
      l.at().forEach(o -> o.nodes().ifPresent(files::add));
    }
    for (Later<?> l : suppressionsLater) {
      l.at().forEach(o -> o.nodes().ifPresent(files::add));
    }
    List<Runnable> work = new ArrayList<>();
    nears.forEach(n -> work.add(n::get));
    files.forEach(f -> work.add(f::prepare));
    work.parallelStream().forEach(Runnable::run);
    for (Later<Finding> l : later) {
      findings.add(l.make().get());
    }
    for (Later<Suppression> l : suppressionsLater) {
      suppressions.add(l.make().get());
    }
    later.clear();
    suppressionsLater.clear();
  }

  /** The daerah, or empty when the root file has no usable {@code daerah} (already reported). */
  Optional<Daerah> build() {
    collectPerangkatDaerah();
    collectPegawai();
    collectPihakLuar();
    List<PerangkatDaerah> perangkat = new ArrayList<>();
    for (PdDraft d : pds.values()) {
      perangkat.add(buildPd(d));
    }
    List<TimKerja> tim = buildTim();
    List<Penugasan> tugas = buildPenugasan(perangkat);
    if (daerahObj == null) {
      settle();
      return Optional.empty();
    }
    Obj o = daerahObj;
    abaikan(o, NodePath.ROOT);
    for (PdDraft d : pds.values()) {
      for (UnitDraft u : d.units) {
        abaikan(u.obj(), u.obj().path());
      }
      for (JabDraft j : d.jabatan.values()) {
        abaikan(j.obj(), j.obj().path());
      }
    }
    pegawaiObjs.forEach(g -> abaikan(g, g.path()));
    timObjs.forEach(t -> abaikan(t, t.path()));
    tugasObjs.forEach(t -> abaikan(t, t.path()));
    Optional<JenisDaerah> jenis = o.enumValue("jenis", JenisDaerah.class);
    KepalaDaerah kepala = buildKepala(o.object("kepala_daerah"), jenis);
    settle();
    // A missing or invalid nama, jenis or profil was reported as a problem of form. The daerah is
    // still built, so the rest is checked in the same run and the exit code is 1, not 2 ("cannot
    // be read"). jenis then stands in as kabupaten; checks that depend on it see the finding at
    // daerah.jenis and stay quiet (app.Validation.withoutCascades).
    return Optional.of(
        new Daerah(
            o.textOr("nama", ""),
            jenis.orElse(JenisDaerah.KABUPATEN),
            o.textOr("provinsi", ""),
            o.textOr("kode_wilayah", ""),
            o.textOr("ibukota", ""),
            kepala,
            o.textOr("profil", ""),
            perangkat,
            List.copyOf(pegawai.values()),
            List.copyOf(luar.values()),
            tim,
            tugas,
            o.text("profil_file")));
  }

  // --- identity -------------------------------------------------------------------------------

  private KepalaDaerah buildKepala(Optional<Obj> obj, Optional<JenisDaerah> jenis) {
    String expected = jenis.map(JenisDaerah::sebutanKepala).orElse("Kepala Daerah");
    if (obj.isEmpty()) {
      return new KepalaDaerah(
          expected, Optional.empty(), Optional.empty(), Optional.empty(), StatusJabatan.DEFINITIF);
    }
    Obj k = obj.get();
    Optional<String> sebutan = k.text("sebutan");
    if (sebutan.isPresent() && jenis.isPresent() && !sebutan.get().equalsIgnoreCase(expected)) {
      report(
          () ->
              Finding.builder(
                      LoadRules.KEPALA_SEBUTAN,
                      Severity.ERROR,
                      Message.of(
                          "daerah.sebutan-kepala", sebutan.get(), jenis.get().key(), expected))
                  .path(k.path("sebutan"))
                  .span(k.span("sebutan"))
                  .hint(Message.of("daerah.sebutan-kepala.saran", expected))
                  .build(),
          k);
    }
    return new KepalaDaerah(
        sebutan.orElse(expected),
        k.text("nama"),
        k.text("gelar_depan"),
        k.text("gelar_belakang"),
        k.enumValue("status", StatusJabatan.class).orElse(StatusJabatan.DEFINITIF));
  }

  // --- pass 1: ids ----------------------------------------------------------------------------

  private void collectPerangkatDaerah() {
    Map<String, Obj> seen = new HashMap<>();
    for (Obj o : pdObjs) {
      Optional<String> id = o.text("id");
      boolean keep = id.isPresent() && unique(seen, id.get(), o, "perangkat_daerah");
      PdDraft d = new PdDraft(id.orElse("?"), o);
      UnitId root = UnitId.root(d.id);
      d.units.add(new UnitDraft(root, o, Optional.empty()));
      collectJabatan(d, o, root);
      collectUnits(d, o, root, new HashMap<>());
      if (keep) {
        pds.put(d.id, d);
      }
    }
  }

  private void collectUnits(PdDraft d, Obj parent, UnitId parentId, Map<String, Obj> seen) {
    for (Obj u : parent.objects("unit", d.obj.path())) {
      Optional<String> id = u.text("id");
      if (id.isPresent() && unique(seen, id.get(), u, "unit")) {
        UnitId uid = UnitId.of(d.id, id.get());
        UnitDraft ud = new UnitDraft(uid, u, Optional.of(parentId));
        d.units.add(ud);
        d.unitById.put(id.get(), ud);
        collectJabatan(d, u, uid);
        collectUnits(d, u, uid, seen);
      } else {
        collectJabatan(d, u, parentId);
        collectUnits(d, u, parentId, seen);
      }
    }
  }

  private void collectJabatan(PdDraft d, Obj unitObj, UnitId unit) {
    for (Obj j : unitObj.objects("jabatan", d.obj.path())) {
      Optional<String> id = j.text("id");
      if (id.isEmpty()) {
        continue;
      }
      JabDraft prev = d.jabatan.get(id.get());
      if (prev != null) {
        duplicate(j, id.get(), prev.obj(), () -> prev.obj().span(), "jabatan");
        continue;
      }
      d.jabatan.put(id.get(), new JabDraft(new JabatanId(d.id, id.get()), unit, j));
    }
  }

  private void collectPegawai() {
    // Sized once: a large daerah has a hundred thousand pegawai, and growing twice as many
    // tables step by step was a tenth of the model's build.
    int capacity = (int) (pegawaiDibaca.size() / 0.75f) + 1;
    pegawai = new LinkedHashMap<>(capacity);
    pegawaiObj = new HashMap<>(capacity);
    for (PegawaiDibaca p : pegawaiDibaca) {
      Obj o = p.obj();
      String nip = p.nip();
      Obj firstObj = pegawaiObj.putIfAbsent(nip, o);
      if (firstObj != null) {
        report(
            () -> {
              Span first = firstObj.span("nip");
              return Finding.builder(
                      LoadRules.DUPLICATE_NIP,
                      Severity.ERROR,
                      Message.of("nip.unik", nip, first.position()))
                  .path(o.path("nip"))
                  .span(o.span("nip"))
                  .related(List.of(first))
                  .hint(Message.of("nip.unik.saran"))
                  .build();
            },
            o,
            firstObj);
        continue;
      }
      pegawai.put(nip, p.pegawai());
    }
  }

  private void collectPihakLuar() {
    for (Obj o : luarObjs) {
      Optional<String> id = o.text("id");
      if (id.isEmpty()) {
        continue;
      }
      Obj first = luarObj.putIfAbsent(id.get(), o);
      if (first != null) {
        duplicate(o, id.get(), first, () -> first.span("id"), "pihak_luar");
        continue;
      }
      luar.put(
          id.get(),
          new PihakLuar(
              id.get(),
              o.textOr("nama", ""),
              o.text("gelar_depan"),
              o.text("gelar_belakang"),
              o.text("nip").map(Nip::normalise),
              o.textOr("instansi", ""),
              o.text("jabatan"),
              o.text("unit")));
    }
  }

  /**
   * Whether {@code id} is the first of its kind; the first's position is only looked up for a
   * duplicate, as it may mean parsing its file again (ADR 88).
   */
  private boolean unique(Map<String, Obj> seen, String id, Obj o, String what) {
    Obj first = seen.putIfAbsent(id, o);
    if (first != null) {
      duplicate(o, id, first, () -> first.span("id"), what);
      return false;
    }
    return true;
  }

  private void duplicate(Obj o, String id, Obj firstObj, Supplier<Span> firstAt, String what) {
    report(
        () -> {
          Span first = firstAt.get();
          return Finding.builder(
                  LoadRules.DUPLICATE_ID,
                  Severity.ERROR,
                  Message.of("id.ganda", what, id, first.position()))
              .path(o.path("id"))
              .span(o.span("id"))
              .related(List.of(first))
              .hint(Message.of("id.ganda.saran"))
              .build();
        },
        o,
        firstObj);
  }

  // --- pass 2: perangkat daerah -----------------------------------------------------------------

  private PerangkatDaerah buildPd(PdDraft d) {
    Obj o = d.obj;
    List<Unit> units = new ArrayList<>();
    for (UnitDraft u : d.units) {
      Obj uo = u.obj();
      boolean root = u.induk().isEmpty();
      units.add(
          new Unit(
              u.id(),
              uo.textOr("nama", ""),
              root ? Optional.empty() : uo.enumValue("jenis", JenisUnit.class),
              u.induk(),
              uo.text("kepala").map(r -> jabatanRef(r, d.id, uo.at("kepala"), false)),
              root ? Optional.empty() : uo.text("model"),
              root
                  ? Optional.empty()
                  : uo.object("mandiri").map(m -> new Mandiri(m.textOr("dasar_hukum", ""))),
              root ? Optional.empty() : uo.object("kop").map(this::kop)));
    }
    List<Jabatan> jabatan = new ArrayList<>();
    for (JabDraft j : d.jabatan.values()) {
      Jabatan built = buildJabatan(d, j);
      // A position whose jenis could not be read (reported) still resolves as a reference, but
      // is left out of the model: every rule depends on its kind, and a guess would mislead.
      if (j.obj().enumValue("jenis", JenisJabatan.class).isPresent()) {
        jabatan.add(built);
      }
    }
    return new PerangkatDaerah(
        d.id,
        o.textOr("nama", ""),
        o.text("singkatan"),
        o.enumValue("jenis", JenisPerangkatDaerah.class).orElse(JenisPerangkatDaerah.DINAS),
        o.text("model"),
        o.object("kop").map(this::kop),
        units,
        jabatan,
        dasar(o, "dasar_kedudukan"),
        o.object("perjanjian_kinerja").map(n -> new Naskah(n.text("nomor"), n.date("tanggal"))));
  }

  private Kop kop(Obj k) {
    return new Kop(
        k.textOr("alamat", ""),
        k.text("kode_pos"),
        k.text("telepon"),
        k.text("faksimile"),
        k.text("email"),
        k.text("laman"));
  }

  private Jabatan buildJabatan(PdDraft d, JabDraft j) {
    Obj o = j.obj();
    List<String> pemangku = new ArrayList<>();
    List<Obj.Item> items = o.scalars("pemangku");
    // Most positions have one holder or none: a table only when there may be a repeat.
    Map<String, Obj.Item> listed = items.size() > 1 ? new HashMap<>() : Map.of();
    for (Obj.Item it : items) {
      String nip = Nip.normalise(it.value());
      Obj.Item seen = items.size() > 1 ? listed.putIfAbsent(nip, it) : null;
      if (seen != null) {
        // Listed twice it is still one holder: counting it twice would inflate the bezetting.
        report(
            () -> {
              Span first = seen.span();
              return Finding.builder(
                      LoadRules.DUPLICATE_ID,
                      Severity.ERROR,
                      Message.of("id.ganda.pemangku", nip, j.id(), first.position()))
                  .path(it.path())
                  .span(it.span())
                  .related(List.of(first))
                  .hint(Message.of("id.ganda.pemangku.saran"))
                  .build();
            },
            o);
        continue;
      }
      pemangku.add(nip);
      if (!pegawai.containsKey(nip)) {
        refError(
            LoadRules.REF_PEGAWAI,
            "ref.pegawai",
            it.value(),
            it.at(),
            near(pegawai.size(), () -> Suggest.closest(nip, pegawai.keySet(), 3)));
      }
    }
    return new Jabatan(
        j.id(),
        j.unit(),
        o.textOr("nama", ""),
        o.enumValue("jenis", JenisJabatan.class).orElse(JenisJabatan.PELAKSANA),
        o.enumValue("kategori", KategoriFungsional.class),
        o.enumValue("jenjang", Jenjang.class),
        o.bool("penyetaraan").orElse(false),
        o.integer("kelas"),
        o.integer("kebutuhan").orElse(1),
        o.text("atasan").map(r -> jabatanRef(r, d.id, o.at("atasan"), true)),
        o.text("penilai").map(r -> jabatanRef(r, d.id, o.at("penilai"), false)),
        o.text("dasar_penilai"),
        o.text("koordinator").map(r -> jabatanRef(r, d.id, o.at("koordinator"), false)),
        pemangku,
        o.integer("bezetting"));
  }

  // --- references -----------------------------------------------------------------------------

  /**
   * Resolves {@code pd/id}, or a bare {@code id} first in {@code contextPd} and then anywhere it is
   * unique. Unresolved references are reported and returned as written.
   */
  private JabatanId jabatanRef(String ref, String contextPd, Obj.Where at, boolean kepalaDaerahOk) {
    if (ref.equals(JabatanId.KEPALA_DAERAH_KEY)) {
      if (kepalaDaerahOk) {
        return JabatanId.KEPALA_DAERAH;
      }
    }
    int slash = ref.indexOf('/');
    if (slash > 0) {
      String pd = ref.substring(0, slash);
      String id = ref.substring(slash + 1);
      PdDraft d = pds.get(pd);
      if (d != null && d.jabatan.containsKey(id)) {
        return new JabatanId(pd, id);
      }
      Supplier<List<String>> near =
          d != null
              ? near(
                  d.jabatan.size(),
                  () ->
                      Suggest.closest(id, d.jabatan.keySet(), 3).stream()
                          .map(x -> pd + "/" + x)
                          .toList())
              : near(jabatanCount(), () -> Suggest.closest(ref, allJabatan(), 3));
      refError(LoadRules.REF_JABATAN, d == null ? "ref.jabatan.pd" : "ref.jabatan", ref, at, near);
      return new JabatanId(pd, id);
    }
    PdDraft ctx = contextPd == null ? null : pds.get(contextPd);
    if (ctx != null && ctx.jabatan.containsKey(ref)) {
      return new JabatanId(contextPd, ref);
    }
    List<JabatanId> found = new ArrayList<>();
    for (PdDraft d : pds.values()) {
      if (d.jabatan.containsKey(ref)) {
        found.add(new JabatanId(d.id, ref));
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      ambiguous(LoadRules.REF_JABATAN, "ref.jabatan.ambigu", ref, found, at);
      return found.get(0);
    }
    Supplier<List<String>> near =
        near(
            jabatanCount(),
            () -> {
              List<String> candidates = new ArrayList<>();
              if (ctx != null) {
                candidates.addAll(ctx.jabatan.keySet());
              }
              candidates.addAll(allJabatan());
              if (kepalaDaerahOk) {
                candidates.add(JabatanId.KEPALA_DAERAH_KEY);
              }
              return Suggest.closest(ref, candidates, 3);
            });
    refError(LoadRules.REF_JABATAN, "ref.jabatan", ref, at, near);
    return new JabatanId(contextPd == null ? "" : contextPd, ref);
  }

  /**
   * How many candidates the did-you-mean hints of one daerah may compare in all. Each hint compares
   * the written name with every candidate; a heavily broken daerah (thousands of unknown NIPs
   * against 100,000 pegawai) would otherwise spend minutes on hints alone. Past the budget the
   * findings stay, with the general hint instead of the closest names.
   */
  private static final long SUGGESTION_BUDGET = 5_000_000;

  private long suggestionsSpent;

  /**
   * The did-you-mean list for one hint, within the budget (spent in the order mistakes are met),
   * worked out when the build settles.
   */
  private Supplier<List<String>> near(int candidates, Supplier<List<String>> closest) {
    if (suggestionsSpent + candidates > SUGGESTION_BUDGET) {
      return List::of;
    }
    suggestionsSpent += candidates;
    Near n = new Near(closest);
    nears.add(n);
    return n;
  }

  private int jabatanCount() {
    int n = 0;
    for (PdDraft d : pds.values()) {
      n += d.jabatan.size();
    }
    return n;
  }

  private int unitCount() {
    int n = 0;
    for (PdDraft d : pds.values()) {
      n += d.units.size();
    }
    return n;
  }

  /** Every jabatan as {@code pd/id}: made once, as each unresolved reference compares with all. */
  private List<String> allJabatan;

  private List<String> allJabatan() {
    if (allJabatan == null) {
      List<String> all = new ArrayList<>();
      for (PdDraft d : pds.values()) {
        for (String id : d.jabatan.keySet()) {
          all.add(d.id + "/" + id);
        }
      }
      allJabatan = List.copyOf(all);
    }
    return allJabatan;
  }

  /** Resolves {@code pd}, {@code pd/unit}, or a bare unit id unique in the daerah. */
  private UnitId unitRef(String ref, Obj.Where at) {
    int slash = ref.indexOf('/');
    if (slash > 0) {
      String pd = ref.substring(0, slash);
      String u = ref.substring(slash + 1);
      PdDraft d = pds.get(pd);
      if (d != null && d.unitById.containsKey(u)) {
        return UnitId.of(pd, u);
      }
      refError(
          LoadRules.REF_UNIT,
          "ref.unit",
          ref,
          at,
          near(unitCount(), () -> Suggest.closest(ref, allUnits(), 3)));
      return UnitId.of(pd, u);
    }
    if (pds.containsKey(ref)) {
      return UnitId.root(ref);
    }
    List<UnitId> found = new ArrayList<>();
    for (PdDraft d : pds.values()) {
      if (d.unitById.containsKey(ref)) {
        found.add(UnitId.of(d.id, ref));
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.size() > 1) {
      ambiguous(LoadRules.REF_UNIT, "ref.unit.ambigu", ref, found, at);
      return found.get(0);
    }
    refError(
        LoadRules.REF_UNIT,
        "ref.unit",
        ref,
        at,
        near(unitCount(), () -> Suggest.closest(ref, allUnits(), 3)));
    return UnitId.root(ref);
  }

  private List<String> allUnits;

  private List<String> allUnits() {
    if (allUnits == null) {
      List<String> all = new ArrayList<>();
      for (PdDraft d : pds.values()) {
        all.add(d.id);
        for (String u : d.unitById.keySet()) {
          all.add(d.id + "/" + u);
        }
      }
      allUnits = List.copyOf(all);
    }
    return allUnits;
  }

  private Orang orangRef(String written, Obj.Where at) {
    String nip = Nip.normalise(written);
    if (!nip.isEmpty() && nip.chars().allMatch(Character::isDigit)) {
      if (!pegawai.containsKey(nip)) {
        refError(
            LoadRules.REF_PEGAWAI,
            "ref.pegawai",
            written,
            at,
            near(pegawai.size(), () -> Suggest.closest(nip, pegawai.keySet(), 3)));
      }
      return new Orang.PegawaiRef(nip);
    }
    if (!luar.containsKey(written)) {
      refError(
          LoadRules.REF_PIHAK_LUAR,
          "ref.pihak-luar",
          written,
          at,
          near(luar.size(), () -> Suggest.closest(written, luar.keySet(), 3)));
    }
    return new Orang.PihakLuarRef(written);
  }

  /** A bare reference that names several {@code found}: the first is used, all are offered. */
  private void ambiguous(RuleId rule, String key, String ref, List<?> found, Obj.Where at) {
    String names = String.join("\", \"", found.stream().limit(4).map(Object::toString).toList());
    report(
        () ->
            Finding.builder(rule, Severity.ERROR, Message.of(key, ref, found.size()))
                .path(at.path())
                .span(at.span())
                .hint(Message.of("saran.maksud", names))
                .build(),
        at.owner());
  }

  private void refError(
      RuleId rule, String key, String ref, Obj.Where at, Supplier<List<String>> near) {
    report(
        () -> {
          List<String> names = near.get();
          return Finding.builder(rule, Severity.ERROR, Message.of(key, ref))
              .path(at.path())
              .span(at.span())
              .hint(
                  names.isEmpty()
                      ? Message.of(key + ".saran")
                      : Message.of("saran.maksud", String.join("\", \"", names)))
              .build();
        },
        at.owner());
  }

  // --- teams and assignments
  // ----------------------------------------------------------------------

  private Optional<Dasar> dasar(Obj owner) {
    return dasar(owner, "dasar");
  }

  private Optional<Dasar> dasar(Obj owner, String key) {
    return owner
        .object(key)
        .flatMap(
            o -> {
              Optional<JenisInstrumen> jenis = o.enumValue("jenis", JenisInstrumen.class);
              Optional<JabatanId> penetap =
                  o.text("penetap").map(r -> jabatanRef(r, null, o.at("penetap"), true));
              if (jenis.isEmpty() || penetap.isEmpty()) {
                return Optional.empty();
              }
              return Optional.of(
                  new Dasar(jenis.get(), penetap.get(), o.text("nomor"), o.date("tanggal")));
            });
  }

  private static Optional<Periode> periode(Obj owner) {
    return owner
        .object("periode")
        .flatMap(p -> p.date("mulai").map(m -> new Periode(m, p.date("selesai"))));
  }

  private List<TimKerja> buildTim() {
    Map<String, Obj> seen = new HashMap<>();
    List<TimKerja> out = new ArrayList<>();
    for (Obj o : timObjs) {
      Optional<String> id = o.text("id");
      boolean keep = id.isPresent() && unique(seen, id.get(), o, "tim_kerja");
      Optional<UnitId> pemilik =
          o.text("unit_pemilik_kinerja").map(r -> unitRef(r, o.at("unit_pemilik_kinerja")));
      Optional<JabatanId> pj =
          o.text("penanggung_jawab").map(r -> jabatanRef(r, null, o.at("penanggung_jawab"), false));
      Optional<Orang> ketua = o.text("ketua").map(r -> orangRef(r, o.at("ketua")));
      List<Orang> anggota = new ArrayList<>();
      for (Obj.Item it : o.scalars("anggota")) {
        anggota.add(orangRef(it.value(), it.at()));
      }
      Optional<Dasar> dasar = dasar(o);
      Optional<Periode> periode = periode(o);
      Optional<JenisTugas> jenis = o.enumValue("jenis_tugas", JenisTugas.class);
      Optional<Lingkup> lingkup = o.enumValue("lingkup", Lingkup.class);
      Optional<CaraPenugasan> cara = o.enumValue("cara", CaraPenugasan.class);
      if (!keep || pemilik.isEmpty() || jenis.isEmpty() || lingkup.isEmpty() || cara.isEmpty()) {
        continue;
      }
      out.add(
          new TimKerja(
              id.get(),
              o.textOr("nama", ""),
              jenis.get(),
              lingkup.get(),
              pemilik.get(),
              pj,
              ketua,
              anggota,
              cara.get(),
              dasar,
              periode,
              o.scalars("target_kinerja").stream().map(Obj.Item::value).toList(),
              o.scalars("ketua_melapor_kepada").stream()
                  .map(it -> jabatanRef(it.value(), null, it.at(), true))
                  .toList()));
    }
    return out;
  }

  private List<Penugasan> buildPenugasan(List<PerangkatDaerah> perangkat) {
    Map<String, UnitId> unitOfNip = new HashMap<>();
    for (PerangkatDaerah p : perangkat) {
      for (Jabatan j : p.jabatan()) {
        for (String nip : j.pemangku()) {
          unitOfNip.putIfAbsent(nip, j.unit());
        }
      }
    }
    Map<UnitId, Optional<UnitId>> parent = new HashMap<>();
    Map<UnitId, JenisJabatan> headKind = new HashMap<>();
    Map<JabatanId, JenisJabatan> kinds = new HashMap<>();
    for (PerangkatDaerah p : perangkat) {
      p.jabatan().forEach(j -> kinds.put(j.id(), j.jenis()));
    }
    for (PerangkatDaerah p : perangkat) {
      for (Unit u : p.unit()) {
        parent.put(u.id(), u.induk());
        u.kepala().map(kinds::get).ifPresent(k -> headKind.put(u.id(), k));
      }
    }
    UnitOrganisasi organisasi =
        new UnitOrganisasi(
            u -> parent.getOrDefault(u, Optional.empty()),
            u -> Optional.ofNullable(headKind.get(u)));
    Map<String, Obj> seen = new HashMap<>();
    List<Penugasan> out = new ArrayList<>();
    for (Obj o : tugasObjs) {
      Optional<String> id = o.text("id");
      boolean keep = id.isPresent() && unique(seen, id.get(), o, "penugasan");
      Optional<String> nip = o.text("pegawai").map(Nip::normalise);
      nip.ifPresent(
          n -> {
            if (!pegawai.containsKey(n)) {
              refError(
                  LoadRules.REF_PEGAWAI,
                  "ref.pegawai",
                  o.textOr("pegawai", n),
                  o.at("pegawai"),
                  near(pegawai.size(), () -> Suggest.closest(n, pegawai.keySet(), 3)));
            }
          });
      Optional<UnitId> asal = o.text("asal").map(r -> unitRef(r, o.at("asal")));
      if (asal.isEmpty() && nip.isPresent() && pegawai.containsKey(nip.get())) {
        asal = Optional.ofNullable(unitOfNip.get(nip.get()));
        if (asal.isEmpty()) {
          Finding.Builder b =
              Finding.builder(
                      LoadRules.PENUGASAN_ASAL,
                      Severity.ERROR,
                      Message.of("penugasan.asal", nip.get()))
                  .path(o.path())
                  .hint(Message.of("penugasan.asal.saran"));
          report(() -> b.span(o.span("pegawai")).build(), o);
        }
      }
      Optional<UnitId> tujuan = o.text("tujuan").map(r -> unitRef(r, o.at("tujuan")));
      Optional<TujuanLuar> luarTujuan =
          o.object("tujuan_luar")
              .map(t -> new TujuanLuar(t.textOr("instansi", ""), t.text("unit")));
      if (tujuan.isPresent() == luarTujuan.isPresent()) {
        Finding.Builder b =
            Finding.builder(
                    LoadRules.PENUGASAN_TUJUAN,
                    Severity.ERROR,
                    Message.of(tujuan.isPresent() ? "penugasan.tujuan.dua" : "penugasan.tujuan"))
                .path(o.path())
                .hint(Message.of("penugasan.tujuan.saran"));
        report(() -> b.span(Shape.startOf(o.span())).build(), o);
      }
      Optional<Lingkup> derived = Optional.empty();
      if (luarTujuan.isPresent() && tujuan.isEmpty()) {
        derived = Optional.of(Lingkup.LINTAS_INSTANSI);
      } else if (tujuan.isPresent() && asal.isPresent()) {
        derived = Optional.of(organisasi.individu(asal.get(), tujuan.get()));
      }
      Optional<Lingkup> declared = o.enumValue("lingkup", Lingkup.class);
      if (declared.isPresent() && derived.isPresent() && declared.get() != derived.get()) {
        Finding.Builder b =
            Finding.builder(
                    LoadRules.PENUGASAN_LINGKUP,
                    Severity.ERROR,
                    Message.of(
                        "penugasan.lingkup",
                        declared.get().key(),
                        derived.get().key(),
                        asal.map(UnitId::toString).orElse("-"),
                        tujuan.map(UnitId::toString).orElse("-")))
                .path(o.path("lingkup"))
                .hint(Message.of("penugasan.lingkup.saran", derived.get().key()));
        report(() -> b.span(o.span("lingkup")).build(), o);
      }
      Optional<CaraPenugasan> cara = o.enumValue("cara", CaraPenugasan.class);
      Optional<Dasar> dasar = dasar(o);
      Optional<Periode> periode = periode(o);
      if (!keep || nip.isEmpty() || asal.isEmpty() || derived.isEmpty() || cara.isEmpty()) {
        continue;
      }
      out.add(
          new Penugasan(
              id.get(),
              nip.get(),
              asal.get(),
              tujuan,
              luarTujuan,
              derived.get(),
              cara.get(),
              o.text("maksud_tujuan"),
              o.scalars("target_kinerja").stream().map(Obj.Item::value).toList(),
              periode,
              o.text("durasi"),
              o.text("pengaturan_lain"),
              dasar,
              o.enumValue("jenis_tugas", JenisTugas.class),
              o.text("tim"),
              o.text("melapor_kepada").map(r -> jabatanRef(r, null, o.at("melapor_kepada"), true)),
              o.object("permohonan").map(this::permohonan)));
    }
    return out;
  }

  private Permohonan permohonan(Obj p) {
    Optional<Jawaban> jawaban =
        p.object("jawaban")
            .map(
                j ->
                    new Jawaban(
                        j.text("nomor"),
                        j.date("tanggal"),
                        j.text("dari").map(r -> jabatanRef(r, null, j.at("dari"), true)),
                        j.bool("setuju").orElse(true),
                        j.text("alasan")));
    List<JabatanId> tembusan = new ArrayList<>();
    for (Obj.Item it : p.scalars("tembusan")) {
      tembusan.add(jabatanRef(it.value(), null, it.at(), true));
    }
    return new Permohonan(
        p.text("nomor"),
        p.date("tanggal"),
        p.text("dari")
            .map(r -> jabatanRef(r, null, p.at("dari"), true))
            .orElse(JabatanId.KEPALA_DAERAH),
        p.text("kepada")
            .map(r -> jabatanRef(r, null, p.at("kepada"), true))
            .orElse(JabatanId.KEPALA_DAERAH),
        tembusan,
        p.text("maksud_tujuan"),
        p.text("kompetensi"),
        p.scalars("target_kinerja").stream().map(Obj.Item::value).toList(),
        p.text("durasi"),
        jawaban);
  }
}
