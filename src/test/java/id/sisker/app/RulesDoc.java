package id.sisker.app;

import id.sisker.finding.Citation;
import id.sisker.finding.Finding;
import id.sisker.finding.RuleId;
import id.sisker.profile.Profile;
import id.sisker.profile.ProfileRegistry;
import id.sisker.rule.Catalogue;
import id.sisker.rule.RuleInfo;
import id.sisker.rule.Stage;
import id.sisker.rule.check.Checks;
import id.sisker.yaml.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * docs/rules.md: the catalogue, each rule's clause in every bundled profile with runnable examples,
 * and the cross-daerah differences (domain.md Part F) shown by running those examples under each
 * profile. Generated in the repository root by the docs test, so the outcomes it prints are the
 * ones sisker really gives.
 */
final class RulesDoc {

  /** Where the rule fixtures live in the repository (they ship in the jar under the same path). */
  static final String FIXTURES = "src/main/resources/id/sisker/fixtures";

  /**
   * One of the ten differences of domain.md Part F: what differs, the rules that show it, and
   * examples to run under every profile.
   */
  private record Perbedaan(
      int nomor,
      String judul,
      String title,
      String uraian,
      List<String> rules,
      List<String> demo) {}

  private static final List<Perbedaan> PERBEDAAN =
      List.of(
          new Perbedaan(
              1,
              "Cakupan pengajuan sukarela",
              "Scope of pengajuan sukarela",
              "Indragiri Hilir membatasi pengajuan sukarela pada unit organisasi sendiri dan lintas"
                  + " unit di dalam Perangkat Daerah yang sama; Pekanbaru, Lampung Tengah dan Pulang"
                  + " Pisau membolehkannya di seluruh Pemerintah Daerah.",
              List.of("sukarela.lingkup"),
              List.of("examples/perbedaan/sukarela-lintas-pd.yaml")),
          new Perbedaan(
              2,
              "Siapa yang boleh menjadi ketua tim",
              "Who may lead a team",
              "Lampung Tengah membolehkan JPT Pratama, Administrator, JF atau pelaksana (Pasal 12"
                  + " ayat (2)); Indragiri Hilir pejabat administrasi dan Pejabat Fungsional"
                  + " penyetaraan (Pasal 8 ayat (4)) serta JF atau pelaksana yang ditunjuk Pimpinan"
                  + " Unit Organisasi (Lampiran huruf C angka 3 huruf c); Pekanbaru dan Pulang Pisau"
                  + " JF atau pelaksana yang ditunjuk.",
              List.of("tim.ketua", "tim.ketua-wajib", "tim.ketua-pemilik"),
              List.of("examples/perbedaan/ketua-tim.yaml")),
          new Perbedaan(
              3,
              "Penetap dan naskah penugasan lintas unit/Perangkat Daerah",
              "Issuer and instrument of cross-unit / cross-PD work",
              "Indragiri Hilir: tim lintas unit dengan Keputusan Bupati dan/atau Sekretaris Daerah;"
                  + " Lampung Tengah: surat perintah Kepala Perangkat Daerah atau Sekretaris Daerah;"
                  + " Pekanbaru: Pejabat Penilai Kinerja tempat pegawai berada; Pulang Pisau: Surat"
                  + " Perintah Tugas Kepala Perangkat Daerah dan/atau Pimpinan Unit Organisasi.",
              List.of("penugasan.penetap", "penugasan.instrumen", "tim.dasar"),
              List.of("examples/perbedaan/sukarela-lintas-pd.yaml")),
          new Perbedaan(
              4,
              "Siapa yang memutuskan penugasan",
              "Who decides assignments",
              "Indragiri Hilir: Pimpinan Unit Organisasi; Pekanbaru dan Lampung Tengah: Pejabat"
                  + " Penilai Kinerja atau Pimpinan Unit Organisasi; Pulang Pisau: Kepala Perangkat"
                  + " Daerah dan/atau Pimpinan Unit Organisasi.",
              List.of("penugasan.penetap", "penilai.penugasan"),
              List.of()),
          new Perbedaan(
              5,
              "Kepada siapa pegawai melaporkan tugas individu",
              "Individual reporting line",
              "Indragiri Hilir: atasan langsung atau Pimpinan Unit Organisasi; Pekanbaru dan"
                  + " Lampung Tengah: atasan langsung/Pejabat Penilai Kinerja atau Pimpinan Unit"
                  + " Organisasi; Pulang Pisau: Kepala Perangkat Daerah dan/atau Pimpinan Unit"
                  + " Organisasi.",
              List.of("pelaporan.individu"),
              List.of()),
          new Perbedaan(
              6,
              "Kepada siapa ketua tim melapor",
              "Whom the team lead reports to",
              "Indragiri Hilir: Pimpinan Unit Organisasi atau penanggung jawab tim; Pekanbaru dan"
                  + " Lampung Tengah: pimpinan unit kerja; Pulang Pisau: Pejabat Penilai Kinerja.",
              List.of("pelaporan.ketua", "tim.penanggung-jawab"),
              List.of()),
          new Perbedaan(
              7,
              "Kedudukan jabatan fungsional menurut jenjang",
              "JF jenjang and superior",
              "Lampung Tengah: aturan umum satu tingkat di atas; Indragiri Hilir: per model"
                  + " struktur; Pekanbaru: seluruh kelompok JF di bawah Administrator tanpa"
                  + " membedakan jenjang; Pulang Pisau: Ahli Madya di bawah JPT/Asisten, lainnya di"
                  + " bawah Sekretaris/Kepala Bidang/Kepala Bagian.",
              List.of("kedudukan.jenjang", "kedudukan.atasan-jenis"),
              List.of()),
          new Perbedaan(
              8,
              "Kedudukan pelaksana dan Pengawas sebagai koordinator",
              "Pelaksana placement; Pengawas as coordinator",
              "Hanya Lampung Tengah Pasal 7 ayat (4) menyatakan pelaksana di bawah Pengawas (di"
                  + " bawah Administrator bila tidak ada Pengawas); Pekanbaru dan Lampung Tengah"
                  + " menempatkan Pengawas sebagai koordinator seperti ketua tim.",
              List.of("kedudukan.pelaksana", "kedudukan.koordinator"),
              List.of()),
          new Perbedaan(
              9,
              "Kosakata model struktur",
              "Structure-model vocabulary",
              "Indragiri Hilir: Model I–IV dan model khusus; Pekanbaru dan Lampung Tengah:"
                  + " berdasarkan jumlah level, Kecamatan, Kelurahan, UPT(D), RSUD, unit dipimpin"
                  + " JF; Pulang Pisau: kelompok per Asisten dan Dinas. Model satu daerah tidak"
                  + " dikenal profil daerah lain.",
              List.of("struktur.model", "struktur.fakta"),
              List.of()),
          new Perbedaan(
              10,
              "Isi surat permohonan pelibatan dan surat perintah",
              "Contents of the request and of the assignment letter",
              "Empat unsur (maksud dan tujuan, kompetensi, target kinerja, durasi) wajib di"
                  + " Indragiri Hilir untuk lintas Perangkat Daerah, di Pekanbaru untuk lintas unit"
                  + " dan instansi, di Lampung Tengah untuk lintas unit/Perangkat Daerah; Pulang"
                  + " Pisau tidak mengaturnya. Hanya Lampung Tengah mengatur isi surat perintah.",
              List.of("pelibatan.isi", "penugasan.isi"),
              List.of()));

