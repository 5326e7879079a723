package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisUnit;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.profile.Facts;
import id.sisker.profile.Ketentuan;
import id.sisker.profile.ModelStruktur;
import id.sisker.profile.Org;
import id.sisker.profile.Profile;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Kedudukan of jabatan fungsional and pelaksana (KED-001, KED-003…KED-006, KED-008…KED-011): under
 * which kind of superior each jenjang sits, as the profile's placement table says for the structure
 * model governing the position (or its general table). A placement allowed only by a clause marked
 * {@code warning} (for instance a Lampiran that contradicts its article) is reported as a warning
 * naming that clause; one allowed by none is an error citing the clauses that apply.
 */
public final class PenempatanCheck implements Check {

  static final RuleId JENJANG = RuleId.of("kedudukan.jenjang");
  static final RuleId PELAKSANA = RuleId.of("kedudukan.pelaksana");
  static final RuleId JENIS = RuleId.of("kedudukan.atasan-jenis");
  static final RuleId KOORDINATOR = RuleId.of("kedudukan.koordinator");

  @Override
  public List<RuleId> rules() {
    return List.of(JENJANG, PELAKSANA, JENIS, KOORDINATOR);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    List<Ketentuan> out = new ArrayList<>();
    if (rule.equals(JENIS)) {
      p.atasanFungsional().ifPresent(a -> out.add(a.ketentuan()));
    } else if (rule.equals(KOORDINATOR)) {
      p.modelStruktur().stream()
          .filter(m -> m.fakta().map(Facts.Fakta::pengawasKoordinator).orElse(false))
          .forEach(m -> out.add(Ketentuan.of(m.fakta().get().sitasi())));
    } else {
      boolean pel = rule.equals(PELAKSANA);
      List<Facts.Kedudukan> all = new ArrayList<>(p.kedudukan());
      p.modelStruktur().forEach(m -> all.addAll(m.kedudukan()));
      for (Facts.Kedudukan k : all) {
        boolean forPel = k.untuk().contains("pelaksana");
        if (pel ? forPel : k.untuk().stream().anyMatch(u -> !u.equals("pelaksana"))) {
          if (!out.contains(k.ketentuan())) {
            out.add(k.ketentuan());
          }
        }
      }
      // A jenjang or pelaksana the table of a model does not cover: a warning citing the model;
      // a placement the model forbids and the article allows: a warning citing both.
      for (ModelStruktur m : p.modelStruktur()) {
        if (!m.kedudukan().isEmpty()) {
          Ketentuan gap = gap(m.sitasi());
          if (!out.contains(gap)) {
            out.add(gap);
          }
          for (Ketentuan k : articles(p)) {
            Ketentuan c = conflict(k, m);
            if (!out.contains(c)) {
              out.add(c);
            }
          }
        }
      }
      if (!p.kedudukan().isEmpty()
          && !out.contains(gap(p.kedudukan().get(0).ketentuan().sitasi()))) {
        out.add(gap(p.kedudukan().get(0).ketentuan().sitasi()));
      }
    }
    return out;
  }

