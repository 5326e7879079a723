package id.sisker.diagram;

import java.util.List;

/**
 * Colours shared by every renderer, so DOT, Mermaid and the HTML legend agree: fills per node kind,
 * outline colours of the findings overlay, and the unit colours of team views.
 */
public final class Style {

  private Style() {}

  public static final String ERROR = "#c00000";
  public static final String WARNING = "#e69500";

  /** Pastel fills for the home units of team members, reused in turn beyond ten units. */
  public static final List<String> UNIT_COLOURS =
      List.of(
          "#fde9d9", "#e2efda", "#ddebf7", "#fff2cc", "#ead1dc", "#d9d2e9", "#d0e0e3", "#fce5cd",
          "#c9daf8", "#f4cccc");

  public static String unitColour(int index) {
    return UNIT_COLOURS.get(index % UNIT_COLOURS.size());
  }

  public static String fill(Graph.Shape s) {
    return switch (s) {
      case KEPALA -> "#bdd7ee";
      case UNIT, STRUKTURAL -> "#deebf7";
      case SUBUNIT -> "#f3f8fc";
      case KECAMATAN, KELURAHAN -> "#e2f0d9";
      case UPT -> "#fff2cc";
      case UNIT_JF, FUNGSIONAL -> "#fbe5d6";
      case KELOMPOK -> "#ffffff";
      case PELAKSANA -> "#ededed";
      case KEPALA_DAERAH -> "#9dc3e6";
      case ORANG -> "#ffffff";
      case PIHAK_LUAR, INSTANSI -> "#f2f2f2";
    };
  }

  public static String edgeColour(Graph.EdgeKind k) {
    return switch (k) {
      case ATASAN, SUBUNIT, KELOMPOK -> "#404040";
      case KOORDINATOR -> "#a6a6a6";
      case PENILAI -> "#2e75b6";
      case ANGGOTA -> "#548235";
      case MELAPOR -> "#375623";
      case MELAPOR_TERCATAT -> ERROR;
      case PENANGGUNG_JAWAB -> "#7030a0";
      case PENUGASAN -> "#2e75b6";
      case PENUGASAN_TIM -> "#548235";
    };
  }

  public static String markColour(Graph.Mark m) {
    return switch (m) {
      case ERROR -> ERROR;
      case WARNING -> WARNING;
      case NONE -> "#404040";
    };
  }
}
