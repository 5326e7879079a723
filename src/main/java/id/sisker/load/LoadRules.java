package id.sisker.load;

import id.sisker.finding.RuleId;

/** The ids of the problems found while loading. Their metadata is in the rule catalogue. */
public final class LoadRules {

  private LoadRules() {}

  public static final RuleId INPUT_MISSING = RuleId.of("masukan.tidak-ada");
  public static final RuleId NO_ROOT = RuleId.of("masukan.tanpa-akar");
  public static final RuleId NOT_ROOT = RuleId.of("masukan.bukan-akar");
  public static final RuleId INCLUDE_NO_MATCH = RuleId.of("sertakan.tidak-cocok");
  public static final RuleId INCLUDE_OUTSIDE = RuleId.of("sertakan.di-luar");
  public static final RuleId INCLUDE_ROOT_KEY = RuleId.of("sertakan.kunci-akar");
  public static final RuleId NOT_INCLUDED = RuleId.of("sertakan.terlewat");
  public static final RuleId TOO_MANY_FILES = RuleId.of("sertakan.terlalu-banyak");
  public static final RuleId DUPLICATE_ID = RuleId.of("id.ganda");
  public static final RuleId DUPLICATE_NIP = RuleId.of("nip.unik");
  public static final RuleId REF_JABATAN = RuleId.of("ref.jabatan");
  public static final RuleId REF_UNIT = RuleId.of("ref.unit");
  public static final RuleId REF_PEGAWAI = RuleId.of("ref.pegawai");
  public static final RuleId REF_PIHAK_LUAR = RuleId.of("ref.pihak-luar");
  public static final RuleId PENUGASAN_TUJUAN = RuleId.of("penugasan.tujuan");
  public static final RuleId PENUGASAN_LINGKUP = RuleId.of("penugasan.lingkup");
  public static final RuleId PENUGASAN_ASAL = RuleId.of("penugasan.asal");
  public static final RuleId KEPALA_SEBUTAN = RuleId.of("daerah.sebutan-kepala");
}
