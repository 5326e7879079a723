package id.sisker.rule.check;

import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.model.JenisKelamin;
import id.sisker.model.Nip;
import id.sisker.model.Pegawai;
import id.sisker.model.StatusPegawai;
import id.sisker.rule.Check;
import id.sisker.rule.Context;
import id.sisker.rule.Emitter;
import id.sisker.source.NodePath;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The parts of each pegawai's NIP (Perka BKN 22/2007): 18 digits; a real birth date agreeing with
 * tanggal_lahir; a TMT CPNS month after birth; a sex digit agreeing with jenis_kelamin. No check
 * depends on today's date, so the same file gives the same findings on any day.
 */
public final class NipCheck implements Check {

  static final RuleId FORMAT = RuleId.of("nip.format");
  static final RuleId LAHIR = RuleId.of("nip.tanggal-lahir");
  static final RuleId TMT = RuleId.of("nip.tmt-cpns");
  static final RuleId USIA = RuleId.of("nip.usia-pengangkatan");
  static final RuleId KELAMIN = RuleId.of("nip.jenis-kelamin");

  private static final int MIN_BIRTH_YEAR = 1940;

  @Override
  public List<RuleId> rules() {
    return List.of(FORMAT, LAHIR, TMT, USIA, KELAMIN);
  }

  @Override
  public void run(Context ctx, Emitter out) {
    for (Pegawai g : ctx.daerah().pegawai()) {
      String d = g.nip();
      if (!digitsOnly(d) || d.length() != 18) {
        // A path only where there is something to report: most NIPs are fine.
        format(g, out);
        continue;
      }
      check(g, d, out);
    }
  }

  private static boolean digitsOnly(String d) {
    for (int i = 0; i < d.length(); i++) {
      if (!Character.isDigit(d.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Reports an NIP that is not 18 digits. */
  private static void format(Pegawai g, Emitter out) {
    NodePath at = at(g);
    String d = g.nip();
    if (!digitsOnly(d)) {
      out.report(FORMAT, at, Message.of("nip.format.angka", d), Message.of("nip.format.saran"));
    } else if (d.length() == 9) {
      out.report(FORMAT, at, Message.of("nip.format.lama", d), Message.of("nip.format.lama.saran"));
    } else {
      out.report(
          FORMAT,
          at,
          Message.of("nip.format.panjang", d, d.length()),
          Message.of("nip.format.saran"));
    }
  }

  /** Where a finding about the NIP itself points. */
  private static NodePath at(Pegawai g) {
    return Paths.pegawai(g.nip()).key("nip");
  }

  /** The checks of an 18-digit NIP. */
  private static void check(Pegawai g, String d, Emitter out) {
    Nip nip = new Nip(d);
    if (nip.urutan() == 0) {
      out.report(
          FORMAT,
          at(g),
          Message.of("nip.format.urutan", nip.display()),
          Message.of("nip.format.saran"));
    }
    Optional<LocalDate> lahir = nip.tanggalLahir();
    if (lahir.isEmpty() || lahir.get().getYear() < MIN_BIRTH_YEAR) {
      out.report(
          LAHIR,
          at(g),
          Message.of("nip.tanggal-lahir", nip.display(), d.substring(0, 8)),
          Message.of("nip.tanggal-lahir.saran"));
    } else if (g.tanggalLahir().isPresent() && !g.tanggalLahir().get().equals(lahir.get())) {
      out.report(
          LAHIR,
          Paths.pegawai(g.nip()).key("tanggal_lahir"),
          Message.of("nip.tanggal-lahir.beda", g.tanggalLahir().get(), nip.display(), lahir.get()),
          Message.of("nip.tanggal-lahir.beda.saran"));
    }
    int tahun = nip.tahunPengangkatan();
    if (g.status() == StatusPegawai.PNS) {
      int bulan = nip.bulanPengangkatan();
      if (bulan < 1 || bulan > 12) {
        out.report(
            TMT,
            at(g),
            Message.of("nip.tmt-cpns.bulan", nip.display(), String.format("%02d", bulan)),
            Message.of("nip.tmt-cpns.saran"));
      } else if (lahir.isPresent() && lahir.get().getYear() >= MIN_BIRTH_YEAR) {
        LocalDate tmt = LocalDate.of(tahun, bulan, 1);
        if (!tmt.isAfter(lahir.get())) {
          out.report(
              TMT,
              at(g),
              Message.of("nip.tmt-cpns.sebelum-lahir", nip.display()),
              Message.of("nip.tmt-cpns.saran"));
        } else {
          int usia = fullYears(lahir.get(), tmt);
          if (usia < 18 || usia > 45) {
            out.report(
                USIA,
                at(g),
                Message.of("nip.usia-pengangkatan", nip.display(), usia),
                Message.of("nip.usia-pengangkatan.saran"));
          }
        }
      }
    } else if (lahir.isPresent()
        && lahir.get().getYear() >= MIN_BIRTH_YEAR
        && tahun <= lahir.get().getYear()) {
      out.report(
          TMT,
          at(g),
          Message.of("nip.tmt-cpns.pppk", nip.display(), tahun),
          Message.of("nip.tmt-cpns.saran"));
    }
    Optional<JenisKelamin> kode = nip.jenisKelamin();
    if (kode.isEmpty()) {
      out.report(
          KELAMIN,
          at(g),
          Message.of("nip.jenis-kelamin.kode", nip.display(), nip.kodeJenisKelamin()),
          Message.of("nip.jenis-kelamin.saran"));
    } else if (g.jenisKelamin() != null && kode.get() != g.jenisKelamin()) {
      out.report(
          KELAMIN,
          Paths.pegawai(g.nip()).key("jenis_kelamin"),
          Message.of(
              "nip.jenis-kelamin.beda",
              g.jenisKelamin().key(),
              nip.display(),
              nip.kodeJenisKelamin(),
              kode.get().key()),
          Message.of("nip.jenis-kelamin.saran"));
    }
  }

  /**
   * Whole years from {@code from} to a later {@code to}: what {@code Period.between(from,
   * to).getYears()} gives, without making a Period for each of a daerah's pegawai.
   */
  static int fullYears(LocalDate from, LocalDate to) {
    int years = to.getYear() - from.getYear();
    if (to.getMonthValue() < from.getMonthValue()
        || to.getMonthValue() == from.getMonthValue()
            && to.getDayOfMonth() < from.getDayOfMonth()) {
      years--;
    }
    return years;
  }
}
