package id.sisker.format;

/** What a scalar field holds, which decides how it is checked and how the schema describes it. */
public enum ScalarKind {
  /** Free text; must be a YAML string (quote numbers and {@code yes}/{@code no}). */
  TEXT,
  /** An id: lower-case letters, digits, '-' and '_', starting with a letter or digit. */
  ID,
  /** A reference to an id, optionally qualified by the perangkat daerah: {@code pd/id}. */
  REF,
  /** A code written with digits and separators (kode wilayah, nomor surat); string or number. */
  CODE,
  /** An NIP or NI PPPK: 18 digits, spaces allowed for readability; string or integer. */
  NIP,
  /** A reference to a person: an NIP of a pegawai or the id of a pihak luar. */
  PERSON,
  INTEGER,
  BOOLEAN,
  /** A calendar date written {@code YYYY-MM-DD}. */
  DATE,
  /** One of a fixed list of values. */
  ENUM
}
