package id.sisker.diagram;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
import id.sisker.model.DataPath;
import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.JenisUnit;
import id.sisker.model.Orang;
import id.sisker.model.Pegawai;
import id.sisker.model.Penugasan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.PihakLuar;
import id.sisker.model.TimKerja;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.model.UnitOrganisasi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the graph of one view of a loaded daerah. Everything is walked in YAML order, so the same
 * input always gives the same graph.
 */
public final class Diagrams {

  private final Daerah daerah;
  private final Indeks ix;
  private final Overlay overlay;
  private final ReportingLines lines;
  private final Labels labels;
  private final Messages m;
  private final UnitOrganisasi uo;
  private final boolean penanggungJawab;

  /**
   * @param findings the findings of the same validation, for the overlay
   * @param lines the ketua reporting lines of the active profile
   * @param penanggungJawab whether the active profile has the penanggung jawab tim role
   */
  public Diagrams(
      Daerah daerah,
      List<Finding> findings,
      ReportingLines lines,
      boolean penanggungJawab,
      Labels labels,
      Messages messages) {
    this(new Indeks(daerah), findings, lines, penanggungJawab, labels, messages);
  }

  /**
   * As {@link #Diagrams(Daerah, List, ReportingLines, boolean, Labels, Messages)}, with the index
   * of the daerah already built (the caller shares it with its reporting lines).
   */
  public Diagrams(
      Indeks ix,
      List<Finding> findings,
      ReportingLines lines,
      boolean penanggungJawab,
      Labels labels,
      Messages messages) {
    this.daerah = ix.daerah();
    this.ix = ix;
    this.overlay = labels.temuan() ? new Overlay(findings) : Overlay.NONE;
    this.lines = lines;
    this.labels = labels;
    this.m = messages;
    this.penanggungJawab = penanggungJawab;
    this.uo =
        new UnitOrganisasi(
            u -> ix.unit(u).flatMap(Unit::induk),
            u -> ix.unit(u).flatMap(Unit::kepala).flatMap(ix::jabatan).map(Jabatan::jenis));
  }

  public Indeks indeks() {
    return ix;
  }

  /** Why {@code scope} names nothing in this daerah, if it does not (a message key and its id). */
  public Optional<String[]> unknown(Scope scope) {
    if (scope.pd().isPresent() && ix.perangkatDaerah(scope.pd().get()).isEmpty()) {
      return Optional.of(new String[] {"diagram.pd-tidak-ada", scope.pd().get()});
    }
    if (scope.unit().isPresent() && ix.unit(scope.unit().get()).isEmpty()) {
      return Optional.of(new String[] {"diagram.unit-tidak-ada", scope.unit().get().toString()});
    }
    if (scope.tim().isPresent()
        && daerah.timKerja().stream().noneMatch(t -> t.id().equals(scope.tim().get()))) {
      return Optional.of(new String[] {"diagram.tim-tidak-ada", scope.tim().get()});
    }
    if (scope.pegawai().isPresent()
        && ix.pegawai(scope.pegawai().get()).isEmpty()
        && ix.pihakLuar(scope.pegawai().get()).isEmpty()) {
      return Optional.of(new String[] {"diagram.pegawai-tidak-ada", scope.pegawai().get()});
    }
    return Optional.empty();
  }

  /** The ids the scope options accept, for "did you mean". */
  public List<String> candidates(String option) {
    List<String> out = new ArrayList<>();
    switch (option) {
      case "pd" -> daerah.perangkatDaerah().forEach(p -> out.add(p.id()));
      case "unit" -> ix.semuaUnit().forEach(u -> out.add(u.id().toString()));
      case "tim" -> daerah.timKerja().forEach(t -> out.add(t.id()));
      default -> daerah.pegawai().forEach(p -> out.add(p.nip()));
    }
    return out;
  }

  public Graph build(View view, Scope scope) {
    overlay.used.clear();
    Builder b = new Builder();
    switch (view) {
      case STRUKTUR -> struktur(b, scope);
      case KEDUDUKAN -> kedudukan(b, scope);
      case TIM -> tim(b, scope);
      case PENUGASAN -> penugasan(b, scope);
      case PELAPORAN -> pelaporan(b, scope);
    }
    return b.graph(title(view, scope));
  }

  private String title(View view, Scope scope) {
    String where =
        scope
            .tim()
            .flatMap(t -> daerah.timKerja().stream().filter(x -> x.id().equals(t)).findFirst())
            .map(TimKerja::nama)
            .or(() -> scope.unit().flatMap(ix::unit).map(Unit::nama))
            .or(() -> scope.pd().flatMap(ix::perangkatDaerah).map(PerangkatDaerah::nama))
            .or(() -> scope.pegawai().map(this::personName))
            .orElse(daerah.nama());
    return m.text("diagram.view." + view.key()) + " \u2014 " + where;
  }

  // ---------------------------------------------------------------- struktur

