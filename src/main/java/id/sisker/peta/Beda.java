package id.sisker.peta;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
import id.sisker.model.DataPath;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Penugasan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Periode;
import id.sisker.model.TimKerja;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The semantic difference between two loaded versions of a daerah: what a change to the files
 * changes in the structure. Jabatan are matched by id, then (for the rest) by name within the same
 * unit, so a changed id is one change rather than a removal and an addition; superiors are compared
 * through that matching, so renaming a head's id does not move its subordinates. Holders are
 * followed by NIP. Differences of B show in the holder changes that cause them, and as a change of
 * its own where B is a {@code bezetting} written without NIPs.
 */
public final class Beda {

  /** One version: the daerah, where its entries are, and how to call it. */
  public record Versi(String nama, Daerah daerah, SourceMap sourceMap) {}

  private final Teks teks;
  private final Messages messages;

  public Beda(Teks teks, Messages messages) {
    this.teks = teks;
    this.messages = messages;
  }

  /**
   * The changes from {@code lama} to {@code baru}, with the findings that appeared and disappeared
   * (decided by the caller, as the baseline decides them).
   */
  public BedaHasil banding(
      Versi lama, Versi baru, List<Finding> temuanBaru, List<Finding> temuanHilang) {
    Run r = new Run(lama, baru);
    r.perangkatDaerah();
    r.jabatan();
    r.pemangku();
    r.tim();
    r.penugasan();
    for (Finding f : temuanBaru) {
      r.temuan(f, Perubahan.Jenis.TEMUAN_BARU, baru);
    }
    for (Finding f : temuanHilang) {
      r.temuan(f, Perubahan.Jenis.TEMUAN_HILANG, lama);
    }
    return r.hasil();
  }

  private final class Run {
    final Versi lama;
    final Versi baru;
    final Map<String, List<Perubahan>> byPd = new LinkedHashMap<>();
    final Map<String, String> pdNama = new LinkedHashMap<>();
    final Map<JabatanId, Jabatan> jabLama = new LinkedHashMap<>();
    final Map<JabatanId, Jabatan> jabBaru = new LinkedHashMap<>();
    final Map<UnitId, Unit> unitLama = new HashMap<>();
    final Map<UnitId, Unit> unitBaru = new HashMap<>();

    /** old jabatan id → the new jabatan it became (same id, or matched by name). */
    final Map<JabatanId, JabatanId> cocok = new HashMap<>();

    /** The reverse: new jabatan id → the old one it was. */
    final Map<JabatanId, JabatanId> asal = new HashMap<>();

    Run(Versi lama, Versi baru) {
      this.lama = lama;
      this.baru = baru;
      for (PerangkatDaerah p : baru.daerah().perangkatDaerah()) {
        byPd.put(p.id(), new ArrayList<>());
        pdNama.put(p.id(), p.nama());
      }
      for (PerangkatDaerah p : lama.daerah().perangkatDaerah()) {
        byPd.putIfAbsent(p.id(), new ArrayList<>());
        pdNama.putIfAbsent(p.id(), p.nama());
      }
      byPd.put("", new ArrayList<>());
      pdNama.put("", baru.daerah().nama());
      index(lama.daerah(), jabLama, unitLama);
      index(baru.daerah(), jabBaru, unitBaru);
    }

    void index(Daerah d, Map<JabatanId, Jabatan> jab, Map<UnitId, Unit> units) {
      for (PerangkatDaerah p : d.perangkatDaerah()) {
        p.jabatan().forEach(j -> jab.putIfAbsent(j.id(), j));
        p.unit().forEach(u -> units.putIfAbsent(u.id(), u));
      }
    }

    BedaHasil hasil() {
      List<BedaHasil.Kelompok> k = new ArrayList<>();
      for (Map.Entry<String, List<Perubahan>> e : byPd.entrySet()) {
        if (!e.getValue().isEmpty()) {
          List<Perubahan> sorted = new ArrayList<>(e.getValue());
          // Stable: the kinds in their declared order, each kind in file order.
          sorted.sort((a, b) -> a.jenis().compareTo(b.jenis()));
          k.add(new BedaHasil.Kelompok(e.getKey(), pdNama.get(e.getKey()), sorted));
        }
      }
      return new BedaHasil(lama.nama(), baru.nama(), k);
    }