  @Override
  public void run(Context ctx, Emitter out) {
    if (ctx.profile().isEmpty()) {
      return;
    }
    Profile p = ctx.profile().get();
    Org org = new Org(ctx.indeks());
    // Units share their model: looked up once per unit, not walked up once per jabatan.
    Map<UnitId, Optional<ModelStruktur>> models = new HashMap<>();
    for (Jabatan j : ctx.indeks().semuaJabatan()) {
      if (j.jenis() != JenisJabatan.FUNGSIONAL && j.jenis() != JenisJabatan.PELAKSANA) {
        continue;
      }
      if (org.headsMandiri(j) || j.atasan().isEmpty() || j.atasan().get().isKepalaDaerah()) {
        continue;
      }
      Optional<Jabatan> a = ctx.indeks().jabatan(j.atasan().get());
      if (a.isEmpty()) {
        continue; // unresolved: reported while loading
      }
      if (org.headsMandiri(a.get())) {
        continue; // a JF leading a unit kerja mandiri may have JF and pelaksana under it (ORG-002)
      }
      Optional<ModelStruktur> model = models.computeIfAbsent(j.unit(), u -> org.model(u, p));
      boolean koordinatorModel =
          model.flatMap(ModelStruktur::fakta).map(Facts.Fakta::pengawasKoordinator).orElse(false);
      List<Facts.Kedudukan> table =
          model.map(ModelStruktur::kedudukan).filter(l -> !l.isEmpty()).orElse(p.kedudukan());
      // A Pengawas the model's own table names as a superior (a Sekretaris Camat, a Kasubbag the
      // Lampiran keeps) is one, even where the model's other Pengawas only coordinate.
      boolean placedByTable =
          table.stream().anyMatch(k -> applies(k, j) && binding(k) && fits(k, a.get(), org));
      if (koordinatorModel && a.get().jenis() == JenisJabatan.PENGAWAS && !placedByTable) {
        Facts.Fakta f = model.get().fakta().get();
        Optional<JabatanId> above = a.get().atasan();
        out.report(
            KOORDINATOR,
            Paths.jabatan(j.id()).key("atasan"),
            Message.of("kedudukan.koordinator", j.id(), a.get().id(), model.get().nama()),
            Message.of(
                "kedudukan.koordinator.saran",
                above.map(JabatanId::id).orElse("-"),
                a.get().id().id()),
            Ketentuan.of(f.sitasi()));
        continue;
      }
      List<Facts.Kedudukan> rules =
          model.map(ModelStruktur::kedudukan).filter(l -> !l.isEmpty()).orElse(p.kedudukan());
      List<Facts.Kedudukan> applicable = rules.stream().filter(k -> applies(k, j)).toList();
      RuleId rule = j.jenis() == JenisJabatan.PELAKSANA ? PELAKSANA : JENJANG;
      String who =
          j.jenis() == JenisJabatan.PELAKSANA
              ? "pelaksana"
              : j.jenjang().map(x -> x.key()).orElse("fungsional");
      if (applicable.isEmpty()) {
        if (!rules.isEmpty()) {
          // The table speaks of other jenjang but not this one: a gap in the regulation.
          String where = model.map(ModelStruktur::nama).orElse(p.nama());
          String sitasi =
              model.map(ModelStruktur::sitasi).orElse(rules.get(0).ketentuan().sitasi());
          out.report(
              rule,
              Paths.jabatan(j.id()).key("atasan"),
              Message.of("kedudukan.tidak-diatur", j.id(), who, where),
              Message.of("kedudukan.tidak-diatur.saran"),
              gap(sitasi));
        } else {
          checkJenisOnly(p, org, j, a.get(), out);
        }
        continue;
      }
      boolean clean = applicable.stream().anyMatch(k -> binding(k) && fits(k, a.get(), org));
      if (clean) {
        continue;
      }
      Optional<Facts.Kedudukan> tolerated =
          applicable.stream().filter(k -> !binding(k) && fits(k, a.get(), org)).findFirst();
      if (tolerated.isPresent()) {
        out.report(
            rule,
            Paths.jabatan(j.id()).key("atasan"),
            Message.of("kedudukan.toleransi", j.id(), who, a.get().id(), describe(a.get(), org)),
            Message.of(
                "kedudukan.saran",
                allowed(applicable.stream().filter(PenempatanCheck::binding).toList())),
            Pertentangan.of(
                tolerated.get().ketentuan(),
                applicable.stream().map(Facts.Kedudukan::ketentuan).toList()));
        continue;
      }
      // The Lampiran's table refines the article's list jenjang by jenjang ("disesuaikan dengan
      // Peta Jabatan", "rincian ... tercantum dalam Lampiran"): a kind of superior it uses for
      // other jenjang is a refinement, and a breach of it an error. A kind the article names but
      // the table leaves out altogether is a conflict between the two.
      boolean kindLeftOut =
          rules.stream()
              .filter(PenempatanCheck::binding)
              .noneMatch(k -> k.atasan().contains(a.get().jenis()));
      Optional<Ketentuan> article =
          model.isPresent() && kindLeftOut ? articleAllows(p, j, a.get(), org) : Optional.empty();
      if (article.isPresent()) {
        // The model's table (the Lampiran) forbids what the article allows: both are the
        // regulation, and neither says it prevails, so a warning that cites both.
        out.report(
            rule,
            Paths.jabatan(j.id()).key("atasan"),
            Message.of("kedudukan.toleransi", j.id(), who, a.get().id(), describe(a.get(), org)),
            Message.of(
                "kedudukan.saran",
                allowed(applicable.stream().filter(PenempatanCheck::binding).toList())),
            conflict(article.get(), model.get()));
        continue;
      }
      Facts.Kedudukan basis =
          applicable.stream()
              .filter(PenempatanCheck::binding)
              .findFirst()
              .orElse(applicable.get(0));
      out.report(
          rule,
          Paths.jabatan(j.id()).key("atasan"),
          Message.of("kedudukan.salah", j.id(), who, a.get().id(), describe(a.get(), org)),
          Message.of("kedudukan.saran", allowed(applicable)),
          basis.ketentuan());
    }
  }

