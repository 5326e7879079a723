package id.sisker.diagram;

import id.sisker.model.JabatanId;
import id.sisker.model.Penugasan;
import id.sisker.model.TimKerja;
import java.util.List;

/**
 * To whom a team's ketua, or a pegawai on an individual assignment, reports under the active
 * profile: one entry per clause of the profile's {@code pelaporan.ketua} or {@code
 * pelaporan.individu}. The use case supplies it from the same resolution the rules use, so a
 * diagram draws what the check accepts; the diagram never decides it.
 */
public interface ReportingLines {

  /**
   * A clause and the positions that play its roles for the team, nearest first.
   *
   * @param peran the role keys, as the profile writes them
   */
  record Line(List<String> peran, String sitasi, boolean mengikat, List<JabatanId> who) {
    public Line {
      peran = List.copyOf(peran);
      who = List.copyOf(who);
    }
  }

  List<Line> ketua(TimKerja t);

  List<Line> individu(Penugasan p);

  /** No profile: nothing to draw beyond what the data records. */
  ReportingLines NONE =
      new ReportingLines() {
        @Override
        public List<Line> ketua(TimKerja t) {
          return List.of();
        }

        @Override
        public List<Line> individu(Penugasan p) {
          return List.of();
        }
      };
}
