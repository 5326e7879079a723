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
    return equals(KEPALA_DAERAH);
  }

  @Override
  public int compareTo(JabatanId o) {
    return toString().compareTo(o.toString());
  }

  @Override
  public String toString() {
    return pd.isEmpty() ? id : pd + "/" + id;
  }
}