  /**
   * The article's clause that allows superior {@code a} for {@code j} where the model's table does
   * not: the profile-wide placement table (an article such as LT Pasal 7 ayat (3)–(4)), else the
   * kinds of superior the article allows (IH Pasal 7 ayat (2), PKU Pasal 7 ayat (1), PP Pasal 8
   * ayat (3)).
   */
  private static Optional<Ketentuan> articleAllows(Profile p, Jabatan j, Jabatan a, Org org) {
    if (!p.kedudukan().isEmpty()) {
      return p.kedudukan().stream()
          .filter(k -> applies(k, j) && binding(k) && fits(k, a, org))
          .map(Facts.Kedudukan::ketentuan)
          .findFirst();
    }
    if (p.atasanFungsional().isPresent()) {
      Facts.Jenis allowed = p.atasanFungsional().get();
      boolean ok =
          allowed.jenis().contains(a.jenis())
              && (a.jenis() != JenisJabatan.FUNGSIONAL || org.headsMandiri(a));
      if (ok && allowed.ketentuan().mengikat()) {
        return Optional.of(allowed.ketentuan());
      }
    }
    return Optional.empty();
  }

  /**
   * The article's clause, as a warning that cites the model's Lampiran clause it conflicts with.
   */
  static Ketentuan conflict(Ketentuan article, ModelStruktur m) {
    return new Ketentuan(
        article.sitasi(),
        Optional.of(Severity.WARNING),
        Optional.of(
            "pasal membolehkan atasan ini, tetapi Lampiran ("
                + m.nama()
                + ") tidak menempatkannya di sini; keduanya bagian Peraturan dan tidak ada yang"
                + " dinyatakan berlaku lebih dahulu, jadi sisker menyarankan atasan menurut Lampiran"
                + " (rincian pasal) dan memberi peringatan, bukan galat"),
        List.of(m.sitasi()));
  }

  /** The article clauses a profile's models may conflict with, for {@link #basis}. */
  private static List<Ketentuan> articles(Profile p) {
    if (!p.kedudukan().isEmpty()) {
      return p.kedudukan().stream()
          .filter(PenempatanCheck::binding)
          .map(Facts.Kedudukan::ketentuan)
          .toList();
    }
    return p.atasanFungsional()
        .filter(x -> x.ketentuan().mengikat())
        .map(x -> List.of(x.ketentuan()))
        .orElse(List.of());
  }

