package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Jabatan;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisUnit;
import id.sisker.model.PerangkatDaerah;
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
import id.sisker.source.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Structure models (KED-007 and the Lampiran lists): the model a perangkat daerah or unit declares
 * is the one the Lampiran assigns it, and its units and positions fit that model's defining facts
 * (Subbagian in the Sekretariat, Seksi per Bidang, who heads it, whether it has JF). Facts are
 * warnings: the models restate each SOTK, which changes.
 */
public final class StrukturCheck implements Check {

  static final RuleId MODEL = RuleId.of("struktur.model");
  static final RuleId FAKTA = RuleId.of("struktur.fakta");

  @Override
  public List<RuleId> rules() {
    return List.of(MODEL, FAKTA);
  }

  @Override
  public List<Ketentuan> basis(RuleId rule, Profile p) {
    return p.modelStruktur().stream()
        .filter(
            m ->
                rule.equals(MODEL)
                    ? !m.perangkatDaerah().isEmpty() || !m.jenis().isEmpty()
                    : m.fakta().isPresent())
        .map(m -> Ketentuan.of(m.sitasi()))
        .toList();
  }

  /**
   * A name with a comma written in a flow list ({@code [Badan Perencanaan Pembangunan, Riset dan
   * Inovasi Daerah]}) becomes two names, neither of which matches: when two adjacent names joined
   * by ", " are a perangkat daerah or unit of this daerah, say so (a warning, at daerah.profil).
   */
  private static void splitNames(Context ctx, Profile p, Emitter out) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    for (PerangkatDaerah pd : ctx.daerah().perangkatDaerah()) {
      names.put(Org.normalise(pd.nama()), pd.nama());
      for (Unit u : pd.unit()) {
        names.put(Org.normalise(u.nama()), u.nama());
      }
    }
    for (ModelStruktur m : p.modelStruktur()) {
      List<String> listed = m.perangkatDaerah();
      for (int i = 0; i + 1 < listed.size(); i++) {
        String joined = names.get(Org.normalise(listed.get(i) + ", " + listed.get(i + 1)));
        if (joined != null && !names.containsKey(Org.normalise(listed.get(i)))) {
          out.report(
              MODEL,
              NodePath.of("daerah").key("profil"),
              Message.of(
                  "struktur.model.nama-terbelah", m.id(), listed.get(i), listed.get(i + 1), joined),
              Message.of("struktur.model.nama-terbelah.saran", joined),
              new Ketentuan(
                  m.sitasi(), Optional.of(id.sisker.finding.Severity.WARNING), Optional.empty()));
        }
      }
    }
  }

  @Override
  public void run(Context ctx, Emitter out) {
    if (ctx.profile().isEmpty()) {
      return;
    }
    Profile p = ctx.profile().get();
    Org org = new Org(ctx.indeks());
    splitNames(ctx, p, out);
    for (PerangkatDaerah pd : ctx.daerah().perangkatDaerah()) {
      for (Unit u : pd.unit()) {
        boolean root = u.id().isRoot();
        String nama = root ? pd.nama() : u.nama();
        Optional<String> declared = root ? pd.model() : u.model();
        String jenis = root ? pd.jenis().key() : u.jenis().map(JenisUnit::key).orElse("");
        NodePath at = Paths.unit(u.id());
        List<ModelStruktur> all = listedFor(p, nama, jenis);
        // A name the Lampiran lists under two models (a conflict within it) accepts either.
        Optional<ModelStruktur> listed =
            all.stream()
                .filter(m -> declared.map(m.id()::equals).orElse(false))
                .findFirst()
                .or(() -> all.stream().findFirst());
        if (declared.isPresent() && p.model(declared.get()).isPresent()) {
          ModelStruktur d = p.model(declared.get()).get();
          if (listed.isPresent() && !listed.get().id().equals(d.id())) {
            out.report(
                MODEL,
                at.key("model"),
                Message.of(
                    "struktur.model.beda", nama, d.id(), listed.get().id(), listed.get().nama()),
                Message.of("struktur.model.beda.saran", listed.get().id()),
                Ketentuan.of(listed.get().sitasi()));
          } else if (listed.isEmpty()
              && (!d.perangkatDaerah().isEmpty() || !d.jenis().isEmpty())
              && root) {
            out.report(
                MODEL,
                at.key("model"),
                Message.of("struktur.model.tidak-tercantum", nama, d.id()),
                Message.of("struktur.model.tidak-tercantum.saran"),
                new Ketentuan(
                    d.sitasi(), Optional.of(id.sisker.finding.Severity.INFO), Optional.empty()));
          }
          if (d.fakta().isPresent()) {
            fakta(out, org, u, d, d.fakta().get());
          }
        } else if (declared.isEmpty() && listed.isPresent()) {
          out.report(
              MODEL,
              at,
              Message.of(
                  "struktur.model.tidak-dinyatakan", nama, listed.get().id(), listed.get().nama()),
              Message.of("struktur.model.beda.saran", listed.get().id()),
              new Ketentuan(
                  listed.get().sitasi(),
                  Optional.of(id.sisker.finding.Severity.WARNING),
                  Optional.empty()));
        }
      }
    }
  }

  /**
   * The models whose Lampiran lists name {@code nama}, else those that take every organisation of
   * {@code jenis}.
   */
  static List<ModelStruktur> listedFor(Profile p, String nama, String jenis) {
    String n = Org.normalise(nama);
    List<ModelStruktur> out = new ArrayList<>();
    for (ModelStruktur m : p.modelStruktur()) {
      if (m.perangkatDaerah().stream().anyMatch(listed -> Org.normalise(listed).equals(n))) {
        out.add(m);
      }
    }
    if (out.isEmpty()) {
      for (ModelStruktur m : p.modelStruktur()) {
        if (!jenis.isEmpty() && m.jenis().contains(jenis)) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static void fakta(Emitter out, Org org, Unit u, ModelStruktur m, Facts.Fakta f) {
    Ketentuan basis = Ketentuan.of(f.sitasi());
    NodePath at = Paths.unit(u.id());
    Optional<Jabatan> head = org.head(u.id());
    if (!f.kepala().isEmpty() && head.isPresent() && !f.kepala().contains(head.get().jenis())) {
      out.report(
          FAKTA,
          at.key("kepala"),
          Message.of(
              "struktur.fakta.kepala",
              u.id(),
              m.nama(),
              head.get().jenis().key(),
              keys(f.kepala())),
          Message.of("struktur.fakta.saran"),
          basis);
    }
    if (u.id().isRoot()) {
      List<Unit> top = org.indeks().subunit(u.id());
      if (f.subbagianSekretariat().isPresent()) {
        for (Unit s : top) {
          if (s.jenis().orElse(null) == JenisUnit.SEKRETARIAT) {
            count(
                out,
                s,
                m,
                f.subbagianSekretariat().get(),
                Set.of(JenisUnit.SUBBAGIAN),
                "struktur.fakta.subbagian",
                org,
                basis);
          }
        }
      }
      if (f.subbagianPerBagian().isPresent() || !f.subbagianBagian().isEmpty()) {
        // A perangkat daerah whose own model counts the Subbagian of its Bagian (IH Setwan: none,
        // except Bagian Umum with 3).
        for (Unit b : top) {
          if (b.jenis().orElse(null) != JenisUnit.BAGIAN) {
            continue;
          }
          Optional<Integer> expected =
              f.subbagianBagian().stream()
                  .filter(x -> Org.normalise(x.bagian()).equals(Org.normalise(b.nama())))
                  .map(Facts.SubbagianBagian::jumlah)
                  .findFirst()
                  .or(f::subbagianPerBagian);
          if (expected.isPresent()) {
            count(
                out,
                b,
                m,
                expected.get(),
                Set.of(JenisUnit.SUBBAGIAN),
                "struktur.fakta.subbagian-bagian",
                org,
                basis);
          }
        }
      }
      if (f.seksiPerBidang().isPresent()) {
        for (Unit b : top) {
          if (b.jenis().orElse(null) == JenisUnit.BIDANG) {
            count(
                out,
                b,
                m,
                f.seksiPerBidang().get(),
                Set.of(JenisUnit.SEKSI, JenisUnit.SUBBIDANG),
                "struktur.fakta.seksi",
                org,
                basis);
          }
        }
      }
    } else if (f.subbagianPerBagian().isPresent()) {
      count(
          out,
          u,
          m,
          f.subbagianPerBagian().get(),
          Set.of(JenisUnit.SUBBAGIAN),
          "struktur.fakta.subbagian-bagian",
          org,
          basis);
    }
    if (f.tanpaFungsional()) {
      List<Jabatan> jf = new ArrayList<>();
      collectJf(org, u.id(), jf);
      if (!jf.isEmpty()) {
        out.report(
            FAKTA,
            Paths.jabatan(jf.get(0).id()),
            Message.of("struktur.fakta.tanpa-jf", u.id(), m.nama(), jf.size(), jf.get(0).id()),
            Message.of("struktur.fakta.tanpa-jf.saran"),
            basis);
      }
    }
  }

  private static void count(
      Emitter out,
      Unit parent,
      ModelStruktur m,
      int expected,
      Set<JenisUnit> kinds,
      String key,
      Org org,
      Ketentuan basis) {
    long n =
        org.indeks().subunit(parent.id()).stream()
            .filter(s -> s.jenis().map(kinds::contains).orElse(false))
            .count();
    if (n != expected) {
      out.report(
          FAKTA,
          Paths.unit(parent.id()),
          Message.of(key, parent.id(), n, m.nama(), expected),
          Message.of("struktur.fakta.saran"),
          basis);
    }
  }

  private static void collectJf(Org org, UnitId id, List<Jabatan> out) {
    for (Jabatan j : org.indeks().jabatanIn(id)) {
      if (j.jenis() == JenisJabatan.FUNGSIONAL) {
        out.add(j);
      }
    }
    for (Unit s : org.indeks().subunit(id)) {
      collectJf(org, s.id(), out);
    }
  }

  private static String keys(Set<JenisJabatan> s) {
    return s.stream().map(JenisJabatan::key).collect(Collectors.joining(", "));
  }
}
