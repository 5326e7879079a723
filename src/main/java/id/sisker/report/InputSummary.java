package id.sisker.report;

/**
 * What one input (one daerah) was: how much was read and under which profile.
 *
 * @param input the path as the user gave it
 * @param daerah the name of the daerah, empty if it could not be read
 * @param profile the profile id, empty if none
 */
public record InputSummary(
    String input,
    String daerah,
    String profile,
    int files,
    int perangkatDaerah,
    int jabatan,
    int pegawai,
    boolean usable) {}
