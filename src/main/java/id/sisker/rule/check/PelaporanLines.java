package id.sisker.rule.check;

import id.sisker.model.Indeks;
import id.sisker.model.JabatanId;
import id.sisker.model.Penugasan;
import id.sisker.model.TimKerja;
import id.sisker.profile.Facts;
import id.sisker.profile.Org;
import id.sisker.profile.Peran;
import id.sisker.profile.Profile;
import id.sisker.profile.Roles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * To whom a team's ketua, or a pegawai on an individual assignment, reports under a profile,
 * resolved exactly as {@link PelaporanCheck} resolves it: each {@code pelaporan.ketua} or {@code
 * pelaporan.individu} entry's roles, turned into positions of the daerah. Diagrams draw these
 * lines, so the picture and the check can never disagree.
 */
public final class PelaporanLines {

  /**
   * One clause of the profile and the positions that play its roles for the team, nearest first.
   *
   * @param mengikat whether the clause is binding (false: only tolerated)
   */
  public record Line(List<Peran> peran, String sitasi, boolean mengikat, List<JabatanId> who) {
    public Line {
      peran = List.copyOf(peran);
      who = List.copyOf(who);
    }
  }

  private final Roles roles;

  public PelaporanLines(Indeks ix) {
    this.roles = new Roles(new Org(ix));
  }

  /** The profile's reporting lines for {@code t}'s ketua, in the profile's order. */
  public List<Line> ketua(Profile p, TimKerja t) {
    return lines(p.pelaporanKetua(), r -> roles.of(r, t));
  }

  /** The profile's reporting lines for the pegawai of assignment {@code a}. */
  public List<Line> individu(Profile p, Penugasan a) {
    return lines(p.pelaporanIndividu(), r -> roles.of(r, a));
  }

  private static List<Line> lines(
      List<Facts.Peranan> entries, java.util.function.Function<Peran, Set<JabatanId>> roles) {
    List<Line> out = new ArrayList<>();
    for (Facts.Peranan e : entries) {
      Set<JabatanId> who = new LinkedHashSet<>();
      e.peran().forEach(r -> who.addAll(roles.apply(r)));
      out.add(
          new Line(e.peran(), e.ketentuan().sitasi(), e.ketentuan().mengikat(), List.copyOf(who)));
    }
    return out;
  }
}