  private void struktur(Builder b, Scope scope) {
    List<Unit> tops = new ArrayList<>();
    if (scope.unit().isPresent()) {
      ix.unit(scope.unit().get()).ifPresent(tops::add);
    } else if (scope.pegawai().isPresent()) {
      // the units the person sits in, from the top of their perangkat daerah down
      for (Jabatan j : ix.jabatanOf(scope.pegawai().get())) {
        ix.unit(UnitId.root(j.unit().pd())).ifPresent(tops::add);
      }
    } else {
      for (PerangkatDaerah p : pds(scope)) {
        tops.add(p.root());
      }
    }
    Set<UnitId> along = new LinkedHashSet<>();
    scope
        .pegawai()
        .ifPresent(nip -> ix.jabatanOf(nip).forEach(j -> along.addAll(lineage(j.unit()))));
    for (Unit top : new LinkedHashSet<>(tops)) {
      unitTree(b, top, 0, scope.depth(), along);
    }
    b.legendShapes();
  }

  private String unitNode(Builder b, Unit u) {
    String id = b.ids.of("u", u.id().toString());
    if (b.has(id)) {
      return id;
    }
    Optional<Jabatan> head = u.kepala().flatMap(ix::jabatan);
    List<String> label = new ArrayList<>();
    label.add(
        u.id().isRoot()
            ? ix.perangkatDaerah(u.id().pd()).map(PerangkatDaerah::nama).orElse(u.nama())
            : u.nama());
    head.ifPresent(h -> label.addAll(jabatanLines(h, true)));
    Graph.Mark mark = overlay.unit(u.id());
    List<String> rules = new ArrayList<>(overlay.rules(DataPath.unit(u.id())));
    if (head.isPresent()) {
      mark = Overlay.worst(mark, jabatanMark(head.get()));
      rules.addAll(jabatanRules(head.get()));
    }
    b.node(id, u.id().toString(), unitShape(u, head), label, Optional.empty(), mark, rules);
    return id;
  }

  private void unitTree(Builder b, Unit u, int level, Optional<Integer> depth, Set<UnitId> along) {
    String id = unitNode(b, u);
    if (depth.isPresent() && level >= depth.get()) {
      return;
    }
    List<String> children = new ArrayList<>();
    List<Jabatan> jf =
        ix.jabatanIn(u.id()).stream()
            .filter(j -> j.jenis() == JenisJabatan.FUNGSIONAL && !heads(j))
            .toList();
    if (!jf.isEmpty() && along.isEmpty()) {
      String k = b.ids.of("k", u.id().toString());
      long count = jf.stream().mapToLong(j -> Math.max(j.kebutuhan(), j.bezetting())).sum();
      b.node(
          k,
          u.id() + "#kelompok",
          Graph.Shape.KELOMPOK,
          List.of(
              m.text("diagram.kelompok-jf"), m.format("diagram.jumlah-jabatan", jf.size(), count)),
          Optional.empty(),
          Graph.Mark.NONE,
          List.of());
      b.edge(id, k, Graph.EdgeKind.KELOMPOK, Optional.empty(), Graph.Mark.NONE);
      children.add(k);
    }
    for (Unit sub : ix.subunit(u.id())) {
      if (!along.isEmpty() && !along.contains(sub.id())) {
        continue;
      }
      String s = unitNode(b, sub);
      b.edge(id, s, Graph.EdgeKind.SUBUNIT, Optional.empty(), Graph.Mark.NONE);
      children.add(s);
      unitTree(b, sub, level + 1, depth, along);
    }
    b.order(children);
  }

  private Graph.Shape unitShape(Unit u, Optional<Jabatan> head) {
    if (u.id().isRoot()) {
      JenisPerangkatDaerah j =
          ix.perangkatDaerah(u.id().pd())
              .map(PerangkatDaerah::jenis)
              .orElse(JenisPerangkatDaerah.DINAS);
      return switch (j) {
        case KECAMATAN -> Graph.Shape.KECAMATAN;
        case KELURAHAN -> Graph.Shape.KELURAHAN;
        case UPT, RSUD -> Graph.Shape.UPT;
        case PUSKESMAS, SATUAN_PENDIDIKAN -> Graph.Shape.UNIT_JF;
        default -> Graph.Shape.KEPALA;
      };
    }
    if (u.mandiri().isPresent()
        || head.map(h -> h.jenis() == JenisJabatan.FUNGSIONAL).orElse(false)) {
      return Graph.Shape.UNIT_JF;
    }
    JenisUnit j = u.jenis().orElse(JenisUnit.LAINNYA);
    return switch (j) {
      case KELURAHAN -> Graph.Shape.KELURAHAN;
      case UPT, RSUD -> Graph.Shape.UPT;
      case PUSKESMAS, SATUAN_PENDIDIKAN -> Graph.Shape.UNIT_JF;
      case SEKSI, SUBBAGIAN, SUBBIDANG -> Graph.Shape.SUBUNIT;
      default -> Graph.Shape.UNIT;
    };
  }

  // ---------------------------------------------------------------- kedudukan

