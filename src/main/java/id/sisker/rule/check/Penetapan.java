package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.CaraPenugasan;
import id.sisker.model.Dasar;
import id.sisker.model.JabatanId;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.Lingkup;
import id.sisker.profile.Bentuk;
import id.sisker.profile.Facts;
import id.sisker.profile.Peran;
import id.sisker.profile.Profile;
import id.sisker.profile.Roles;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may set an assignment or a team and by which instrument (TGS-004…TGS-006, SKR-003): the
 * profile's entries for the form, scope and mode; the instrument must be one they name and the
 * issuer must hold one of the roles the same entry names.
 */
final class Penetapan {

  static final RuleId INSTRUMEN = RuleId.of("penugasan.instrumen");
  static final RuleId PENETAP = RuleId.of("penugasan.penetap");

  private Penetapan() {}

  static void check(
      Emitter out,
      Profile p,
      Bentuk bentuk,
      Lingkup lingkup,
      CaraPenugasan cara,
      Dasar dasar,
      Function<List<Peran>, Set<JabatanId>> roles,
      NodePath at) {
    List<Facts.Penetapan> entries =
        p.penetapan().stream().filter(e -> e.appliesTo(bentuk, lingkup, cara)).toList();
    if (entries.isEmpty()) {
      return; // the regulation names no instrument for this case
    }
    List<Facts.Penetapan> withInstrument =
        entries.stream().filter(e -> e.instrumen().contains(dasar.jenis())).toList();
    if (withInstrument.isEmpty()) {
      Set<JenisInstrumen> allowed = new LinkedHashSet<>();
      entries.forEach(e -> allowed.addAll(e.instrumen()));
      out.report(
          INSTRUMEN,
          at.key("jenis"),
          Message.of(
              "penugasan.instrumen", dasar.jenis().key(), bentuk.key(), lingkup.key(), cara.key()),
          Message.of(
              "penugasan.instrumen.saran",
              allowed.stream().map(JenisInstrumen::key).collect(Collectors.joining(", "))),
          entries.get(0).ketentuan());
      return;
    }
    Facts.Penetapan tolerated = null;
    for (Facts.Penetapan e : withInstrument) {
      if (roles.apply(e.penetap()).contains(dasar.penetap())) {
        if (e.ketentuan().mengikat()) {
          return;
        }
        tolerated = e;
      }
    }
    if (tolerated != null) {
      // Allowed only by a clause another clause of the same regulation contradicts.
      out.report(
          INSTRUMEN,
          at.key("jenis"),
          Message.of(
              "penugasan.instrumen.toleransi",
              dasar.jenis().key(),
              dasar.penetap(),
              bentuk.key(),
              lingkup.key()),
          Message.of(
              "penugasan.instrumen.saran",
              entries.stream()
                  .filter(e -> e.ketentuan().mengikat())
                  .flatMap(e -> e.instrumen().stream())
                  .distinct()
                  .map(JenisInstrumen::key)
                  .collect(Collectors.joining(", "))),
          Pertentangan.of(
              tolerated.ketentuan(), entries.stream().map(Facts.Penetapan::ketentuan).toList()));
      return;
    }
    Facts.Penetapan first = withInstrument.get(0);
    Set<JabatanId> who = roles.apply(first.penetap());
    out.report(
        PENETAP,
        at.key("penetap"),
        Message.of(
            "penugasan.penetap", dasar.penetap(), dasar.jenis().key(), bentuk.key(), lingkup.key()),
        Message.of("penugasan.penetap.saran", Roles.describe(first.penetap(), who)),
        first.ketentuan());
  }
}
