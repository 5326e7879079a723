package id.sisker.rule;

import id.sisker.rule.check.BezettingCheck;
import id.sisker.rule.check.DokumenCheck;
import id.sisker.rule.check.JabatanGandaCheck;
import id.sisker.rule.check.JenjangCheck;
import id.sisker.rule.check.KedudukanCheck;
import id.sisker.rule.check.KedudukanUnitCheck;
import id.sisker.rule.check.NipCheck;
import id.sisker.rule.check.OrganisasiCheck;
import id.sisker.rule.check.PangkatGolonganCheck;
import id.sisker.rule.check.PelaporanCheck;
import id.sisker.rule.check.PelibatanCheck;
import id.sisker.rule.check.PenempatanCheck;
import id.sisker.rule.check.PenilaiCheck;
import id.sisker.rule.check.PenugasanCheck;
import id.sisker.rule.check.ProfilCheck;
import id.sisker.rule.check.StrukturCheck;
import id.sisker.rule.check.TimCheck;
import id.sisker.rule.check.TugasRutinCheck;
import id.sisker.rule.check.UnitKepalaCheck;
import java.util.List;

/** The explicit registry of checks, in the order they run. */
public final class Checks {

  private Checks() {}

  public static List<Check> all() {
    return List.of(
        new ProfilCheck(),
        new NipCheck(),
        new PangkatGolonganCheck(),
        new JabatanGandaCheck(),
        new KedudukanCheck(),
        new UnitKepalaCheck(),
        new BezettingCheck(),
        new JenjangCheck(),
        new OrganisasiCheck(),
        new StrukturCheck(),
        new PenempatanCheck(),
        new KedudukanUnitCheck(),
        new PenilaiCheck(),
        new PenugasanCheck(),
        new TimCheck(),
        new TugasRutinCheck(),
        new PelibatanCheck(),
        new PelaporanCheck(),
        new DokumenCheck());
  }
}
