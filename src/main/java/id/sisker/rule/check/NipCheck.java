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
import java.time.Period;
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
      NodePath at = Paths.pegawai(g.nip()).key("nip");
      String d = g.nip();
      if (!d.chars().allMatch(Character::isDigit)) {
        out.report(FORMAT, at, Message.of("nip.format.angka", d), Message.of("nip.format.saran"));
        continue;
      }
      if (d.length() == 9) {
        out.report(
            FORMAT, at, Message.of("nip.format.lama", d), Message.of("nip.format.lama.saran"));
        continue;
      }
      if (d.length() != 18) {
        out.report(
            FORMAT,
            at,
            Message.of("nip.format.panjang", d, d.length()),
            Message.of("nip.format.saran"));
        continue;
      }
      Nip nip = new Nip(d);
      if (nip.urutan() == 0) {
        out.report(
            FORMAT,
            at,
            Message.of("nip.format.urutan", nip.display()),
            Message.of("nip.format.saran"));
      }
      Optional<LocalDate> lahir = nip.tanggalLahir();
      if (lahir.isEmpty() || lahir.get().getYear() < MIN_BIRTH_YEAR) {
        out.report(
            LAHIR,
            at,
            Message.of("nip.tanggal-lahir", nip.display(), d.substring(0, 8)),
            Message.of("nip.tanggal-lahir.saran"));
      } else if (g.tanggalLahir().isPresent() && !g.tanggalLahir().get().equals(lahir.get())) {
        out.report(
            LAHIR,
            Paths.pegawai(g.nip()).key("tanggal_lahir"),
            Message.of(
                "nip.tanggal-lahir.beda", g.tanggalLahir().get(), nip.display(), lahir.get()),
            Message.of("nip.tanggal-lahir.beda.saran"));
      }
      int tahun = nip.tahunPengangkatan();
      if (g.status() == StatusPegawai.PNS) {
        int bulan = nip.bulanPengangkatan();
        if (bulan < 1 || bulan > 12) {
          out.report(
              TMT,
              at,
              Message.of("nip.tmt-cpns.bulan", nip.display(), String.format("%02d", bulan)),
              Message.of("nip.tmt-cpns.saran"));
        } else if (lahir.isPresent() && lahir.get().getYear() >= MIN_BIRTH_YEAR) {
          LocalDate tmt = LocalDate.of(tahun, bulan, 1);
          if (!tmt.isAfter(lahir.get())) {
            out.report(
                TMT,
                at,
                Message.of("nip.tmt-cpns.sebelum-lahir", nip.display()),
                Message.of("nip.tmt-cpns.saran"));
          } else {
            int usia = Period.between(lahir.get(), tmt).getYears();
            if (usia < 18 || usia > 45) {
              out.report(
                  USIA,
                  at,
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
            at,
            Message.of("nip.tmt-cpns.pppk", nip.display(), tahun),
            Message.of("nip.tmt-cpns.saran"));
      }
      Optional<JenisKelamin> kode = nip.jenisKelamin();
      if (kode.isEmpty()) {
        out.report(
            KELAMIN,
            at,
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
  }
}