  private void kedudukan(Builder b, Scope scope) {
    Set<JabatanId> chain = new LinkedHashSet<>();
    if (scope.pegawai().isPresent()) {
      for (Jabatan j : ix.jabatanOf(scope.pegawai().get())) {
        Optional<Jabatan> c = Optional.of(j);
        while (c.isPresent() && chain.add(c.get().id())) {
          c = c.get().atasan().flatMap(ix::jabatan);
        }
      }
    }
    List<Jabatan> tops = new ArrayList<>();
    Set<UnitId> units = new LinkedHashSet<>();
    if (scope.unit().isPresent()) {
      collectUnits(scope.unit().get(), units);
      ix.unit(scope.unit().get()).flatMap(Unit::kepala).flatMap(ix::jabatan).ifPresent(tops::add);
    }
    for (PerangkatDaerah p : pds(scope)) {
      for (Jabatan j : p.jabatan()) {
        boolean in = inScope(j, units, chain);
        boolean parentIn =
            j.atasan().flatMap(ix::jabatan).map(a -> inScope(a, units, chain)).orElse(false);
        if (in && !parentIn && !tops.contains(j)) {
          tops.add(j);
        }
      }
    }
    Set<JabatanId> drawn = new LinkedHashSet<>();
    for (Jabatan t : tops) {
      jabatanTree(b, t, 0, scope.depth(), units, chain, drawn);
    }
    // one koordinator line per coordinated group, then penilai lines between drawn positions
    for (Koordinasi k : b.koordinasi) {
      if (drawn.contains(k.koordinator())) {
        b.edges.add(
            new Graph.Edge(
                b.ids.of("j", k.koordinator().toString()),
                k.first(),
                Graph.EdgeKind.KOORDINATOR,
                Optional.empty(),
                Graph.Mark.NONE,
                Optional.of(k.box())));
      }
    }
    for (JabatanId id : drawn) {
      Jabatan j = ix.jabatan(id).orElseThrow();
      j.penilai()
          .filter(p -> !Optional.of(p).equals(j.atasan()))
          .ifPresent(
              p -> {
                String from = jabatanNode(b, p, Optional.empty());
                b.edge(
                    from,
                    b.ids.of("j", id.toString()),
                    Graph.EdgeKind.PENILAI,
                    Optional.of(m.text("diagram.edge.penilai")),
                    overlay.mark(DataPath.jabatan(id) + ".penilai"));
              });
    }
    b.legendShapes();
  }

  private boolean inScope(Jabatan j, Set<UnitId> units, Set<JabatanId> chain) {
    return (units.isEmpty() || units.contains(j.unit()))
        && (chain.isEmpty() || chain.contains(j.id()));
  }

  private void collectUnits(UnitId u, Set<UnitId> out) {
    if (out.add(u)) {
      ix.subunit(u).forEach(s -> collectUnits(s.id(), out));
    }
  }

  private void jabatanTree(
      Builder b,
      Jabatan j,
      int level,
      Optional<Integer> depth,
      Set<UnitId> units,
      Set<JabatanId> chain,
      Set<JabatanId> drawn) {
    if (!drawn.add(j.id())) {
      return;
    }
    String id = jabatanNode(b, j.id(), Optional.empty());
    if (depth.isPresent() && level >= depth.get()) {
      return;
    }
    List<String> order = new ArrayList<>();
    List<Jabatan> kelompok = new ArrayList<>();
    for (Jabatan c : ix.bawahan(j.id())) {
      if (!inScope(c, units, chain) || drawn.contains(c.id())) {
        continue;
      }
      if (c.jenis().struktural() || heads(c)) {
        order.add(jabatanNode(b, c.id(), Optional.empty()));
        b.edge(
            id,
            b.ids.of("j", c.id().toString()),
            Graph.EdgeKind.ATASAN,
            Optional.empty(),
            Graph.Mark.NONE);
      } else {
        kelompok.add(c);
      }
    }
    if (!kelompok.isEmpty()) {
      String cl = b.ids.of("kelompok", j.id().toString());
      b.cluster(cl, m.text("diagram.kelompok-jf-pelaksana"), Optional.empty(), true);
      // Members a Pengawas coordinates sit in a box of their own, reached by one dashed line
      // from the koordinator instead of one line per member.
      Map<Optional<JabatanId>, List<Jabatan>> groups = new LinkedHashMap<>();
      for (Jabatan c : kelompok) {
        groups.computeIfAbsent(c.koordinator(), k -> new ArrayList<>()).add(c);
      }
      String first = null;
      for (Map.Entry<Optional<JabatanId>, List<Jabatan>> g : groups.entrySet()) {
        String in = cl;
        if (g.getKey().isPresent()) {
          JabatanId k = g.getKey().get();
          in = b.ids.of("koordinasi", j.id() + "/" + k);
          String who = ix.jabatan(k).map(Jabatan::nama).orElse(k.toString());
          b.cluster(in, m.format("diagram.dikoordinasikan", who), Optional.of(cl), true);
        }
        String prev = null;
        for (Jabatan c : g.getValue()) {
          String n = jabatanNode(b, c.id(), Optional.of(in));
          drawn.add(c.id());
          if (prev == null) {
            if (first == null) {
              first = n;
            } else {
              b.stack(id, n);
            }
            if (g.getKey().isPresent()) {
              b.koordinasi.add(new Koordinasi(g.getKey().get(), n, in));
            }
          } else {
            b.stack(prev, n);
          }
          prev = n;
        }
      }
      b.edges.add(
          new Graph.Edge(
              id,
              first,
              Graph.EdgeKind.ATASAN,
              Optional.empty(),
              Graph.Mark.NONE,
              Optional.of(cl)));
      order.add(0, first);
    }
    b.order(order);
    for (Jabatan c : ix.bawahan(j.id())) {
      if (inScope(c, units, chain) && (c.jenis().struktural() || heads(c))) {
        jabatanTree(b, c, level + 1, depth, units, chain, drawn);
      }
    }
  }

