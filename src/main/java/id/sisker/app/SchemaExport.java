package id.sisker.app;

import id.sisker.format.DaerahFormat;
import id.sisker.format.JsonSchema;

/** The JSON Schema of the daerah format. */
public final class SchemaExport {

  /** A stable identifier; the schema is served from the user's own copy, not from this address. */
  public static final String SCHEMA_ID = "urn:sisker:schema:daerah:" + DaerahFormat.VERSION;

  private SchemaExport() {}

  public static String daerahSchema(String lang) {
    return new JsonSchema(DaerahFormat.get(), lang).render(SCHEMA_ID);
  }
}
