package id.sisker.profile;

import id.sisker.model.CaraPenugasan;
import id.sisker.model.JenisInstrumen;
import id.sisker.model.JenisJabatan;
import id.sisker.model.JenisUnit;
import id.sisker.model.Lingkup;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The typed facts a profile may state, one record per kind of clause. */
public final class Facts {

  private Facts() {}

  /**
   * An unmodifiable copy that keeps the given order. {@code Set.copyOf} iterates in an order that
   * changes from one JVM run to the next, which would make messages listing these values differ.
   */
  static <T> Set<T> ordered(Set<T> s) {
    return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(s));
  }

  /** Kinds of position a clause allows. */
  public record Jenis(
      Set<JenisJabatan> jenis,
      boolean fungsionalPenyetaraan,
      boolean fungsionalKepalaMandiri,
      Ketentuan ketentuan) {
    public Jenis {
      jenis = Facts.ordered(jenis);
    }
  }

  /** Roles a clause allows. */
  public record Peranan(List<Peran> peran, Ketentuan ketentuan) {
    public Peranan {
      peran = List.copyOf(peran);
    }
  }

  /** Scopes a clause allows. */
  public record Cakupan(Set<Lingkup> lingkup, Ketentuan ketentuan) {
    public Cakupan {
      lingkup = Facts.ordered(lingkup);
    }
  }

  /** Forms and scopes for which contents are required (empty forms: all). */
  public record Isi(Set<Bentuk> bentuk, Set<Lingkup> lingkup, Ketentuan ketentuan) {
    public Isi {
      bentuk = Facts.ordered(bentuk);
      lingkup = Facts.ordered(lingkup);
    }

    public boolean appliesTo(Bentuk b, Lingkup l) {
      return (bentuk.isEmpty() || bentuk.contains(b)) && lingkup.contains(l);
    }
  }

  /**
   * A placement: positions of the groups in {@code untuk} (jenjang keys, keahlian, keterampilan,
   * fungsional, pelaksana) sit under a superior of one of {@code atasan}'s kinds, heading a unit of
   * one of {@code unitAtasan}'s kinds (any, when empty) or, where the data records that superior as
   * a position of the parent unit rather than the head of a sub-unit (a Sekretaris Camat, a
   * Kasubbag), whose position name begins with one of {@code namaAtasan}.
   */
  public record Kedudukan(
      Set<String> untuk,
      Set<JenisJabatan> atasan,
      Set<JenisUnit> unitAtasan,
      List<String> namaAtasan,
      boolean hanyaTanpaPengawas,
      Ketentuan ketentuan) {
    public Kedudukan {
      untuk = Facts.ordered(untuk);
      atasan = Facts.ordered(atasan);
      unitAtasan = Facts.ordered(unitAtasan);
      namaAtasan = List.copyOf(namaAtasan);
    }
  }

  /** Checkable facts of a structure model; absent facts are not checked. */
  public record Fakta(
      Set<JenisJabatan> kepala,
      Optional<Integer> subbagianSekretariat,
      Optional<Integer> seksiPerBidang,
      Optional<Integer> subbagianPerBagian,
      List<SubbagianBagian> subbagianBagian,
      List<IndukUnit> indukUnit,
      boolean tanpaFungsional,
      boolean pengawasKoordinator,
      String sitasi) {
    public Fakta {
      kepala = Facts.ordered(kepala);
      subbagianBagian = List.copyOf(subbagianBagian);
      indukUnit = List.copyOf(indukUnit);
    }
  }

  /**
   * Where a unit of kind {@code jenis} sits: directly inside a unit (or perangkat daerah) of one of
   * the kinds {@code induk} (a Bagian inside an Asisten, a Seksi inside the Kecamatan itself).
   */
  public record IndukUnit(String jenis, Set<String> induk) {
    public IndukUnit {
      induk = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(induk));
    }
  }

  /** The number of Subbagian a Bagian of this name has, where one Bagian differs from the rest. */
  public record SubbagianBagian(String bagian, int jumlah) {}

  /** Valid instruments and issuers for forms, scopes and (when given) modes. */
  public record Penetapan(
      Set<Bentuk> bentuk,
      Set<Lingkup> lingkup,
      Set<CaraPenugasan> cara,
      Set<JenisInstrumen> instrumen,
      List<Peran> penetap,
      Ketentuan ketentuan) {
    public Penetapan {
      bentuk = Facts.ordered(bentuk);
      lingkup = Facts.ordered(lingkup);
      cara = Facts.ordered(cara);
      instrumen = Facts.ordered(instrumen);
      penetap = List.copyOf(penetap);
    }

    public boolean appliesTo(Bentuk b, Lingkup l, CaraPenugasan c) {
      return bentuk.contains(b) && lingkup.contains(l) && (cara.isEmpty() || cara.contains(c));
    }
  }

  /** Addressee and copies of a request to involve staff, for scopes and (when given) modes. */
  public record Alur(
      Set<Lingkup> lingkup,
      Set<CaraPenugasan> cara,
      List<Peran> kepada,
      List<Peran> tembusan,
      Ketentuan ketentuan) {
    public Alur {
      lingkup = Facts.ordered(lingkup);
      cara = Facts.ordered(cara);
      kepada = List.copyOf(kepada);
      tembusan = List.copyOf(tembusan);
    }

    public boolean appliesTo(Lingkup l, CaraPenugasan c) {
      return lingkup.contains(l) && (cara.isEmpty() || cara.contains(c));
    }
  }

  /** Where the lead of a cross team preferably comes from: the owning unit, or also its PD. */
  public record Pemilik(boolean perangkatDaerah, Ketentuan ketentuan) {}

  /** An adjustment of the rules matching {@code pola} (an id, or a pattern with *). */
  public record Penyesuaian(
      String pola,
      Optional<id.sisker.finding.Severity> keparahan,
      boolean nonaktif,
      Optional<String> sitasi,
      Optional<String> catatan) {

    public boolean matches(String ruleId) {
      return id.sisker.finding.RulePattern.matches(pola, ruleId);
    }
  }

  /** How the daerah words its assignment letters; absent values take the defaults of the letter. */
  public record Surat(
      Optional<String> klasifikasi,
      Optional<String> diktum,
      Optional<String> ditetapkanDi,
      Optional<String> padaTanggal,
      List<Tembusan> tembusan) {
    public Surat {
      tembusan = List.copyOf(tembusan);
    }

    public static final Surat KOSONG =
        new Surat(
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());
  }

  /** Copies of a surat perintah for forms and scopes (empty forms: all). */
  public record Tembusan(
      Set<Bentuk> bentuk, Set<Lingkup> lingkup, List<Peran> kepada, Optional<String> sitasi) {
    public Tembusan {
      bentuk = Facts.ordered(bentuk);
      lingkup = Facts.ordered(lingkup);
      kepada = List.copyOf(kepada);
    }

    public boolean appliesTo(Bentuk b, Lingkup l) {
      return (bentuk.isEmpty() || bentuk.contains(b)) && lingkup.contains(l);
    }
  }
}