  /**
   * Whether {@code j} heads a unit (a JF leading a UPT or unit kerja mandiri draws as an official).
   */
  private boolean heads(Jabatan j) {
    return ix.unit(j.unit()).flatMap(Unit::kepala).map(k -> k.equals(j.id())).orElse(false);
  }

  private String jabatanNode(Builder b, JabatanId jid, Optional<String> cluster) {
    String id = b.ids.of("j", jid.toString());
    if (b.has(id)) {
      return id;
    }
    if (jid.isKepalaDaerah()) {
      List<String> label = new ArrayList<>();
      if (daerah.kepala() == null) {
        label.add(m.text("diagram.kepala-daerah"));
      } else {
        label.add(daerah.kepala().sebutan());
        if (!labels.anonim()) {
          daerah.kepala().nama().ifPresent(label::add);
        }
      }
      b.node(
          id,
          jid.toString(),
          Graph.Shape.KEPALA_DAERAH,
          label,
          cluster,
          Graph.Mark.NONE,
          List.of());
      return id;
    }
    Optional<Jabatan> j = ix.jabatan(jid);
    if (j.isEmpty()) {
      b.node(
          id,
          jid.toString(),
          Graph.Shape.STRUKTURAL,
          List.of(jid.toString()),
          cluster,
          Graph.Mark.ERROR,
          List.of());
      return id;
    }
    Graph.Shape shape =
        switch (j.get().jenis()) {
          case FUNGSIONAL -> heads(j.get()) ? Graph.Shape.UNIT_JF : Graph.Shape.FUNGSIONAL;
          case PELAKSANA -> Graph.Shape.PELAKSANA;
          default -> Graph.Shape.STRUKTURAL;
        };
    List<String> label = new ArrayList<>();
    label.addAll(jabatanLines(j.get(), false));
    b.node(id, jid.toString(), shape, label, cluster, jabatanMark(j.get()), jabatanRules(j.get()));
    return id;
  }

  private Graph.Mark jabatanMark(Jabatan j) {
    Graph.Mark mark = overlay.jabatan(j.id());
    for (String nip : j.pemangku()) {
      mark = Overlay.worst(mark, overlay.mark(DataPath.pegawai(nip)));
    }
    return mark;
  }

  private List<String> jabatanRules(Jabatan j) {
    Set<String> out = new java.util.TreeSet<>(overlay.jabatanRules(j.id()));
    for (String nip : j.pemangku()) {
      out.addAll(overlay.rules(DataPath.pegawai(nip)));
    }
    return List.copyOf(out);
  }

