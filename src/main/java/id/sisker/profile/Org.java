package id.sisker.profile;

import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.JenisUnit;
import id.sisker.model.Lingkup;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.model.UnitOrganisasi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Questions about the organisation that several checks ask: who heads what, which structure model
 * governs a position, who is a position's Pejabat Penilai Kinerja.
 */
public final class Org {

  private final Indeks ix;
  private final Map<JabatanId, Unit> headed = new HashMap<>();

  public Org(Indeks ix) {
    this.ix = ix;
    for (Unit u : ix.semuaUnit()) {
      u.kepala().ifPresent(k -> headed.putIfAbsent(k, u));
    }
  }

  public Indeks indeks() {
    return ix;
  }

  /** The unit {@code id} heads, if any. */
  public Optional<Unit> headed(JabatanId id) {
    return Optional.ofNullable(headed.get(id));
  }

  /** The head of unit {@code id}, if named and known. */
  public Optional<Jabatan> head(UnitId id) {
    return ix.unit(id).flatMap(Unit::kepala).flatMap(ix::jabatan);
  }

  public Optional<Jabatan> kepalaPd(String pd) {
    return head(UnitId.root(pd));
  }

  /** The head of the Sekretariat Daerah. */
  public Optional<Jabatan> sekretarisDaerah() {
    for (PerangkatDaerah p : ix.daerah().perangkatDaerah()) {
      if (p.jenis() == JenisPerangkatDaerah.SEKRETARIAT_DAERAH) {
        return kepalaPd(p.id());
      }
    }
    return Optional.empty();
  }

  /** The Pejabat Penilai Kinerja: the delegated penilai, else the atasan. */
  public static Optional<JabatanId> ppkin(Jabatan j) {
    return j.penilai().or(j::atasan);
  }

  /** Whether {@code j} is a JF heading a unit kerja mandiri. */
  public boolean headsMandiri(Jabatan j) {
    return j.jenis() == JenisJabatan.FUNGSIONAL
        && headed(j.id()).flatMap(Unit::mandiri).isPresent();
  }

  /**
   * The unit jenis of the unit {@code j} heads; empty for the top of a perangkat daerah or a
   * non-head.
   */
  public Optional<JenisUnit> headedJenis(Jabatan j) {
    return headed(j.id()).flatMap(Unit::jenis);
  }

  /** Whether any unit below {@code id} (at any depth) is headed by a Pengawas. */
  public boolean hasPengawasBelow(UnitId id) {
    for (Unit sub : ix.subunit(id)) {
      if (head(sub.id()).map(h -> h.jenis() == JenisJabatan.PENGAWAS).orElse(false)
          || hasPengawasBelow(sub.id())) {
        return true;
      }
    }
    return false;
  }

  public Optional<UnitId> induk(UnitId id) {
    return ix.unit(id).flatMap(Unit::induk);
  }

  /** Unit organisasi, for telling dalam_unit from lintas_unit. */
  public UnitOrganisasi unitOrganisasi() {
    return new UnitOrganisasi(this::induk, u -> head(u).map(Jabatan::jenis));
  }

  public Lingkup lingkup(UnitId asal, UnitId tujuan) {
    return unitOrganisasi().individu(asal, tujuan);
  }

  /** {@code id} and its ancestors, nearest first. */
  public List<Unit> lineage(UnitId id) {
    List<Unit> out = new ArrayList<>();
    Optional<Unit> u = ix.unit(id);
    while (u.isPresent() && !out.contains(u.get())) {
      out.add(u.get());
      u = u.get().induk().flatMap(ix::unit);
    }
    return out;
  }

  /**
   * The structure model that governs unit {@code id}: the nearest unit (itself first) declaring a
   * model, else its perangkat daerah's. Only models the profile knows count.
   */
  public Optional<ModelStruktur> model(UnitId id, Profile p) {
    for (Unit u : lineage(id)) {
      Optional<String> m =
          u.id().isRoot()
              ? ix.perangkatDaerah(u.id().pd()).flatMap(PerangkatDaerah::model)
              : u.model();
      if (m.isPresent()) {
        return p.model(m.get());
      }
    }
    return Optional.empty();
  }

  /** A name as the Lampiran lists would match it: case, spacing, punctuation and "&" ignored. */
  public static String normalise(String name) {
    String n = NORMALISED.get(name);
    if (n == null) {
      n = normaliseOnce(name);
      if (NORMALISED.size() < MAX_REMEMBERED) {
        NORMALISED.put(name, n);
      }
    }
    return n;
  }

  /**
   * Names already normalised: the same few hundred Lampiran names are compared with every unit's
   * name, so each is worked out once per process (bounded, in case of a daerah of many units).
   */
  private static final Map<String, String> NORMALISED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED = 20_000;

  private static String normaliseOnce(String name) {
    String n = name.toLowerCase(Locale.ROOT).replace("&", " dan ");
    n = KAB.matcher(n).replaceAll("kabupaten");
    n = NOT_WORD.matcher(n).replaceAll(" ").strip();
    for (int i = 0; i < SPELLINGS.length; i++) {
      if (n.contains(SPELLINGS[i][0])) {
        n = SPELLING_PATTERNS[i].matcher(n).replaceAll(SPELLINGS[i][1]);
      }
    }
    return n;
  }

  /**
   * Spellings the Lampiran texts themselves use for a word, mapped to the standard one, so that the
   * Lampiran's spelling and the correct one both match ("Holtikultura" in IH Lampiran huruf B angka
   * 1 huruf a angka 4), "Teckhnopark" in LT Lampiran III angka 3).
   */
  private static final String[][] SPELLINGS = {
    {"holtikultura", "hortikultura"}, {"teckhnopark", "technopark"}, {"tehnopark", "technopark"}
  };

  // Compiled once: normalise runs for every unit against every name a profile lists, and compiling
  // these patterns on each call was a third of a small validation's time (docs/performance.md).
  private static final Pattern KAB = Pattern.compile("\\bkab\\.");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern[] SPELLING_PATTERNS =
      java.util.Arrays.stream(SPELLINGS)
          .map(v -> Pattern.compile("\\b" + v[0] + "\\b"))
          .toArray(Pattern[]::new);
}
