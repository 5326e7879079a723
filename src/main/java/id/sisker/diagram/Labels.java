package id.sisker.diagram;

/**
 * What node labels show and whether findings are drawn.
 *
 * @param anonim jabatan only: no names, no NIP (for public charts)
 * @param kelas the kelas jabatan
 * @param bk bezetting and kebutuhan (B/K)
 * @param temuan outline positions with findings red or amber
 */
public record Labels(boolean anonim, boolean kelas, boolean bk, boolean temuan) {

  public static final Labels DEFAULT = new Labels(false, false, false, true);
}