  /** The jabatan's name, then kelas and B/K when asked, then its holders unless anonymous. */
  private List<String> jabatanLines(Jabatan j, boolean compact) {
    List<String> out = new ArrayList<>();
    out.add(j.nama());
    List<String> facts = new ArrayList<>();
    if (labels.kelas()) {
      j.kelas().ifPresent(k -> facts.add(m.format("diagram.kelas", k)));
    }
    if (labels.bk()) {
      facts.add(m.format("diagram.bk", j.bezetting(), j.kebutuhan()));
    }
    if (!facts.isEmpty()) {
      out.add(String.join(" \u00b7 ", facts));
    }
    if (!labels.anonim()) {
      int shown = 0;
      int max = compact ? 1 : 3;
      for (String nip : j.pemangku()) {
        if (shown == max) {
          out.add(m.format("diagram.lainnya", j.pemangku().size() - max));
          break;
        }
        out.add(ix.pegawai(nip).map(Pegawai::namaLengkap).orElse(nip));
        if (!compact) {
          out.add(m.format("diagram.nip", nip));
        }
        shown++;
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- tim

  private List<TimKerja> teams(Scope scope) {
    List<TimKerja> out = new ArrayList<>();
    for (TimKerja t : daerah.timKerja()) {
      if (scope.tim().isPresent() && !scope.tim().get().equals(t.id())) {
        continue;
      }
      if (scope.pegawai().isPresent() && !people(t).contains(scope.pegawai().get())) {
        continue;
      }
      if (scope.pd().isPresent()
          && !t.pemilikKinerja().pd().equals(scope.pd().get())
          && homes(t).stream().noneMatch(u -> u.pd().equals(scope.pd().get()))) {
        continue;
      }
      if (scope.unit().isPresent()) {
        Set<UnitId> units = new LinkedHashSet<>();
        collectUnits(scope.unit().get(), units);
        if (!units.contains(t.pemilikKinerja()) && homes(t).stream().noneMatch(units::contains)) {
          continue;
        }
      }
      out.add(t);
    }
    return out;
  }

  private List<String> people(TimKerja t) {
    List<String> out = new ArrayList<>();
    t.ketua().ifPresent(k -> out.add(k.toString()));
    t.anggota().forEach(a -> out.add(a.toString()));
    return out;
  }

  private List<UnitId> homes(TimKerja t) {
    List<UnitId> out = new ArrayList<>();
    for (String p : people(t)) {
      ix.jabatanOf(p).forEach(j -> out.add(j.unit()));
    }
    return out;
  }

  private void tim(Builder b, Scope scope) {
    for (TimKerja t : teams(scope)) {
      String cl = b.ids.of("tim", t.id());
      b.cluster(
          cl,
          t.nama()
              + "\n"
              + m.text("diagram.lingkup." + t.lingkup().key())
              + " \u00b7 "
              + t.jenisTugas().key(),
          Optional.empty(),
          false);
      Optional<String> ketua =
          t.ketua().map(k -> personNode(b, "t" + t.id(), k, Optional.of(cl), true));
      List<String> order = new ArrayList<>();
      for (Orang a : t.anggota()) {
        String n = personNode(b, "t" + t.id(), a, Optional.of(cl), false);
        order.add(n);
        ketua.ifPresent(
            k -> b.edge(n, k, Graph.EdgeKind.ANGGOTA, Optional.empty(), Graph.Mark.NONE));
      }
      b.order(order);
      ketua.ifPresent(k -> ketuaLines(b, t, k));
    }
    b.legendShapes();
  }

  /** The ketua's reporting edges, and the penanggung jawab where the profile has that role. */
  private void ketuaLines(Builder b, TimKerja t, String ketua) {
    Set<JabatanId> own = new LinkedHashSet<>();
    t.ketua().ifPresent(k -> ix.jabatanOf(k.toString()).forEach(j -> own.add(j.id())));
    Set<JabatanId> drawn =
        reportingEdges(
            b,
            ketua,
            lines.ketua(t),
            t.ketuaMelaporKepada(),
            own,
            "",
            overlay.mark(DataPath.timKerja(t.id())));
    if (penanggungJawab
        && t.penanggungJawab().isPresent()
        && !drawn.contains(t.penanggungJawab().get())) {
      String n = jabatanNode(b, t.penanggungJawab().get(), Optional.empty());
      b.edge(
          n,
          ketua,
          Graph.EdgeKind.PENANGGUNG_JAWAB,
          Optional.of(m.text("diagram.edge.penanggung-jawab")),
          Graph.Mark.NONE);
    }
  }

  /**
   * Reporting edges from {@code from}: for each binding clause of the profile, the recorded
   * official when the clause allows them, else the nearest position the clause names (never the
   * person's own); then each recorded official no clause names, in the findings colour.
   *
   * @return the officials drawn
   */
  private Set<JabatanId> reportingEdges(
      Builder b,
      String from,
      List<ReportingLines.Line> clauses,
      List<JabatanId> recorded,
      Set<JabatanId> own,
      String prefix,
      Graph.Mark mark) {
    Set<JabatanId> allowed = new LinkedHashSet<>();
    Set<JabatanId> drawn = new LinkedHashSet<>();
    for (ReportingLines.Line l : clauses) {
      allowed.addAll(l.who());
      if (!l.mengikat()) {
        continue;
      }
      Optional<JabatanId> to =
          recorded.stream()
              .filter(l.who()::contains)
              .findFirst()
              .or(() -> l.who().stream().filter(w -> !own.contains(w)).findFirst());
      if (to.isPresent() && drawn.add(to.get())) {
        String n = jabatanNode(b, to.get(), Optional.empty());
        b.edge(
            from,
            n,
            Graph.EdgeKind.MELAPOR,
            Optional.of(
                prefix
                    + m.format(
                        "diagram.edge.melapor",
                        String.join(
                            ", ",
                            l.peran().stream()
                                .map(r -> m.has("peran." + r) ? m.format("peran." + r) : r)
                                .toList()),
                        l.sitasi())),
            Graph.Mark.NONE);
      }
    }
    for (JabatanId r : recorded) {
      if (!drawn.contains(r) && !allowed.contains(r)) {
        String n = jabatanNode(b, r, Optional.empty());
        b.edge(
            from,
            n,
            Graph.EdgeKind.MELAPOR_TERCATAT,
            Optional.of(prefix + m.text("diagram.edge.tercatat")),
            clauses.isEmpty() ? Graph.Mark.NONE : Overlay.worst(mark, Graph.Mark.WARNING));
        drawn.add(r);
      }
    }
    return drawn;
  }

  private String personName(String key) {
    return ix.pegawai(key)
        .map(Pegawai::namaLengkap)
        .or(() -> ix.pihakLuar(key).map(PihakLuar::nama))
        .orElse(key);
  }

  /** A person in a team or reporting line, coloured by their home unit organisasi. */
  private String personNode(
      Builder b, String scope, Orang o, Optional<String> cluster, boolean ketua) {
    String key = o.toString();
    String id = b.ids.of("p", scope + "/" + key);
    if (b.has(id)) {
      return id;
    }
    List<String> label = new ArrayList<>();
    if (ketua) {
      label.add(m.text("diagram.ketua"));
    }
    if (o instanceof Orang.PihakLuarRef r) {
      Optional<PihakLuar> l = ix.pihakLuar(r.id());
      l.flatMap(PihakLuar::jabatan).ifPresent(label::add);
      if (!labels.anonim()) {
        label.add(l.map(PihakLuar::nama).orElse(r.id()));
      }
      label.add(l.map(PihakLuar::instansi).orElse(""));
      b.node(
          id,
          key,
          Graph.Shape.PIHAK_LUAR,
          label,
          cluster,
          overlay.mark(DataPath.pihakLuar(r.id())),
          List.of());
      return id;
    }
    List<Jabatan> held = ix.jabatanOf(key);
    held.stream().findFirst().ifPresent(j -> label.add(j.nama()));
    if (!labels.anonim()) {
      label.add(personName(key));
    }
    Optional<Integer> colour =
        held.stream().findFirst().map(j -> b.colour(uo.of(j.unit()), unitName(uo.of(j.unit()))));
    Graph.Mark mark = overlay.mark(DataPath.pegawai(key));
    List<String> rules = new ArrayList<>(overlay.rules(DataPath.pegawai(key)));
    for (Jabatan j : held) {
      mark = Overlay.worst(mark, overlay.jabatan(j.id()));
      rules.addAll(overlay.jabatanRules(j.id()));
    }
    b.nodeColoured(id, key, Graph.Shape.ORANG, label, cluster, mark, colour, rules);
    return id;
  }

  private String unitName(UnitId u) {
    String pd = ix.perangkatDaerah(u.pd()).map(p -> p.singkatan().orElse(p.nama())).orElse(u.pd());
    return u.isRoot() ? pd : ix.unit(u).map(Unit::nama).orElse(u.toString()) + " (" + pd + ")";
  }

  // ---------------------------------------------------------------- penugasan

  private boolean involves(Scope scope, UnitId... units) {
    for (UnitId u : units) {
      if (scope.pd().map(p -> p.equals(u.pd())).orElse(true)) {
        if (scope.unit().isEmpty()) {
          return true;
        }
        Set<UnitId> in = new LinkedHashSet<>();
        collectUnits(scope.unit().get(), in);
        if (in.contains(u)) {
          return true;
        }
      }
    }
    return false;
  }

  private void penugasan(Builder b, Scope scope) {
    Map<String, List<String>> pdUnits = new LinkedHashMap<>();
    if (scope.tim().isEmpty()) {
      for (Penugasan p : daerah.penugasan()) {
        if (p.tujuanLuar().isEmpty() && p.lingkup() == id.sisker.model.Lingkup.DALAM_UNIT) {
          continue;
        }
        if (scope.pegawai().isPresent() && !scope.pegawai().get().equals(p.pegawai())) {
          continue;
        }
        UnitId from = uo.of(p.asal());
        if (!involves(
            scope,
            p.tujuan().map(t -> new UnitId[] {from, uo.of(t)}).orElse(new UnitId[] {from}))) {
          continue;
        }
        String a = unitBox(b, from, pdUnits);
        String t =
            p.tujuan().isPresent()
                ? unitBox(b, uo.of(p.tujuan().get()), pdUnits)
                : instansiNode(b, p.tujuanLuar().get().instansi(), p.tujuanLuar().get().unit());
        List<String> label = new ArrayList<>();
        label.add(p.id() + (labels.anonim() ? "" : ": " + personName(p.pegawai())));
        label.add(instrument(p.dasar(), p.periode()));
        b.edge(
            a,
            t,
            Graph.EdgeKind.PENUGASAN,
            Optional.of(String.join("\n", label)),
            overlay.mark(DataPath.penugasan(p.id())));
      }
    }
    for (TimKerja t : teams(scope)) {
      UnitId owner = uo.of(t.pemilikKinerja());
      Map<String, Integer> from = new LinkedHashMap<>();
      List<Orang> all = new ArrayList<>();
      t.ketua().ifPresent(all::add);
      all.addAll(t.anggota());
      for (Orang o : all) {
        if (o instanceof Orang.PihakLuarRef r) {
          String inst = ix.pihakLuar(r.id()).map(PihakLuar::instansi).orElse(r.id());
          from.merge(instansiNode(b, inst, Optional.empty()), 1, Integer::sum);
          continue;
        }
        for (Jabatan j : ix.jabatanOf(o.toString())) {
          UnitId home = uo.of(j.unit());
          if (!home.equals(owner)) {
            from.merge(unitBox(b, home, pdUnits), 1, Integer::sum);
          }
        }
      }
      if (from.isEmpty()) {
        continue;
      }
      String to = unitBox(b, owner, pdUnits);
      for (Map.Entry<String, Integer> e : from.entrySet()) {
        List<String> label = new ArrayList<>();
        label.add(m.format("diagram.edge.tim", t.nama(), e.getValue()));
        label.add(instrument(t.dasar(), t.periode()));
        b.edge(
            e.getKey(),
            to,
            Graph.EdgeKind.PENUGASAN_TIM,
            Optional.of(String.join("\n", label)),
            overlay.mark(DataPath.timKerja(t.id())));
      }
    }
    b.legendShapes();
  }

  private String instrument(
      Optional<id.sisker.model.Dasar> dasar, Optional<id.sisker.model.Periode> periode) {
    StringBuilder s = new StringBuilder();
    dasar.ifPresent(
        d -> {
          s.append(m.text("diagram.instrumen." + d.jenis().key()));
          d.nomor().ifPresent(n -> s.append(' ').append(n));
        });
    periode.ifPresent(
        p -> {
          if (s.length() > 0) {
            s.append(", ");
          }
          s.append(p.mulai())
              .append(" \u2013 ")
              .append(p.selesai().map(Object::toString).orElse("\u2026"));
        });
    return s.toString();
  }

  private String unitBox(Builder b, UnitId u, Map<String, List<String>> pdUnits) {
    String cl = b.ids.of("pd", u.pd());
    if (!b.hasCluster(cl)) {
      b.cluster(
          cl,
          ix.perangkatDaerah(u.pd()).map(PerangkatDaerah::nama).orElse(u.pd()),
          Optional.empty(),
          false);
    }
    String id = b.ids.of("u", u.toString());
    if (!b.has(id)) {
      Unit unit = ix.unit(u).orElse(null);
      List<String> label = new ArrayList<>();
      label.add(
          unit == null ? u.toString() : u.isRoot() ? m.text("diagram.pimpinan-pd") : unit.nama());
      b.node(
          id,
          u.toString(),
          unit == null ? Graph.Shape.UNIT : unitShape(unit, unit.kepala().flatMap(ix::jabatan)),
          label,
          Optional.of(cl),
          Graph.Mark.NONE,
          List.of());
      pdUnits.computeIfAbsent(cl, k -> new ArrayList<>()).add(id);
    }
    return id;
  }

  private String instansiNode(Builder b, String instansi, Optional<String> unit) {
    String id = b.ids.of("i", instansi + unit.map(u -> "/" + u).orElse(""));
    if (!b.has(id)) {
      List<String> label = new ArrayList<>();
      label.add(instansi);
      unit.ifPresent(label::add);
      b.node(
          id, instansi, Graph.Shape.INSTANSI, label, Optional.empty(), Graph.Mark.NONE, List.of());
    }
    return id;
  }

  // ---------------------------------------------------------------- pelaporan

  private void pelaporan(Builder b, Scope scope) {
    if (scope.tim().isEmpty()) {
      for (Penugasan p : daerah.penugasan()) {
        if (scope.pegawai().isPresent() && !scope.pegawai().get().equals(p.pegawai())) {
          continue;
        }
        if (!involves(scope, p.asal())) {
          continue;
        }
        String from = personNode(b, "", new Orang.PegawaiRef(p.pegawai()), Optional.empty(), false);
        reportingEdges(
            b,
            from,
            lines.individu(p),
            p.melaporKepada().stream().toList(),
            Set.of(),
            p.id() + ": ",
            overlay.mark(DataPath.penugasan(p.id())));
      }
    }
    for (TimKerja t : teams(scope)) {
      if (t.ketua().isEmpty()) {
        continue;
      }
      String cl = b.ids.of("tim", t.id());
      b.cluster(cl, t.nama(), Optional.empty(), false);
      String ketua = personNode(b, "t" + t.id(), t.ketua().get(), Optional.of(cl), true);
      List<String> order = new ArrayList<>();
      for (Orang a : t.anggota()) {
        String n = personNode(b, "t" + t.id(), a, Optional.of(cl), false);
        order.add(n);
        b.edge(n, ketua, Graph.EdgeKind.ANGGOTA, Optional.empty(), Graph.Mark.NONE);
      }
      b.order(order);
      ketuaLines(b, t, ketua);
    }
    b.legendShapes();
  }

  // ---------------------------------------------------------------- helpers

  private List<PerangkatDaerah> pds(Scope scope) {
    if (scope.pd().isPresent()) {
      return ix.perangkatDaerah(scope.pd().get()).map(List::of).orElse(List.of());
    }
    if (scope.unit().isPresent()) {
      return ix.perangkatDaerah(scope.unit().get().pd()).map(List::of).orElse(List.of());
    }
    if (scope.pegawai().isPresent()) {
      List<PerangkatDaerah> out = new ArrayList<>();
      for (Jabatan j : ix.jabatanOf(scope.pegawai().get())) {
        ix.perangkatDaerah(j.unit().pd()).filter(p -> !out.contains(p)).ifPresent(out::add);
      }
      return out;
    }
    return daerah.perangkatDaerah();
  }

  private List<UnitId> lineage(UnitId u) {
    List<UnitId> out = new ArrayList<>();
    Optional<UnitId> c = Optional.of(u);
    while (c.isPresent() && !out.contains(c.get())) {
      out.add(c.get());
      c = ix.unit(c.get()).flatMap(Unit::induk);
    }
    return out;
  }

  /** A pending koordinator line: to the first member of the group box it coordinates. */
  private record Koordinasi(JabatanId koordinator, String first, String box) {}

  /** Collects a graph in order; the legend lists what was used. */
  private final class Builder {
    final Ids ids = new Ids();
    private final List<Graph.Cluster> clusters = new ArrayList<>();
    private final Map<String, Graph.Node> nodes = new LinkedHashMap<>();
    final List<Graph.Edge> edges = new ArrayList<>();
    private final Set<Graph.Edge> edgeSet = new java.util.HashSet<>();
    private final Set<String> clusterIds = new java.util.HashSet<>();
    final List<Koordinasi> koordinasi = new ArrayList<>();
    private final List<Graph.Order> orders = new ArrayList<>();
    private final Map<UnitId, Integer> colours = new LinkedHashMap<>();
    private final List<Graph.LegendEntry> colourLegend = new ArrayList<>();
    private final List<Graph.LegendEntry> legend = new ArrayList<>();

    boolean has(String id) {
      return nodes.containsKey(id);
    }

    boolean hasCluster(String id) {
      return clusterIds.contains(id);
    }

    void cluster(String id, String label, Optional<String> parent, boolean kelompok) {
      if (clusterIds.add(id)) {
        clusters.add(new Graph.Cluster(id, label, parent, kelompok));
      }
    }

    void node(
        String id,
        String key,
        Graph.Shape shape,
        List<String> label,
        Optional<String> cluster,
        Graph.Mark mark,
        List<String> rules) {
      nodeColoured(id, key, shape, label, cluster, mark, Optional.empty(), rules);
    }

    void nodeColoured(
        String id,
        String key,
        Graph.Shape shape,
        List<String> label,
        Optional<String> cluster,
        Graph.Mark mark,
        Optional<Integer> colour,
        List<String> rules) {
      nodes.putIfAbsent(
          id,
          new Graph.Node(
              id,
              key,
              shape,
              label,
              cluster,
              mark,
              colour,
              List.copyOf(new java.util.TreeSet<>(rules))));
    }

    void edge(
        String from, String to, Graph.EdgeKind kind, Optional<String> label, Graph.Mark mark) {
      Graph.Edge e = new Graph.Edge(from, to, kind, label, mark);
      if (edgeSet.add(e)) {
        edges.add(e);
      }
    }

    /** {@code below} directly under {@code above} inside a group box (an invisible edge). */
    void stack(String above, String below) {
      orders.add(new Graph.Order(List.of(above, below), true));
    }

    void order(List<String> siblings) {
      if (siblings.size() > 1) {
        orders.add(new Graph.Order(siblings, false));
      }
    }

    int colour(UnitId u, String name) {
      return colours.computeIfAbsent(
          u,
          k -> {
            int c = colours.size();
            colourLegend.add(
                new Graph.LegendEntry(Optional.empty(), Optional.empty(), Optional.of(c), name));
            return c;
          });
    }

    void legendShapes() {
      Set<Graph.Shape> shapes = new LinkedHashSet<>();
      nodes.values().forEach(n -> shapes.add(n.shape()));
      for (Graph.Shape s : Graph.Shape.values()) {
        if (shapes.contains(s) && s != Graph.Shape.ORANG) {
          legend.add(
              new Graph.LegendEntry(
                  Optional.of(s),
                  Optional.empty(),
                  Optional.empty(),
                  m.text("diagram.shape." + s.name().toLowerCase(java.util.Locale.ROOT))));
        }
      }
      Set<Graph.EdgeKind> kinds = new LinkedHashSet<>();
      edges.forEach(e -> kinds.add(e.kind()));
      for (Graph.EdgeKind k : Graph.EdgeKind.values()) {
        if (kinds.contains(k)) {
          legend.add(
              new Graph.LegendEntry(
                  Optional.empty(),
                  Optional.of(k),
                  Optional.empty(),
                  m.text("diagram.edgekind." + k.name().toLowerCase(java.util.Locale.ROOT))));
        }
      }
      legend.addAll(colourLegend);
    }

    Graph graph(String title) {
      return new Graph(
          title,
          clusters,
          List.copyOf(nodes.values()),
          edges,
          orders,
          legend,
          List.copyOf(overlay.used));
    }
  }
}