    void add(
        String pd,
        Perubahan.Jenis jenis,
        String subjek,
        Optional<String> dari,
        Optional<String> ke,
        Optional<String> pathLama,
        Optional<String> pathBaru) {
      String uraian = teks.format("beda." + jenis.key(), subjek, dari.orElse(""), ke.orElse(""));
      byPd.computeIfAbsent(pd, x -> new ArrayList<>())
          .add(
              new Perubahan(
                  pd,
                  jenis,
                  subjek,
                  uraian,
                  dari,
                  ke,
                  pathLama.flatMap(p -> pos(lama, p)),
                  pathBaru.flatMap(p -> pos(baru, p))));
    }

    Optional<String> pos(Versi v, String path) {
      return v.sourceMap().find(new NodePath(path)).map(Beda::position);
    }

    void perangkatDaerah() {
      Map<String, PerangkatDaerah> old = new LinkedHashMap<>();
      lama.daerah().perangkatDaerah().forEach(p -> old.putIfAbsent(p.id(), p));
      Map<String, PerangkatDaerah> now = new LinkedHashMap<>();
      baru.daerah().perangkatDaerah().forEach(p -> now.putIfAbsent(p.id(), p));
      for (PerangkatDaerah p : now.values()) {
        String path = DataPath.perangkatDaerah(p.id());
        PerangkatDaerah o = old.get(p.id());
        if (o == null) {
          add(
              p.id(),
              Perubahan.Jenis.PD_DITAMBAH,
              p.id(),
              Optional.empty(),
              Optional.of(p.nama()),
              Optional.empty(),
              Optional.of(path));
        } else if (!o.nama().equals(p.nama())) {
          add(
              p.id(),
              Perubahan.Jenis.PD_DIGANTI_NAMA,
              p.id(),
              Optional.of(o.nama()),
              Optional.of(p.nama()),
              Optional.of(path),
              Optional.of(path));
        }
      }
      for (PerangkatDaerah o : old.values()) {
        if (!now.containsKey(o.id())) {
          add(
              o.id(),
              Perubahan.Jenis.PD_DIHAPUS,
              o.id(),
              Optional.of(o.nama()),
              Optional.empty(),
              Optional.of(DataPath.perangkatDaerah(o.id())),
              Optional.empty());
        }
      }
      for (PerangkatDaerah p : baru.daerah().perangkatDaerah()) {
        for (Unit u : p.unit()) {
          if (u.id().isRoot()) {
            continue;
          }
          String path = DataPath.unit(u.id());
          Unit o = unitLama.get(u.id());
          if (o == null) {
            add(
                p.id(),
                Perubahan.Jenis.UNIT_DITAMBAH,
                u.id().toString(),
                Optional.empty(),
                Optional.of(u.nama()),
                Optional.empty(),
                Optional.of(path));
            continue;
          }
          if (!o.nama().equals(u.nama())) {
            add(
                p.id(),
                Perubahan.Jenis.UNIT_DIGANTI_NAMA,
                u.id().toString(),
                Optional.of(o.nama()),
                Optional.of(u.nama()),
                Optional.of(path),
                Optional.of(path));
          }
          if (!o.induk().equals(u.induk())) {
            add(
                p.id(),
                Perubahan.Jenis.UNIT_PINDAH,
                u.id().toString(),
                o.induk().map(UnitId::toString),
                u.induk().map(UnitId::toString),
                Optional.of(path),
                Optional.of(path));
          }
        }
      }
      for (PerangkatDaerah p : lama.daerah().perangkatDaerah()) {
        for (Unit o : p.unit()) {
          if (!o.id().isRoot() && !unitBaru.containsKey(o.id())) {
            add(
                p.id(),
                Perubahan.Jenis.UNIT_DIHAPUS,
                o.id().toString(),
                Optional.of(o.nama()),
                Optional.empty(),
                Optional.of(DataPath.unit(o.id())),
                Optional.empty());
          }
        }
      }
    }

