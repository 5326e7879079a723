package id.sisker.rule.check;

import id.sisker.rule.Catalogue;
import id.sisker.rule.Check;
import id.sisker.rule.Engine;
import java.util.List;

/**
 * The explicit registry of checks, in the order they run. It lives beside the checks so that {@code
 * rule} (the engine and the interfaces checks implement) never imports {@code rule.check}.
 */
public final class Checks {

  private Checks() {}

  /** The engine with the rule catalogue and every check: what a validation runs. */
  public static Engine engine() {
    return new Engine(Catalogue.get(), all());
  }

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
