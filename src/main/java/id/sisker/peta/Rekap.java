package id.sisker.peta;

import id.sisker.finding.Finding;
import id.sisker.finding.Messages;
import id.sisker.model.Daerah;
import id.sisker.model.DataPath;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import id.sisker.text.Suggest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the peta jabatan recap of a loaded daerah: per perangkat daerah its units depth-first in
 * file order, each unit's jabatan in hierarchy order (the head, then each superior followed by its
 * subordinates), with B and K exactly as the rules count them ({@link Jabatan#bezetting()}, {@link
 * Jabatan#kebutuhan()}) and subtotals per unit, per perangkat daerah and for the whole.
 */
public final class Rekap {

  private final Daerah daerah;
  private final Map<String, List<Baris.Catatan>> catatan;
  private final Teks teks;

  /**
   * @param findings the findings of validating {@code daerah}; those about a jabatan's {@code
   *     pemangku}, {@code bezetting} or {@code kebutuhan} (B and K) are shown beside its row,
   *     suppressed ones are not
   */
  public Rekap(
      Daerah daerah, List<Finding> findings, SourceMap sourceMap, Messages messages, Teks teks) {
    this.daerah = daerah;
    this.teks = teks;
    this.catatan = catatan(findings, sourceMap, messages);
  }

  /**
   * Why {@code pd} or {@code unit} ({@code pd/unit}) names nothing in the daerah, with the closest
   * ids; empty when both are known or absent.
   */
  public static Optional<String> tidakDikenal(
      Daerah daerah, Optional<String> pd, Optional<String> unit, Teks teks) {
    List<String> pds = daerah.perangkatDaerah().stream().map(PerangkatDaerah::id).toList();
    if (pd.isPresent() && !pds.contains(pd.get())) {
      return Optional.of(
          saran(teks.format("rekap.pd-tidak-dikenal", pd.get()), pd.get(), pds, teks));
    }
    if (unit.isPresent()) {
      List<String> units = new ArrayList<>();
      daerah.perangkatDaerah().forEach(p -> p.unit().forEach(u -> units.add(u.id().toString())));
      if (!units.contains(unit.get())) {
        return Optional.of(
            saran(teks.format("rekap.unit-tidak-dikenal", unit.get()), unit.get(), units, teks));
      }
      if (pd.isPresent()
          && !unit.get().equals(pd.get())
          && !unit.get().startsWith(pd.get() + "/")) {
        return Optional.of(teks.format("rekap.unit-di-pd-lain", unit.get(), pd.get()));
      }
    }
    return Optional.empty();
  }

  private static String saran(String message, String wrong, List<String> known, Teks teks) {
    List<String> near = Suggest.closest(wrong, known, 3);
    return near.isEmpty()
        ? message
        : message + "; " + teks.format("saran.maksud", String.join(", ", near));
  }

  /** The recap of the whole daerah, of one perangkat daerah, or of one unit and the units below. */
  public RekapTabel build(Optional<String> pd, Optional<String> unit) {
    List<Bagian> bagian = new ArrayList<>();
    long b = 0;
    long k = 0;
    for (PerangkatDaerah p : daerah.perangkatDaerah()) {
      Optional<String> ownUnit = unit.filter(u -> u.equals(p.id()) || u.startsWith(p.id() + "/"));
      if (pd.isPresent() && !pd.get().equals(p.id()) || unit.isPresent() && ownUnit.isEmpty()) {
        continue;
      }
      Bagian s = bagian(p, ownUnit);
      bagian.add(s);
      b += s.jumlah().b();
      k += s.jumlah().k();
    }
    String cakupan = unit.or(() -> pd).orElse("");
    String label =
        cakupan.isEmpty()
            ? teks.format("rekap.jumlah-daerah", daerah.nama())
            : teks.format("rekap.jumlah-cakupan", cakupan);
    Baris total = jumlah(Baris.Jenis.JUMLAH_DAERAH, "", 0, label, b, k);
    return new RekapTabel(daerah.nama(), cakupan, bagian, total);
  }

  private Bagian bagian(PerangkatDaerah p, Optional<String> onlyUnit) {
    Map<UnitId, List<Jabatan>> byUnit = new LinkedHashMap<>();
    for (Jabatan j : p.jabatan()) {
      byUnit.computeIfAbsent(j.unit(), x -> new ArrayList<>()).add(j);
    }
    Map<UnitId, Integer> depth = new HashMap<>();
    Set<UnitId> included = new HashSet<>();
    for (Unit u : p.unit()) {
      int d = u.induk().map(i -> depth.getOrDefault(i, 0) + 1).orElse(0);
      depth.put(u.id(), d);
      boolean in =
          onlyUnit.isEmpty()
              || u.id().toString().equals(onlyUnit.get())
              || u.induk().map(included::contains).orElse(false);
      if (in) {
        included.add(u.id());
      }
    }
    List<Baris> rows = new ArrayList<>();
    rows.add(
        new Baris(
            Baris.Jenis.PERANGKAT_DAERAH,
            p.id(),
            0,
            "",
            p.nama(),
            p.id(),
            "",
            "",
            Optional.empty(),
            0,
            0,
            List.of()));
    int nomor = 0;
    int notes = 0;
    long b = 0;
    long k = 0;
    int top = onlyUnit.isEmpty() ? 0 : included.stream().mapToInt(depth::get).min().orElse(0);
    for (Unit u : p.unit()) {
      if (!included.contains(u.id())) {
        continue;
      }
      int d = depth.get(u.id()) - top + 1;
      rows.add(
          new Baris(
              Baris.Jenis.UNIT,
              p.id(),
              d,
              "",
              u.nama(),
              u.id().unit().orElse(p.id()),
              "",
              "",
              Optional.empty(),
              0,
              0,
              List.of()));
      long ub = 0;
      long uk = 0;
      for (Ordered o : inHierarchyOrder(u, byUnit.getOrDefault(u.id(), List.of()))) {
        Jabatan j = o.jabatan();
        List<Baris.Catatan> c = catatan.getOrDefault(DataPath.jabatan(j.id()), List.of());
        notes += c.size();
        rows.add(
            new Baris(
                Baris.Jenis.JABATAN,
                p.id(),
                d + 1 + o.level(),
                String.valueOf(++nomor),
                j.nama(),
                j.id().id(),
                j.jenis().key(),
                j.jenjang().map(x -> x.key()).orElse(""),
                j.kelas(),
                j.bezetting(),
                j.kebutuhan(),
                c));
        ub += j.bezetting();
        uk += j.kebutuhan();
      }
      rows.add(
          jumlah(
              Baris.Jenis.JUMLAH_UNIT,
              p.id(),
              d,
              teks.format(
                  u.induk().isEmpty() && p.unit().size() > 1
                      ? "rekap.jumlah-unit-akar"
                      : "rekap.jumlah-unit",
                  u.nama()),
              ub,
              uk));
      b += ub;
      k += uk;
    }
    Baris total =
        jumlah(Baris.Jenis.JUMLAH_PD, p.id(), 0, teks.format("rekap.jumlah-pd", p.nama()), b, k);
    rows.add(total);
    return new Bagian(p.id(), p.nama(), p.singkatan().orElse(""), rows, total, nomor, notes);
  }

  private static Baris jumlah(
      Baris.Jenis jenis, String pd, int tingkat, String label, long b, long k) {
    return new Baris(jenis, pd, tingkat, "", label, "", "", "", Optional.empty(), b, k, List.of());
  }

  private record Ordered(Jabatan jabatan, int level) {}

  /**
   * The unit's jabatan, the unit's head first, each followed by its subordinates in the same unit
   * (depth-first, file order); a jabatan left over by a cycle of atasan keeps its file position at
   * the end, so no row is ever dropped.
   */
  static List<Ordered> inHierarchyOrder(Unit unit, List<Jabatan> jabatan) {
    Map<JabatanId, List<Jabatan>> children = new LinkedHashMap<>();
    Set<JabatanId> here = new HashSet<>();
    jabatan.forEach(j -> here.add(j.id()));
    List<Jabatan> roots = new ArrayList<>();
    for (Jabatan j : jabatan) {
      Optional<JabatanId> a = j.atasan().filter(here::contains).filter(x -> !x.equals(j.id()));
      if (a.isPresent()) {
        children.computeIfAbsent(a.get(), x -> new ArrayList<>()).add(j);
      } else {
        roots.add(j);
      }
    }
    Optional<JabatanId> head = unit.kepala();
    roots.sort(
        (x, y) ->
            Boolean.compare(!x.id().equals(head.orElse(null)), !y.id().equals(head.orElse(null))));
    List<Ordered> out = new ArrayList<>();
    Set<JabatanId> seen = new HashSet<>();
    for (Jabatan r : roots) {
      walk(r, 0, children, seen, out);
    }
    for (Jabatan j : jabatan) {
      if (!seen.contains(j.id())) {
        walk(j, 0, children, seen, out);
      }
    }
    return out;
  }

  private static void walk(
      Jabatan j,
      int level,
      Map<JabatanId, List<Jabatan>> children,
      Set<JabatanId> seen,
      List<Ordered> out) {
    // Iterative: a long chain of atasan must not overflow the stack.
    java.util.ArrayDeque<Ordered> stack = new java.util.ArrayDeque<>();
    stack.push(new Ordered(j, level));
    while (!stack.isEmpty()) {
      Ordered o = stack.pop();
      if (!seen.add(o.jabatan().id())) {
        continue;
      }
      out.add(o);
      List<Jabatan> c = children.getOrDefault(o.jabatan().id(), List.of());
      for (int i = c.size() - 1; i >= 0; i--) {
        if (!seen.contains(c.get(i).id())) {
          stack.push(new Ordered(c.get(i), o.level() + 1));
        }
      }
    }
  }

  /** Findings about B or K, keyed by the data path of their jabatan. */
  private static Map<String, List<Baris.Catatan>> catatan(
      List<Finding> findings, SourceMap map, Messages messages) {
    Map<String, List<Baris.Catatan>> out = new HashMap<>();
    for (Finding f : findings) {
      if (f.isSuppressed()) {
        continue;
      }
      String p = f.path().value();
      int at =
          Math.max(
              Math.max(p.indexOf("].pemangku"), p.indexOf("].kebutuhan")),
              p.indexOf("].bezetting"));
      if (at < 0 || !p.startsWith("perangkat_daerah[") || !p.contains("].jabatan[")) {
        continue;
      }
      String jabatan = p.substring(0, at + 1);
      Optional<Span> span = f.span().or(() -> map.find(new NodePath(p)));
      out.computeIfAbsent(jabatan, x -> new ArrayList<>())
          .add(
              new Baris.Catatan(
                  f.severity().key(),
                  f.rule().value(),
                  messages.format(f.message()),
                  span.map(Span::position).orElse("")));
    }
    return out;
  }
}