    void jabatan() {
      List<Jabatan> gone = new ArrayList<>();
      for (Jabatan o : jabLama.values()) {
        if (jabBaru.containsKey(o.id())) {
          cocok.put(o.id(), o.id());
        } else {
          gone.add(o);
        }
      }
      // Second pass: an unmatched new jabatan with the name and unit of an unmatched old one is
      // the same position under a new id (first come, first matched, in file order).
      Map<String, List<Jabatan>> byName = new LinkedHashMap<>();
      for (Jabatan o : gone) {
        byName.computeIfAbsent(o.unit() + "\u0000" + o.nama(), x -> new ArrayList<>()).add(o);
      }
      Map<JabatanId, JabatanId> renamed = new HashMap<>();
      for (Jabatan n : jabBaru.values()) {
        if (jabLama.containsKey(n.id())) {
          continue;
        }
        List<Jabatan> c = byName.getOrDefault(n.unit() + "\u0000" + n.nama(), List.of());
        if (!c.isEmpty()) {
          Jabatan o = c.remove(0);
          cocok.put(o.id(), n.id());
          renamed.put(n.id(), o.id());
        }
      }
      // Third pass: a jabatan moved to another perangkat daerah keeps its own id and name there
      // (JabatanId carries the perangkat daerah, so the first pass cannot see it). Only a single
      // unmatched candidate on each side counts, so two look-alikes are never paired by chance.
      Map<String, List<Jabatan>> lintasLama = new HashMap<>();
      for (Jabatan o : gone) {
        if (!cocok.containsKey(o.id())) {
          lintasLama.computeIfAbsent(lintas(o), x -> new ArrayList<>()).add(o);
        }
      }
      Map<String, List<Jabatan>> lintasBaru = new HashMap<>();
      for (Jabatan n : jabBaru.values()) {
        if (!jabLama.containsKey(n.id()) && !renamed.containsKey(n.id())) {
          lintasBaru.computeIfAbsent(lintas(n), x -> new ArrayList<>()).add(n);
        }
      }
      for (Map.Entry<String, List<Jabatan>> e : lintasBaru.entrySet()) {
        List<Jabatan> c = lintasLama.getOrDefault(e.getKey(), List.of());
        if (c.size() == 1 && e.getValue().size() == 1) {
          cocok.put(c.get(0).id(), e.getValue().get(0).id());
        }
      }
      cocok.forEach((o, n) -> asal.put(n, o));
      for (Jabatan n : jabBaru.values()) {
        String pb = DataPath.jabatan(n.id());
        JabatanId oid = asal.get(n.id());
        if (oid == null) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_DITAMBAH,
              n.id().toString(),
              Optional.empty(),
              Optional.of(n.nama()),
              Optional.empty(),
              Optional.of(pb));
          continue;
        }
        Jabatan o = jabLama.get(oid);
        if (!renamed.containsKey(n.id()) && sama(o, n)) {
          // Almost every jabatan: nothing to say, so no path or text is made for it.
          continue;
        }
        String pl = DataPath.jabatan(o.id());
        Optional<String> l = Optional.of(pl);
        Optional<String> b = Optional.of(pb);
        String s = n.id().toString();
        if (renamed.containsKey(n.id())) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_DIGANTI_ID,
              s,
              Optional.of(o.id().toString()),
              Optional.of(n.id().toString()),
              l,
              b);
        }
        if (!o.nama().equals(n.nama())) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_DIGANTI_NAMA,
              s,
              Optional.of(o.nama()),
              Optional.of(n.nama()),
              l,
              b);
        }
        Optional<JabatanId> atasanLama = o.atasan().map(a -> cocok.getOrDefault(a, a));
        boolean unitBerubah = !o.unit().equals(n.unit());
        boolean atasanBerubah = !atasanLama.equals(n.atasan());
        if (unitBerubah || atasanBerubah) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_PINDAH,
              s,
              Optional.of(tempat(o.unit(), o.atasan(), unitBerubah)),
              Optional.of(tempat(n.unit(), n.atasan(), unitBerubah)),
              l,
              b);
        }
        String jenisLama = jenis(o);
        String jenisBaru = jenis(n);
        if (!jenisLama.equals(jenisBaru)) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_JENIS,
              s,
              Optional.of(jenisLama),
              Optional.of(jenisBaru),
              l,
              b);
        }
        if (!o.kelas().equals(n.kelas())) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_KELAS,
              s,
              Optional.of(o.kelas().map(String::valueOf).orElse("\u2013")),
              Optional.of(n.kelas().map(String::valueOf).orElse("\u2013")),
              l,
              b);
        }
        if (o.kebutuhan() != n.kebutuhan()) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_KEBUTUHAN,
              s,
              Optional.of(String.valueOf(o.kebutuhan())),
              Optional.of(String.valueOf(n.kebutuhan())),
              l,
              b);
        }
        // B beyond its holders: the holder changes below show what they cause, this shows the
        // rest (a bezetting written without NIPs, changed or replaced by NIPs).
        if (o.bezetting() - o.pemangku().size() != n.bezetting() - n.pemangku().size()) {
          add(
              n.id().pd(),
              Perubahan.Jenis.JABATAN_BEZETTING,
              s,
              Optional.of(String.valueOf(o.bezetting())),
              Optional.of(String.valueOf(n.bezetting())),
              l,
              b);
        }
      }
      for (Jabatan o : jabLama.values()) {
        if (!cocok.containsKey(o.id())) {
          add(
              o.id().pd(),
              Perubahan.Jenis.JABATAN_DIHAPUS,
              o.id().toString(),
              Optional.of(o.nama()),
              Optional.empty(),
              Optional.of(DataPath.jabatan(o.id())),
              Optional.empty());
        }
      }
    }

    /** Whether {@code n} is {@code o} unchanged in every field the loop below compares. */
    boolean sama(Jabatan o, Jabatan n) {
      return o.nama().equals(n.nama())
          && o.unit().equals(n.unit())
          && o.atasan().map(a -> cocok.getOrDefault(a, a)).equals(n.atasan())
          && o.jenis() == n.jenis()
          && o.jenjang().equals(n.jenjang())
          && o.kelas().equals(n.kelas())
          && o.kebutuhan() == n.kebutuhan()
          && o.bezetting() - o.pemangku().size() == n.bezetting() - n.pemangku().size();
    }

    /** The key of the cross-perangkat-daerah match: the id within the PD and the name. */
    String lintas(Jabatan j) {
      return j.id().id() + "\u0000" + j.nama();
    }

    String tempat(UnitId unit, Optional<JabatanId> atasan, boolean withUnit) {
      String a = atasan.map(JabatanId::toString).orElse("\u2013");
      return withUnit
          ? teks.format("beda.tempat.unit-atasan", unit.toString(), a)
          : teks.format("beda.tempat.atasan", a);
    }

    String jenis(Jabatan j) {
      return j.jenis().key() + j.jenjang().map(x -> " " + x.key()).orElse("");
    }

    /** Where each NIP sits, by the identity of the jabatan in the new version. */
    void pemangku() {
      Map<String, JabatanId> dulu = new LinkedHashMap<>();
      for (Jabatan o : jabLama.values()) {
        for (String nip : o.pemangku()) {
          dulu.putIfAbsent(nip, o.id());
        }
      }
      Map<String, JabatanId> kini = new LinkedHashMap<>();
      for (Jabatan n : jabBaru.values()) {
        for (String nip : n.pemangku()) {
          kini.putIfAbsent(nip, n.id());
        }
      }
      for (Map.Entry<String, JabatanId> e : kini.entrySet()) {
        String nip = e.getKey();
        JabatanId n = e.getValue();
        JabatanId o = dulu.get(nip);
        if (o != null && cocok.getOrDefault(o, o).equals(n)) {
          continue;
        }
        String pb = DataPath.jabatan(n) + ".pemangku";
        if (o == null) {
          add(
              n.pd(),
              Perubahan.Jenis.PEGAWAI_MASUK,
              nip,
              Optional.empty(),
              Optional.of(denganB(n, jabLama.get(asal.get(n)), jabBaru.get(n))),
              Optional.empty(),
              Optional.of(pb));
        } else {
          add(
              n.pd(),
              Perubahan.Jenis.PEGAWAI_PINDAH,
              nip,
              Optional.of(denganB(o, jabLama.get(o), jabBaru.get(cocok.get(o)))),
              Optional.of(denganB(n, jabLama.get(asal.get(n)), jabBaru.get(n))),
              Optional.of(DataPath.jabatan(o) + ".pemangku"),
              Optional.of(pb));
        }
      }
      for (Map.Entry<String, JabatanId> e : dulu.entrySet()) {
        if (!kini.containsKey(e.getKey())) {
          JabatanId o = e.getValue();
          add(
              o.pd(),
              Perubahan.Jenis.PEGAWAI_KELUAR,
              e.getKey(),
              Optional.of(denganB(o, jabLama.get(o), jabBaru.get(cocok.get(o)))),
              Optional.empty(),
              Optional.of(DataPath.jabatan(o) + ".pemangku"),
              Optional.empty());
        }
      }
    }

    /** {@code pd/id (B 2→1)}: a jabatan with its bezetting before and after. */
    String denganB(JabatanId id, Jabatan dulu, Jabatan kini) {
      String b0 = dulu == null ? "\u2013" : String.valueOf(dulu.bezetting());
      String b1 = kini == null ? "\u2013" : String.valueOf(kini.bezetting());
      return teks.format("beda.jabatan-b", id.toString(), b0, b1);
    }

    void tim() {
      banding(
          lama.daerah().timKerja(),
          baru.daerah().timKerja(),
          TimKerja::id,
          t -> t.pemilikKinerja().pd(),
          TimKerja::periode,
          DataPath::timKerja,
          Perubahan.Jenis.TIM_DITAMBAH,
          Perubahan.Jenis.TIM_DIHAPUS,
          Perubahan.Jenis.TIM_BERAKHIR,
          Perubahan.Jenis.TIM_BERUBAH,
          TimKerja::nama);
    }

    void penugasan() {
      banding(
          lama.daerah().penugasan(),
          baru.daerah().penugasan(),
          Penugasan::id,
          p -> p.asal().pd(),
          Penugasan::periode,
          DataPath::penugasan,
          Perubahan.Jenis.PENUGASAN_DITAMBAH,
          Perubahan.Jenis.PENUGASAN_DIHAPUS,
          Perubahan.Jenis.PENUGASAN_BERAKHIR,
          Perubahan.Jenis.PENUGASAN_BERUBAH,
          Penugasan::pegawai);
    }

    <T extends Record> void banding(
        List<T> dulu,
        List<T> kini,
        Function<T, String> id,
        Function<T, String> pd,
        Function<T, Optional<Periode>> periode,
        Function<String, String> path,
        Perubahan.Jenis ditambah,
        Perubahan.Jenis dihapus,
        Perubahan.Jenis berakhir,
        Perubahan.Jenis berubah,
        Function<T, String> label) {
      Map<String, T> old = new LinkedHashMap<>();
      dulu.forEach(t -> old.putIfAbsent(id.apply(t), t));
      Map<String, T> now = new LinkedHashMap<>();
      kini.forEach(t -> now.putIfAbsent(id.apply(t), t));
      for (T n : now.values()) {
        String key = id.apply(n);
        Optional<String> p = Optional.of(path.apply(key));
        T o = old.get(key);
        String group = byPd.containsKey(pd.apply(n)) ? pd.apply(n) : "";
        if (o == null) {
          add(
              group,
              ditambah,
              key,
              Optional.empty(),
              Optional.of(label.apply(n)),
              Optional.empty(),
              p);
          continue;
        }
        List<String> fields = differing(o, n);
        Optional<java.time.LocalDate> endOld = periode.apply(o).flatMap(Periode::selesai);
        Optional<java.time.LocalDate> endNew = periode.apply(n).flatMap(Periode::selesai);
        if (fields.equals(List.of("periode")) && endNew.isPresent() && !endNew.equals(endOld)) {
          add(
              group,
              berakhir,
              key,
              endOld.map(Object::toString),
              endNew.map(Object::toString),
              p,
              p);
        } else if (!fields.isEmpty()) {
          add(group, berubah, key, Optional.empty(), Optional.of(String.join(", ", fields)), p, p);
        }
      }
      for (T o : old.values()) {
        String key = id.apply(o);
        if (!now.containsKey(key)) {
          String group = byPd.containsKey(pd.apply(o)) ? pd.apply(o) : "";
          add(
              group,
              dihapus,
              key,
              Optional.of(label.apply(o)),
              Optional.empty(),
              Optional.of(path.apply(key)),
              Optional.empty());
        }
      }
    }

    void temuan(Finding f, Perubahan.Jenis jenis, Versi v) {
      String p = f.path().value();
      String pd = "";
      if (p.startsWith("perangkat_daerah[")) {
        int end = p.indexOf(']');
        pd = end > 0 ? p.substring("perangkat_daerah[".length(), end) : "";
      }
      if (!byPd.containsKey(pd)) {
        pd = "";
      }
      Optional<String> where = f.span().or(() -> v.sourceMap().find(f.path())).map(Beda::position);
      String text =
          f.severity().key() + " " + f.rule().value() + ": " + messages.format(f.message());
      String uraian = teks.format("beda." + jenis.key(), f.rule().value(), text, "");
      byPd.computeIfAbsent(pd, x -> new ArrayList<>())
          .add(
              new Perubahan(
                  pd,
                  jenis,
                  f.rule().value(),
                  uraian,
                  jenis == Perubahan.Jenis.TEMUAN_HILANG ? Optional.of(text) : Optional.empty(),
                  jenis == Perubahan.Jenis.TEMUAN_BARU ? Optional.of(text) : Optional.empty(),
                  jenis == Perubahan.Jenis.TEMUAN_HILANG ? where : Optional.empty(),
                  jenis == Perubahan.Jenis.TEMUAN_BARU ? where : Optional.empty()));
    }
  }

  /** The names of the record components that differ, as the YAML keys spell them. */
  static List<String> differing(Record a, Record b) {
    List<String> out = new ArrayList<>();
    for (RecordComponent c : a.getClass().getRecordComponents()) {
      try {
        Object x = c.getAccessor().invoke(a);
        Object y = c.getAccessor().invoke(b);
        if (!Objects.equals(x, y)) {
          out.add(snake(c.getName()));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static String position(Span s) {
    return s.position();
  }
}
