package id.sisker.letter;

import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.Orang;
import id.sisker.model.Pegawai;
import id.sisker.model.Penugasan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.TimKerja;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.profile.Org;
import id.sisker.profile.Peran;
import id.sisker.profile.Roles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Positions and the people who hold them, for a letter: the roles a profile names (kepala_pd,
 * sekretaris_daerah, ppkin …) resolve through {@link Roles}, the resolver the rules use, so a
 * letter names the official the rules accept; the rest finds holders, heads and kop units.
 */
final class Pejabat {

  private final Indeks ix;
  private final Roles roles;

  Pejabat(Indeks ix) {
    this.ix = ix;
    this.roles = new Roles(new Org(ix));
  }

  /** The positions that play {@code peran} for {@code p}, as the rules resolve them. */
  Set<JabatanId> of(Peran peran, Penugasan p) {
    return roles.of(peran, p);
  }

  Set<JabatanId> of(Peran peran, TimKerja t) {
    return roles.of(peran, t);
  }

  Set<JabatanId> of(List<Peran> peran, Penugasan p) {
    return roles.of(peran, p);
  }

  Set<JabatanId> of(List<Peran> peran, TimKerja t) {
    return roles.of(peran, t);
  }

  /** The pegawai holding {@code id} (the first holder), if the position has one. */
  Optional<Pegawai> pemangku(JabatanId id) {
    return ix.jabatan(id)
        .flatMap(j -> j.pemangku().isEmpty() ? Optional.empty() : Optional.of(j.pemangku().get(0)))
        .flatMap(ix::pegawai);
  }

  Optional<JabatanId> kepalaPd(String pd) {
    return ix.perangkatDaerah(pd).flatMap(PerangkatDaerah::kepala);
  }

  Optional<JabatanId> sekretarisDaerah() {
    for (PerangkatDaerah p : ix.daerah().perangkatDaerah()) {
      if (p.jenis() == JenisPerangkatDaerah.SEKRETARIAT_DAERAH) {
        return p.kepala();
      }
    }
    return Optional.empty();
  }

  boolean isSekretarisDaerah(JabatanId id) {
    return sekretarisDaerah().map(id::equals).orElse(false);
  }

  /** The heads of {@code unit} and of every unit containing it, nearest first. */
  List<JabatanId> heads(UnitId unit) {
    List<JabatanId> out = new ArrayList<>();
    for (Unit u : lineage(unit)) {
      u.kepala().filter(k -> !out.contains(k)).ifPresent(out::add);
    }
    return out;
  }

  List<Unit> lineage(UnitId id) {
    List<Unit> out = new ArrayList<>();
    Optional<Unit> u = ix.unit(id);
    while (u.isPresent() && !out.contains(u.get())) {
      out.add(u.get());
      u = u.get().induk().flatMap(ix::unit);
    }
    return out;
  }

  /** The unit whose head is {@code id}, if any. */
  Optional<Unit> dipimpin(JabatanId id) {
    for (Unit u : ix.semuaUnit()) {
      if (u.kepala().map(id::equals).orElse(false)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  List<Jabatan> members(TimKerja t) {
    Set<Jabatan> out = new LinkedHashSet<>();
    t.ketua().ifPresent(k -> out.addAll(positions(k)));
    t.anggota().forEach(a -> out.addAll(positions(a)));
    return List.copyOf(out);
  }

  List<Jabatan> positions(Orang o) {
    return o instanceof Orang.PegawaiRef r ? ix.jabatanOf(r.nip()) : List.of();
  }
}
