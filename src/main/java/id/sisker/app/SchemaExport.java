package id.sisker.app;

import id.sisker.format.DaerahFormat;
import id.sisker.format.JsonSchema;
import id.sisker.format.PemetaanFormat;
import id.sisker.format.ProfileFormat;

/** The JSON Schemas of the daerah format and of the regulation-profile format. */
public final class SchemaExport {

  /** A stable identifier; the schema is served from the user's own copy, not from this address. */
  public static final String SCHEMA_ID = "urn:sisker:schema:daerah:" + DaerahFormat.VERSION;

  private SchemaExport() {}

  public static String daerahSchema(String lang) {
    return new JsonSchema(DaerahFormat.get(), lang).render(SCHEMA_ID);
  }

  /** Identifier of the profile schema. */
  public static final String PROFILE_SCHEMA_ID = "urn:sisker:schema:profil:1";

  /** For editor completion while writing a daerah's own profile (docs/profiles.md). */
  public static String profileSchema(String lang) {
    return new JsonSchema(ProfileFormat.get(), lang).render(PROFILE_SCHEMA_ID);
  }

  /** Identifier of the schema of {@code sisker impor --pemetaan} files. */
  public static final String PEMETAAN_SCHEMA_ID = "urn:sisker:schema:pemetaan:1";

  /** For editor completion while writing a column mapping for {@code sisker impor}. */
  public static String pemetaanSchema(String lang) {
    return new JsonSchema(PemetaanFormat.get(), lang).render(PEMETAAN_SCHEMA_ID);
  }
}