  private final RuleCatalogue catalogue = new RuleCatalogue(ProfileRegistry.bundled());
  private final Map<String, Validation.Outcome> runs = new TreeMap<>();

  private RulesDoc() {}

  static String render() {
    return new RulesDoc().write();
  }

  private List<Profile> bundled() {
    ProfileRegistry r = catalogue.profiles();
    return r.ids().stream().map(r::find).flatMap(Optional::stream).toList();
  }

  private String write() {
    StringBuilder b = new StringBuilder();
    b.append("# Katalog aturan / Rule catalogue\n\n");
    b.append(
        "<!-- Dibangkitkan dari katalog aturan, profil dan contoh; jangan disunting tangan.\n");
    b.append(
        "     Generated from the catalogue, profiles and fixtures; regenerate with: mvn test"
            + " -Ddocs.update=true -->\n\n");
    b.append(
        "Setiap temuan sisker membawa id aturan yang stabil. Id tidak pernah dipakai ulang. Setiap"
            + " contoh di bawah dapat dijalankan dari akar repositori, misalnya `./sisker validate"
            + " "
            + FIXTURES
            + "/sukarela.lingkup/fail-indragiri-hilir.yaml`; `./sisker explain <id> --profile"
            + " <profil>` mencetak contoh yang sama.  \n");
    b.append(
        "*Every finding carries a stable rule id. Ids are never reused. Every example below runs"
            + " from the repository root; `sisker explain <id> --profile <profile>` prints the"
            + " same examples.*\n\n");
    b.append("| Tahap / stage | Arti / meaning |\n|---|---|\n");
    b.append(
        "| `BERKAS` | membaca berkas; galat di sini fatal (kode keluar 2) / *reading files; fatal"
            + " (exit 2)* |\n");
    b.append("| `FORMAT` | bentuk YAML dan rujukan / *YAML shape and references* |\n");
    b.append(
        "| `INTEGRITAS` | keutuhan data (NIP, pohon atasan, kepala unit, bezetting) / *data"
            + " integrity* |\n");
    b.append("| `REGULASI` | Perbup/Perwali sistem kerja daerah / *the daerah's regulation* |\n\n");
    b.append(
        "Satu kesalahan, satu temuan: temuan yang timbul dari temuan lain (\"Akibat dari\" pada"
            + " aturannya) ditulis di bawah penyebabnya dan tidak dihitung dalam ringkasan maupun"
            + " `--fail-on`, selama keparahannya tidak melebihi penyebabnya (ADR 50).  \n");
    b.append(
        "*One finding per mistake: a finding that follows from another (\"consequence of\" under"
            + " its rule) is written under its cause and counted neither in the summary nor for"
            + " `--fail-on`, as long as it is no more severe than its cause (ADR 50).*\n\n");
    b.append(
        "Lihat juga [Perbedaan antar-daerah](#perbedaan-antar-daerah--differences-between-daerah)"
            + " dan ketentuan yang tidak dapat diperiksa di `docs/profil/`.  \n");
    b.append(
        "*See also the differences between daerah below, and the provisions sisker cannot check in"
            + " `docs/profil/`.*\n\n");
    for (Stage st : Stage.values()) {
      List<RuleInfo> rules = catalogue.all().stream().filter(r -> r.stage() == st).toList();
      if (rules.isEmpty()) {
        continue;
      }
      b.append("## ").append(st.name()).append("\n\n");
      if (st == Stage.REGULASI) {
        matrix(b, rules);
      } else {
        b.append("| Id | Keparahan / severity | Judul | Title |\n|---|---|---|---|\n");
        for (RuleInfo r : rules) {
          b.append(row(r, " | ")).append(" |\n");
        }
        b.append("\n");
      }
      for (RuleInfo r : rules) {
        rule(b, r);
      }
    }
    perbedaan(b);
    return b.toString();
  }

