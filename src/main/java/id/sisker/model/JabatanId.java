package id.sisker.model;

import java.util.Objects;

/**
 * A position's address: the perangkat daerah it belongs to and its id there, written {@code pd/id}.
 * The Kepala Daerah, who is not in any perangkat daerah's peta jabatan, is {@link #KEPALA_DAERAH}.
 */
public record JabatanId(String pd, String id) implements Comparable<JabatanId> {

  /** The reference word for the Bupati / Wali Kota. */
  public static final String KEPALA_DAERAH_KEY = "kepala_daerah";

  public static final JabatanId KEPALA_DAERAH = new JabatanId("", KEPALA_DAERAH_KEY);

  public JabatanId {
    Objects.requireNonNull(pd, "pd");
    Objects.requireNonNull(id, "id");
  }

  public boolean isKepalaDaerah() {
    return pd.isEmpty() && id.equals(KEPALA_DAERAH_KEY);
  }

  // Written out: the record's generated equals/hashCode go through method handles, and these ids
  // are hash keys in every index (a measurable share of a 100,000-jabatan validation).
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof JabatanId j && id.equals(j.id) && pd.equals(j.pd);
  }

  @Override
  public int hashCode() {
    return Ids.hash(pd.hashCode(), id.hashCode());
  }

  @Override
  public int compareTo(JabatanId o) {
    // The order of the written form "pd/id", without building it.
    return Ids.compare(pd, id, o.pd, o.id);
  }

  @Override
  public String toString() {
    return pd.isEmpty() ? id : pd + "/" + id;
  }
}
