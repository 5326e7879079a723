package id.sisker.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lookups over a loaded daerah, built once: positions, units and pegawai by id, holders, children.
 * Rules, diagrams and letters share it instead of each scanning the lists.
 */
public final class Indeks {

  private final Daerah daerah;
  private final Map<String, PerangkatDaerah> pd = new LinkedHashMap<>();
  private final Map<JabatanId, Jabatan> jabatan;
  private final Map<UnitId, Unit> unit = new LinkedHashMap<>();
  private final Map<String, Pegawai> pegawai;
  private final Map<String, PihakLuar> pihakLuar = new LinkedHashMap<>();
  private final Map<String, List<Jabatan>> jabatanByPemangku;
  private final Map<JabatanId, List<Jabatan>> bawahan = new HashMap<>();
  private final Map<UnitId, List<Unit>> subunit = new HashMap<>();
  private final Map<UnitId, List<Jabatan>> jabatanByUnit = new HashMap<>();

  public Indeks(Daerah daerah) {
    this.daerah = daerah;
    // The large tables sized once: a provincial daerah has a hundred thousand of each.
    int n = 0;
    for (PerangkatDaerah p : daerah.perangkatDaerah()) {
      n += p.jabatan().size();
    }
    jabatan = new LinkedHashMap<>(capacity(n));
    jabatanByPemangku = new HashMap<>(capacity(n));
    pegawai = new LinkedHashMap<>(capacity(daerah.pegawai().size()));
    for (PerangkatDaerah p : daerah.perangkatDaerah()) {
      pd.putIfAbsent(p.id(), p);
      for (Unit u : p.unit()) {
        unit.putIfAbsent(u.id(), u);
        u.induk().ifPresent(i -> subunit.computeIfAbsent(i, k -> new ArrayList<>()).add(u));
      }
      for (Jabatan j : p.jabatan()) {
        jabatan.putIfAbsent(j.id(), j);
        jabatanByUnit.computeIfAbsent(j.unit(), k -> new ArrayList<>()).add(j);
        j.atasan().ifPresent(a -> bawahan.computeIfAbsent(a, k -> new ArrayList<>()).add(j));
        for (String nip : j.pemangku()) {
          jabatanByPemangku.computeIfAbsent(nip, k -> new ArrayList<>()).add(j);
        }
      }
    }
    for (Pegawai g : daerah.pegawai()) {
      pegawai.putIfAbsent(g.nip(), g);
    }
    for (PihakLuar l : daerah.pihakLuar()) {
      pihakLuar.putIfAbsent(l.id(), l);
    }
  }

  /** A table capacity that holds {@code n} entries without growing. */
  private static int capacity(int n) {
    return (int) (n / 0.75f) + 1;
  }

  public Daerah daerah() {
    return daerah;
  }

  public Optional<PerangkatDaerah> perangkatDaerah(String id) {
    return Optional.ofNullable(pd.get(id));
  }

  public Optional<Jabatan> jabatan(JabatanId id) {
    return Optional.ofNullable(jabatan.get(id));
  }

  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(unit.get(id));
  }

  public Optional<Pegawai> pegawai(String nip) {
    return Optional.ofNullable(pegawai.get(nip));
  }

  public Optional<PihakLuar> pihakLuar(String id) {
    return Optional.ofNullable(pihakLuar.get(id));
  }

  /** The positions {@code nip} holds (normally at most one). */
  public List<Jabatan> jabatanOf(String nip) {
    return jabatanByPemangku.getOrDefault(nip, List.of());
  }

  /** The positions whose atasan is {@code id}, in document order. */
  public List<Jabatan> bawahan(JabatanId id) {
    return Collections.unmodifiableList(bawahan.getOrDefault(id, List.of()));
  }

  /** The units directly below {@code id}. */
  public List<Unit> subunit(UnitId id) {
    return Collections.unmodifiableList(subunit.getOrDefault(id, List.of()));
  }

  /** The positions that sit in {@code id} (not in its subunits). */
  public List<Jabatan> jabatanIn(UnitId id) {
    return Collections.unmodifiableList(jabatanByUnit.getOrDefault(id, List.of()));
  }

  /** How many positions {@link #semuaJabatan()} gives. */
  public int jumlahJabatan() {
    return jabatan.size();
  }

  public Iterable<Jabatan> semuaJabatan() {
    return jabatan.values();
  }

  public Iterable<Unit> semuaUnit() {
    return unit.values();
  }
}