  /** The start of a catalogue table row: linked id, severity, Indonesian and English titles. */
  private static String row(RuleInfo r, String beforeTitle) {
    return "| [`"
        + r.id()
        + "`](#"
        + anchor(r.id().value())
        + ") | "
        + severity(r)
        + " | "
        + cell(r.judul())
        + beforeTitle
        + cell(r.title());
  }

  /** Which profile enforces which regulation rule. */
  private void matrix(StringBuilder b, List<RuleInfo> rules) {
    List<Profile> ps = bundled();
    b.append("| Id | Keparahan / severity | Judul / title |");
    ps.forEach(p -> b.append(" `").append(p.id()).append("` |"));
    b.append("\n|---|---|---|");
    ps.forEach(p -> b.append("---|"));
    b.append("\n");
    for (RuleInfo r : rules) {
      b.append(row(r, "<br>*")).append("* |");
      for (Profile p : ps) {
        b.append(catalogue.enforces(r, p) ? " ✓ |" : " – |");
      }
      b.append("\n");
    }
    b.append(
        "\n✓ diberlakukan profil itu (lihat sumbernya di bawah) / *enforced by that profile*; –"
            + " regulasi itu tidak mengaturnya atau sisker belum dapat memeriksanya / *not"
            + " enforced*.\n\n");
  }

  private void rule(StringBuilder b, RuleInfo r) {
    b.append("### ").append(r.id()).append("\n\n");
    b.append(r.uraian()).append("  \n*").append(r.description()).append("*\n\n");
    b.append("- Keparahan / severity: `")
        .append(r.severity().key())
        .append("`")
        .append(r.fatal() ? ", fatal" : "")
        .append("\n");
    consequenceOf(b, r);
    boolean perProfile =
        bundled().stream().anyMatch(p -> !catalogue.citations(r, p).equals(r.citations()));
    if (r.stage() != Stage.REGULASI && perProfile) {
      // The clause of each daerah's own regulation, from its profile.
      b.append("\n| Profil / profile | Sumber / source |\n|---|---|\n");
      for (Profile p : bundled()) {
        List<Citation> cs = catalogue.citations(r, p);
        b.append("| `").append(p.id()).append("` | ");
        b.append(
                cs.isEmpty()
                    ? "–"
                    : cell(cs.stream().map(Citation::toString).collect(Collectors.joining("; "))))
            .append(" |\n");
      }
      b.append("\n");
      examples(b, r, "");
      b.append("\n");
      return;
    }
    if (r.stage() != Stage.REGULASI) {
      if (!r.citations().isEmpty()) {
        b.append("- Sumber / source: ")
            .append(
                r.citations().stream().map(Citation::toString).collect(Collectors.joining("; ")))
            .append("\n");
      }
      examples(b, r, "");
      b.append("\n");
      return;
    }
    b.append("\n| Profil / profile | Sumber / source | Contoh / examples |\n|---|---|---|\n");
    for (Profile p : bundled()) {
      List<Citation> cs = catalogue.citations(r, p);
      b.append("| `").append(p.id()).append("` | ");
      if (cs.isEmpty()) {
        b.append("– | |\n");
        continue;
      }
      b.append(cell(cs.stream().map(Citation::toString).collect(Collectors.joining("; "))))
          .append(" | ");
      b.append(String.join(" · ", links(r, "-" + p.id()))).append(" |\n");
    }
    b.append("\n");
  }

