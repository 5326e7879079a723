package id.sisker.model;

/** A person a team refers to: a pegawai of the daerah by NIP, or a pihak luar by id. */
public sealed interface Orang {

  /** A pegawai of this daerah. */
  record PegawaiRef(String nip) implements Orang {
    @Override
    public String toString() {
      return nip;
    }
  }

  /** Someone from another instansi. */
  record PihakLuarRef(String id) implements Orang {
    @Override
    public String toString() {
      return id;
    }
  }
}
