package id.sisker.profile;

import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Orang;
import id.sisker.model.Penugasan;
import id.sisker.model.TimKerja;
import id.sisker.model.UnitId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Resolves the roles a profile names (puo, ppkin, kepala_pd, sekretaris_daerah …) to the positions
 * that hold them for one assignment or one team.
 */
public final class Roles {

  private final Org org;

  public Roles(Org org) {
    this.org = org;
  }

  /** The positions that play {@code peran} for individual assignment {@code p}. */
  public Set<JabatanId> of(Peran peran, Penugasan p) {
    Set<JabatanId> out = new LinkedHashSet<>();
    List<Jabatan> held = org.indeks().jabatanOf(p.pegawai());
    switch (peran) {
      case ATASAN -> held.forEach(j -> j.atasan().ifPresent(out::add));
      case PPKIN -> held.forEach(j -> Org.ppkin(j).ifPresent(out::add));
      case PUO -> out.addAll(heads(p.asal()));
      case PIMPINAN_UNIT -> head(p.asal()).ifPresent(out::add);
      case PUO_TUJUAN -> p.tujuan().ifPresent(t -> out.addAll(heads(t)));
      case KEPALA_PD -> org.kepalaPd(p.asal().pd()).ifPresent(h -> out.add(h.id()));
      case KEPALA_PD_TUJUAN ->
          p.tujuan().flatMap(t -> org.kepalaPd(t.pd())).ifPresent(h -> out.add(h.id()));
      case SEKRETARIS_DAERAH -> org.sekretarisDaerah().ifPresent(h -> out.add(h.id()));
      case KEPALA_DAERAH -> out.add(JabatanId.KEPALA_DAERAH);
      case PEGAWAI -> held.forEach(j -> out.add(j.id()));
      case PENANGGUNG_JAWAB, KETUA -> {
        // team roles: an individual assignment has none
      }
    }
    return out;
  }

  /**
   * The positions that play {@code peran} for team {@code t}: relative to the unit owning its work
   * ({@code *_tujuan}), and to the units its members sit in (puo, ppkin, atasan, kepala_pd).
   */
  public Set<JabatanId> of(Peran peran, TimKerja t) {
    Set<JabatanId> out = new LinkedHashSet<>();
    List<Jabatan> members = members(t);
    UnitId owner = t.pemilikKinerja();
    switch (peran) {
      case ATASAN -> members.forEach(j -> j.atasan().ifPresent(out::add));
      case PPKIN -> members.forEach(j -> Org.ppkin(j).ifPresent(out::add));
      case PUO -> {
        out.addAll(heads(owner));
        members.forEach(j -> out.addAll(heads(j.unit())));
      }
      case PUO_TUJUAN -> out.addAll(heads(owner));
      case PIMPINAN_UNIT -> head(owner).ifPresent(out::add);
      case KEPALA_PD -> {
        org.kepalaPd(owner.pd()).ifPresent(h -> out.add(h.id()));
        members.forEach(j -> org.kepalaPd(j.unit().pd()).ifPresent(h -> out.add(h.id())));
      }
      case KEPALA_PD_TUJUAN -> org.kepalaPd(owner.pd()).ifPresent(h -> out.add(h.id()));
      case SEKRETARIS_DAERAH -> org.sekretarisDaerah().ifPresent(h -> out.add(h.id()));
      case KEPALA_DAERAH -> out.add(JabatanId.KEPALA_DAERAH);
      case PENANGGUNG_JAWAB -> t.penanggungJawab().ifPresent(out::add);
      case KETUA -> t.ketua().ifPresent(k -> positions(k).forEach(j -> out.add(j.id())));
      case PEGAWAI -> members.forEach(j -> out.add(j.id()));
    }
    return out;
  }

  public Set<JabatanId> of(Collection<Peran> peran, Penugasan p) {
    Set<JabatanId> out = new LinkedHashSet<>();
    peran.forEach(r -> out.addAll(of(r, p)));
    return out;
  }

  public Set<JabatanId> of(Collection<Peran> peran, TimKerja t) {
    Set<JabatanId> out = new LinkedHashSet<>();
    peran.forEach(r -> out.addAll(of(r, t)));
    return out;
  }

  /**
   * The heads of {@code unit} and of every unit containing it: each leads a unit organisasi the
   * pegawai works in, so each is a Pimpinan Unit Organisasi for it.
   */
  public Set<JabatanId> heads(UnitId unit) {
    Set<JabatanId> out = new LinkedHashSet<>();
    for (var u : org.lineage(unit)) {
      u.kepala().ifPresent(out::add);
    }
    return out;
  }

  /** The head of {@code unit} itself, not of the units containing it. */
  public java.util.Optional<JabatanId> head(UnitId unit) {
    return org.lineage(unit).stream().findFirst().flatMap(u -> u.kepala());
  }

  /** The positions of the team's ketua and members who are pegawai of this daerah. */
  public List<Jabatan> members(TimKerja t) {
    Set<Jabatan> out = new LinkedHashSet<>();
    t.ketua().ifPresent(k -> out.addAll(positions(k)));
    t.anggota().forEach(a -> out.addAll(positions(a)));
    return List.copyOf(out);
  }

  public List<Jabatan> positions(Orang o) {
    return o instanceof Orang.PegawaiRef r ? org.indeks().jabatanOf(r.nip()) : List.of();
  }

  /**
   * For messages: the roles by name in the reader's language (not their profile keys), and which
   * positions hold them here.
   */
  public static id.sisker.finding.Message describe(Collection<Peran> peran, Set<JabatanId> who) {
    id.sisker.finding.Message roles =
        join(
            "daftar.koma",
            peran.stream().map(r -> id.sisker.finding.Message.of("peran." + r.key())).toList());
    return who.isEmpty()
        ? roles
        : id.sisker.finding.Message.of(
            "peran.pemegang",
            roles,
            who.stream().map(JabatanId::toString).collect(Collectors.joining(", ")));
  }

  /** {@code parts} joined by the separator message {@code key} ("{0}, {1}"). */
  public static id.sisker.finding.Message join(String key, List<id.sisker.finding.Message> parts) {
    if (parts.isEmpty()) {
      return id.sisker.finding.Message.of("daftar.kosong");
    }
    id.sisker.finding.Message out = parts.get(parts.size() - 1);
    for (int i = parts.size() - 2; i >= 0; i--) {
      out = id.sisker.finding.Message.of(key, parts.get(i), out);
    }
    return out;
  }
}