  /** Without a placement table, only the kinds of superior allowed at all (KED-001). */
  private static void checkJenisOnly(Profile p, Org org, Jabatan j, Jabatan a, Emitter out) {
    if (p.atasanFungsional().isEmpty()) {
      return;
    }
    Facts.Jenis allowed = p.atasanFungsional().get();
    boolean ok =
        allowed.jenis().contains(a.jenis())
            && (a.jenis() != JenisJabatan.FUNGSIONAL || org.headsMandiri(a));
    if (!ok) {
      out.report(
          JENIS,
          Paths.jabatan(j.id()).key("atasan"),
          Message.of("kedudukan.atasan-jenis", j.id(), a.id(), a.jenis().key()),
          Message.of(
              "kedudukan.atasan-jenis.saran",
              allowed.jenis().stream().map(JenisJabatan::key).collect(Collectors.joining(", "))),
          allowed.ketentuan());
    }
  }

  /** The clause a gap in a placement table is reported under: the table's own, as a warning. */
  private static Ketentuan gap(String sitasi) {
    return new Ketentuan(sitasi, Optional.of(Severity.WARNING), Optional.empty());
  }

  private static boolean binding(Facts.Kedudukan k) {
    return k.ketentuan().mengikat();
  }

  static boolean applies(Facts.Kedudukan k, Jabatan j) {
    if (j.jenis() == JenisJabatan.PELAKSANA) {
      return k.untuk().contains("pelaksana");
    }
    if (k.untuk().contains("fungsional")) {
      return true;
    }
    return j.jenjang()
        .map(x -> k.untuk().contains(x.key()) || k.untuk().contains(x.kategori().key()))
        .orElse(false);
  }

  static boolean fits(Facts.Kedudukan k, Jabatan a, Org org) {
    if (!k.atasan().contains(a.jenis())) {
      return false;
    }
    if (a.jenis() == JenisJabatan.FUNGSIONAL && !org.headsMandiri(a)) {
      return false;
    }
    if (!k.unitAtasan().isEmpty() || !k.namaAtasan().isEmpty()) {
      Optional<JenisUnit> j = org.headedJenis(a);
      boolean unit = j.isPresent() && k.unitAtasan().contains(j.get());
      if (!unit && !named(a, k.namaAtasan())) {
        return false;
      }
    }
    if (k.hanyaTanpaPengawas()) {
      Optional<Unit> u = org.headed(a.id());
      if (u.isPresent() && org.hasPengawasBelow(u.get().id())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether position {@code a}'s name begins with one of {@code names}, ignoring case, dots and
   * repeated spaces ("Sekretaris Camat", "SEKRETARIS CAMAT", "Kepala Sub Bagian Umum").
   */
  static boolean named(Jabatan a, List<String> names) {
    String n = norm(a.nama());
    return names.stream().map(PenempatanCheck::norm).anyMatch(n::startsWith);
  }

  /**
   * Lower case, dots as spaces, each run of what the regex {@code \\s} matches one space, then
   * stripped: the same as that regex replacement, without running one per jabatan.
   */
  static String norm(String s) {
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    StringBuilder b = new StringBuilder(lower.length());
    boolean inRun = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean space = c == '.' || c == ' ' || c >= '\t' && c <= '\r';
      if (!space) {
        b.append(c);
        inRun = false;
      } else if (!inRun) {
        b.append(' ');
        inRun = true;
      }
    }
    return b.toString().strip();
  }

  private static String describe(Jabatan a, Org org) {
    return a.jenis().key() + org.headedJenis(a).map(u -> ", " + u.key()).orElse("");
  }

  private static String allowed(List<Facts.Kedudukan> rules) {
    Set<String> s = new LinkedHashSet<>();
    for (Facts.Kedudukan k : rules) {
      String units =
          k.unitAtasan().isEmpty()
              ? ""
              : " ("
                  + k.unitAtasan().stream().map(JenisUnit::key).collect(Collectors.joining("/"))
                  + ")";
      for (JenisJabatan x : k.atasan()) {
        s.add(x.key() + units + (k.hanyaTanpaPengawas() ? " tanpa pengawas" : ""));
      }
    }
    return String.join("; ", s);
  }
}
