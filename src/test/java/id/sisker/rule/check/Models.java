package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.Daerah;
import id.sisker.model.Golongan;
import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisDaerah;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisKelamin;
import id.sisker.model.JenisPerangkatDaerah;
import id.sisker.model.JenisUnit;
import id.sisker.model.KepalaDaerah;
import id.sisker.model.Pegawai;
import id.sisker.model.PerangkatDaerah;
import id.sisker.model.StatusJabatan;
import id.sisker.model.StatusPegawai;
import id.sisker.model.Unit;
import id.sisker.model.UnitId;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.source.NodePath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small daerah built in code, for checks whose edge cases YAML fixtures express poorly. */
final class Models {

  static final String PD = "dishub";

  private Models() {}

  /** What a check reported. */
  record Reported(RuleId rule, NodePath path, Message message, List<NodePath> related) {}

  static JabatanId id(String jabatan) {
    return new JabatanId(PD, jabatan);
  }

  /** A pelaksana in the top unit of the perangkat daerah with {@code atasan} (or none). */
  static Jabatan jabatan(String id, String atasan) {
    return jabatan(id, atasan, UnitId.root(PD), 1, List.of());
  }

  /** A pelaksana in {@code unit} with kebutuhan {@code k} and these holders. */
  static Jabatan jabatan(String id, String atasan, UnitId unit, int k, List<String> pemangku) {
    return new Jabatan(
        id(id),
        unit,
        id,
        JenisJabatan.PELAKSANA,
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        k,
        Optional.ofNullable(atasan).map(Models::id),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        pemangku,
        Optional.empty());
  }

  /** A unit directly below the top unit, headed by {@code kepala}. */
  static Unit unit(String id, String kepala) {
    return new Unit(
        UnitId.of(PD, id),
        id,
        Optional.of(JenisUnit.BIDANG),
        Optional.of(UnitId.root(PD)),
        Optional.ofNullable(kepala).map(Models::id),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  static Pegawai pegawai(String nip, StatusPegawai status, JenisKelamin jk, LocalDate lahir) {
    return new Pegawai(
        nip,
        status,
        "Pegawai " + nip,
        Optional.empty(),
        Optional.empty(),
        Optional.<Golongan>empty(),
        Optional.empty(),
        jk,
        Optional.ofNullable(lahir));
  }

  /** A daerah with one perangkat daerah headed by {@code kepala}, holding {@code jabatan}. */
  static Daerah daerah(String kepala, List<Jabatan> jabatan, List<Pegawai> pegawai) {
    return daerah(kepala, List.of(), jabatan, pegawai);
  }

  /** As {@link #daerah(String, List, List)}, with units below the top unit. */
  static Daerah daerah(
      String kepala, List<Unit> units, List<Jabatan> jabatan, List<Pegawai> pegawai) {
    Unit root =
        new Unit(
            UnitId.root(PD),
            "Dinas Perhubungan",
            Optional.empty(),
            Optional.empty(),
            Optional.ofNullable(kepala).map(Models::id),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    PerangkatDaerah pd =
        new PerangkatDaerah(
            PD,
            "Dinas Perhubungan",
            Optional.empty(),
            JenisPerangkatDaerah.DINAS,
            Optional.of("model-i"),
            Optional.empty(),
            java.util.stream.Stream.concat(java.util.stream.Stream.of(root), units.stream())
                .toList(),
            jabatan,
            Optional.empty(),
            Optional.empty());
    KepalaDaerah kd =
        new KepalaDaerah(
            "Bupati",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            StatusJabatan.DEFINITIF);
    return new Daerah(
        "Kabupaten Indragiri Hilir",
        JenisDaerah.KABUPATEN,
        "Riau",
        "14.04",
        "Tembilahan",
        kd,
        "indragiri-hilir",
        List.of(pd),
        pegawai,
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  /** Runs {@code check} over {@code d} (without a profile) and returns what it reported. */
  static List<Reported> run(Check check, Daerah d) {
    Context ctx = new Context(d, new Indeks(d), Optional.empty(), List.of());
    List<Reported> out = new ArrayList<>();
    check.run(
        ctx,
        (rule, path, message, hint, related, basis) ->
            out.add(new Reported(rule, path, message, related)));
    return out;
  }
}
