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
import id.sisker.profile.Peran;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the roles a profile names (kepala_pd, sekretaris_daerah, ppkin …) to the positions that
 * hold them for one assignment or team, and positions to the people who hold them. It reads the
 * same profile data as the rules; the rules have already checked that the recorded issuer is one of
 * these.
 */
final class Pejabat {

  private final Indeks ix;

  Pejabat(Indeks ix) {
    this.ix = ix;
  }

  Set<JabatanId> of(Peran peran, Penugasan p) {
    Set<JabatanId> out = new LinkedHashSet<>();
    List<Jabatan> held = ix.jabatanOf(p.pegawai());
    switch (peran) {
      case ATASAN -> held.forEach(j -> j.atasan().ifPresent(out::add));
      case PPKIN -> held.forEach(j -> ppkin(j).ifPresent(out::add));
      case PUO -> out.addAll(heads(p.asal()));
      case PUO_TUJUAN -> p.tujuan().ifPresent(t -> out.addAll(heads(t)));
      case KEPALA_PD -> kepalaPd(p.asal().pd()).ifPresent(out::add);
      case KEPALA_PD_TUJUAN -> p.tujuan().flatMap(t -> kepalaPd(t.pd())).ifPresent(out::add);
      case SEKRETARIS_DAERAH -> sekretarisDaerah().ifPresent(out::add);
      case KEPALA_DAERAH -> out.add(JabatanId.KEPALA_DAERAH);
      case PEGAWAI -> held.forEach(j -> out.add(j.id()));
      case PENANGGUNG_JAWAB, KETUA -> {
        // team roles: an individual assignment has none
      }
    }
    return out;
  }

  Set<JabatanId> of(Peran peran, TimKerja t) {
    Set<JabatanId> out = new LinkedHashSet<>();
    List<Jabatan> members = members(t);
    UnitId owner = t.pemilikKinerja();
    switch (peran) {
      case ATASAN -> members.forEach(j -> j.atasan().ifPresent(out::add));
      case PPKIN -> members.forEach(j -> ppkin(j).ifPresent(out::add));
      case PUO -> {
        out.addAll(heads(owner));
        members.forEach(j -> out.addAll(heads(j.unit())));
      }
      case PUO_TUJUAN -> out.addAll(heads(owner));
      case KEPALA_PD -> {
        kepalaPd(owner.pd()).ifPresent(out::add);
        members.forEach(j -> kepalaPd(j.unit().pd()).ifPresent(out::add));
      }
      case KEPALA_PD_TUJUAN -> kepalaPd(owner.pd()).ifPresent(out::add);
      case SEKRETARIS_DAERAH -> sekretarisDaerah().ifPresent(out::add);
      case KEPALA_DAERAH -> out.add(JabatanId.KEPALA_DAERAH);
      case PENANGGUNG_JAWAB -> t.penanggungJawab().ifPresent(out::add);
      case KETUA -> t.ketua().ifPresent(k -> positions(k).forEach(j -> out.add(j.id())));
      case PEGAWAI -> members.forEach(j -> out.add(j.id()));
    }
    return out;
  }

  Set<JabatanId> of(List<Peran> peran, Penugasan p) {
    Set<JabatanId> out = new LinkedHashSet<>();
    peran.forEach(r -> out.addAll(of(r, p)));
    return out;
  }

  Set<JabatanId> of(List<Peran> peran, TimKerja t) {
    Set<JabatanId> out = new LinkedHashSet<>();
    peran.forEach(r -> out.addAll(of(r, t)));
    return out;
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

  static Optional<JabatanId> ppkin(Jabatan j) {
    return j.penilai().or(j::atasan);
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