  /**
   * The findings a rule's finding may follow from (ADR 50): then it is shown under that cause and
   * not counted.
   */
  private static void consequenceOf(StringBuilder b, RuleInfo r) {
    List<String> causes = new ArrayList<>();
    for (id.sisker.rule.Penyebab p : id.sisker.rule.Catalogue.get().penyebab(r.id())) {
      String c =
          (p.sebab().equals("*") ? "setiap aturan / *any rule*" : "`" + p.sebab() + "`")
              + " ("
              + switch (p.cakupan()) {
                case TEMPAT -> "tempat yang sama / *same place*";
                case ENTITAS -> "entitas yang sama / *same entity*";
                case BAWAHAN -> "jabatan yang dipimpinnya / *positions it leads*";
                case PROFIL -> "di berkas profil / *in a profile file*";
              }
              + ")";
      if (!causes.contains(c)) {
        causes.add(c);
      }
    }
    if (!causes.isEmpty()) {
      b.append("- Akibat dari / *consequence of*: ").append(String.join(", ", causes)).append("\n");
    }
  }

  /** Links to a rule's failing then passing fixtures named {@code fail<suffix>…}/{@code pass…}. */
  private List<String> links(RuleInfo r, String suffix) {
    List<String> out = new ArrayList<>();
    for (String kind : List.of("fail", "pass")) {
      for (String f : fixtures(r.id().value(), kind + suffix)) {
        out.add(link(kind, f));
      }
    }
    return out;
  }

  private void examples(StringBuilder b, RuleInfo r, String suffix) {
    List<String> links = links(r, suffix);
    if (!links.isEmpty()) {
      b.append("- Contoh / examples: ").append(String.join(" · ", links)).append("\n");
    }
  }

  private static String link(String kind, String file) {
    String name = Path.of(file).getFileName().toString();
    return "[" + (kind.equals("fail") ? "gagal" : "lulus") + " `" + name + "`](../" + file + ")";
  }

