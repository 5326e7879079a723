package id.sisker.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which unit organisasi a position works in, for deciding whether work stays "dalam unit" or goes
 * "lintas unit". The regulations' unit organisasi is the unit an Administrator (or a Pengawas or JF
 * heading a UPT, kelurahan or unit kerja mandiri) leads below the perangkat daerah's head: a Seksi
 * belongs to its Bidang, a Subbagian to its Bagian, while the Bidang, Bagian, UPT and kelurahan are
 * units in their own right. Units led by a JPT (the perangkat daerah, an Asisten) contain several
 * unit organisasi.
 */
public final class UnitOrganisasi {

  private final Function<UnitId, Optional<UnitId>> induk;
  private final Function<UnitId, Optional<JenisJabatan>> kepala;

  /**
   * @param induk the unit above a unit (empty at the top of a perangkat daerah)
   * @param kepala the kind of position heading a unit, if known
   */
  public UnitOrganisasi(
      Function<UnitId, Optional<UnitId>> induk, Function<UnitId, Optional<JenisJabatan>> kepala) {
    this.induk = induk;
    this.kepala = kepala;
  }

  /**
   * The unit organisasi of a position sitting in {@code unit}: the highest unit above it (below the
   * top of the perangkat daerah) not led by a JPT; the unit itself when there is none.
   */
  public UnitId of(UnitId unit) {
    UnitId found = null;
    List<UnitId> seen = new ArrayList<>();
    Optional<UnitId> u = Optional.of(unit);
    while (u.isPresent() && !u.get().isRoot() && !seen.contains(u.get())) {
      seen.add(u.get());
      if (!kepala
          .apply(u.get())
          .map(k -> k == JenisJabatan.JPT_MADYA || k == JenisJabatan.JPT_PRATAMA)
          .orElse(false)) {
        found = u.get();
      }
      u = induk.apply(u.get());
    }
    return found != null ? found : unit;
  }

  /**
   * The reach of work done by someone sitting in {@code asal} for {@code tujuan}: within the same
   * unit organisasi, or for a unit containing it, is {@code dalam_unit}; another unit organisasi of
   * the same perangkat daerah is {@code lintas_unit}; elsewhere in the daerah {@code
   * lintas_perangkat_daerah}.
   */
  public Lingkup individu(UnitId asal, UnitId tujuan) {
    if (!asal.pd().equals(tujuan.pd())) {
      return Lingkup.LINTAS_PERANGKAT_DAERAH;
    }
    UnitId a = of(asal);
    UnitId t = of(tujuan);
    return a.equals(t) || Lingkup.within(a, t, induk) ? Lingkup.DALAM_UNIT : Lingkup.LINTAS_UNIT;
  }

  /**
   * The reach of a team owned by {@code pemilik} whose members sit in {@code units}: across
   * perangkat daerah if a member is of another one; across units if members come from different
   * unit organisasi, or from one that the owner's does not contain; else within the unit.
   */
  public Lingkup tim(UnitId pemilik, Collection<UnitId> units) {
    List<UnitId> uo = new ArrayList<>();
    for (UnitId u : units) {
      if (!u.pd().equals(pemilik.pd())) {
        return Lingkup.LINTAS_PERANGKAT_DAERAH;
      }
      uo.add(of(u));
    }
    UnitId owner = of(pemilik);
    for (UnitId u : uo) {
      if (!u.equals(uo.get(0)) || !(u.equals(owner) || Lingkup.within(u, owner, induk))) {
        return Lingkup.LINTAS_UNIT;
      }
    }
    return Lingkup.DALAM_UNIT;
  }
}