  /**
   * The fixture files of a rule whose name is {@code stem.yaml}, {@code stem-*.yaml}, or a folder
   * {@code stem/} (its daerah.yaml); an exact stem without a dash never matches a longer profile.
   */
  private List<String> fixtures(String rule, String stem) {
    Path dir = Path.of(FIXTURES, rule);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    try (var s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        String n = p.getFileName().toString();
        String base = Files.isDirectory(p) ? n : n.replaceFirst("\\.ya?ml$", "");
        boolean generic = stem.equals("fail") || stem.equals("pass");
        boolean ok =
            base.equals(stem) || (base.startsWith(stem + "-") && !(generic && isProfileCase(base)));
        if (!ok) {
          continue;
        }
        out.add(
            (Files.isDirectory(p) ? p.resolve("daerah.yaml") : p).toString().replace('\\', '/'));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out;
  }

  /** Whether a case name like {@code fail-pekanbaru-x} belongs to a bundled profile. */
  private boolean isProfileCase(String base) {
    for (String id : catalogue.profiles().ids()) {
      if (base.equals("fail-" + id)
          || base.equals("pass-" + id)
          || base.startsWith("fail-" + id + "-")
          || base.startsWith("pass-" + id + "-")) {
        return true;
      }
    }
    return false;
  }

  /** The cross-daerah differences, each shown by running its examples under every profile. */
  private void perbedaan(StringBuilder b) {
    List<Profile> ps =
        bundled().stream().filter(p -> !p.id().equals(ProfileRegistry.BASE)).toList();
    b.append("## Perbedaan antar-daerah / Differences between daerah\n\n");
    b.append(
        "Sepuluh perbedaan terpenting antar-keempat regulasi. Setiap baris adalah perintah yang"
            + " dapat dijalankan; kolom profil menunjukkan hasilnya yang sebenarnya (dihitung saat"
            + " dokumen ini dibangkitkan): temuan aturan bersangkutan, atau *bersih*. `--profile`"
            + " menjalankan data yang sama di bawah profil lain.  \n");
    b.append(
        "*The ten most important differences between the four regulations. Each row is a"
            + " runnable command; the profile columns show its actual outcome (computed when this"
            + " file is generated): findings of the rules concerned, or clean. `--profile` runs the"
            + " same data under another profile.*\n\n");
    for (Perbedaan d : PERBEDAAN) {
      b.append("### ")
          .append(d.nomor())
          .append(". ")
          .append(d.judul())
          .append(" / *")
          .append(d.title())
          .append("*\n\n");
      b.append(d.uraian()).append("\n\n");
      b.append("Aturan / rules: ")
          .append(
              d.rules().stream()
                  .map(x -> "[`" + x + "`](#" + anchor(x) + ")")
                  .collect(Collectors.joining(", ")))
          .append("\n\n");
      b.append("| Profil / profile | Sumber / source |\n|---|---|\n");
      for (Profile p : ps) {
        List<String> cs = new ArrayList<>();
        for (String rule : d.rules()) {
          RuleInfo r = Catalogue.get().get(RuleId.of(rule));
          for (Citation c : catalogue.citations(r, p)) {
            String t = "`" + rule + "`: " + c.clause();
            if (!cs.contains(t)) {
              cs.add(t);
            }
          }
        }
        b.append("| `")
            .append(p.id())
            .append("` | ")
            .append(
                cs.isEmpty() ? "– (tidak diatur / *not regulated*)" : cell(String.join("; ", cs)))
            .append(" |\n");
      }
      b.append("\n");
      for (String demo : d.demo()) {
        if (!Files.isRegularFile(Path.of(demo))) {
          throw new IllegalStateException("missing demonstration " + demo);
        }
      }
      List<String> files = new ArrayList<>(d.demo());
      for (String rule : d.rules()) {
        for (Profile p : ps) {
          files.addAll(fixtures(rule, "fail-" + p.id()));
        }
      }
      files = files.stream().distinct().filter(f -> Files.isRegularFile(Path.of(f))).toList();
      if (files.isEmpty()) {
        b.append("*(belum ada contoh / no example yet)*\n\n");
        continue;
      }
      b.append("| Perintah / command |");
      ps.forEach(p -> b.append(" `").append(p.id()).append("` |"));
      b.append("\n|---|");
      ps.forEach(p -> b.append("---|"));
      b.append("\n");
      for (String f : files) {
        b.append("| `./sisker validate --profile <profil> ").append(f).append("` |");
        for (Profile p : ps) {
          b.append(" ").append(outcome(f, p.id(), d.rules())).append(" |");
        }
        b.append("\n");
      }
      b.append("\n");
    }
  }

  /** What sisker reports for the rules of interest when {@code file} runs under {@code profile}. */
  private String outcome(String file, String profile, List<String> rules) {
    Validation.Outcome o =
        runs.computeIfAbsent(
            file + "\u0000" + profile,
            k ->
                new Validation(
                        YamlLimits.DEFAULTS,
                        Path.of(""),
                        catalogue.profiles(),
                        Checks.engine(),
                        r -> true)
                    .withProfile(Optional.of(profile))
                    .validate(Path.of(file)));
    if (o.unusable()) {
      return "tidak terbaca / *unusable*";
    }
    Map<String, Integer> count = new TreeMap<>();
    java.util.Set<String> other = new java.util.TreeSet<>();
    for (Finding f : o.findings()) {
      if (f.isSuppressed()) {
        continue;
      }
      if (rules.contains(f.rule().value())) {
        count.merge(f.rule().value(), 1, Integer::sum);
      } else if (!f.rule().equals(RuleId.of("abaikan.tidak-terpakai"))) {
        other.add(f.rule().value());
      }
    }
    if (count.isEmpty()) {
      return other.isEmpty()
          ? "bersih"
          : "bersih; lain / *other*: "
              + other.stream().map(x -> "`" + x + "`").collect(Collectors.joining(", "));
    }
    return count.entrySet().stream()
        .map(e -> "`" + e.getKey() + "`" + (e.getValue() > 1 ? " ×" + e.getValue() : ""))
        .collect(Collectors.joining(", "));
  }

  private static String severity(RuleInfo r) {
    return r.severity().key() + (r.fatal() ? " (fatal)" : "");
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static String anchor(String id) {
    return id.replace(".", "");
  }
}
