package id.sisker.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a large, plausible daerah for the peta benchmarks: {@code pd} perangkat daerah of ten
 * bidang each, every bidang a head and its fungsional/pelaksana, most positions held (one NIP, one
 * pegawai record each). The same arguments give the same files. A second version ({@code variant}
 * true) moves every 100th jabatan to another bidang and transfers every 200th holder, so {@code
 * beda} has real work (moves and transfers stay inside a bidang's list).
 */
public final class PetaGenerator {

  private PetaGenerator() {}

  public static void write(Path dir, int jabatan, boolean variant) throws IOException {
    Files.createDirectories(dir.resolve("perangkat-daerah"));
    int perPd = 1000;
    int pds = Math.max(1, jabatan / perPd);
    Files.writeString(
        dir.resolve("daerah.yaml"),
        "sisker: 1\n"
            + "daerah:\n"
            + "  nama: Kabupaten Tolok Ukur\n"
            + "  jenis: kabupaten\n"
            + "  provinsi: Riau\n"
            + "  kode_wilayah: \"14.04\"\n"
            + "  ibukota: Tembilahan\n"
            + "  kepala_daerah:\n"
            + "    nama: TOLOK UKUR\n"
            + "    status: definitif\n"
            + "  profil: permenpanrb-7-2022\n"
            + "sertakan:\n"
            + "  - perangkat-daerah/\n",
        StandardCharsets.UTF_8);
    int serial = 0;
    for (int p = 0; p < pds; p++) {
      String pd = "pd" + p;
      Path file = dir.resolve("perangkat-daerah").resolve(pd + ".yaml");
      StringBuilder peg = new StringBuilder("pegawai:\n");
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write("perangkat_daerah:\n");
        w.write("  - id: " + pd + "\n    nama: Dinas Tolok Ukur " + p + "\n    jenis: dinas\n");
        w.write("    kepala: kadis\n    jabatan:\n");
        String nip = nip(serial++);
        w.write(
            "      - {id: kadis, nama: Kepala Dinas "
                + p
                + ", jenis: jpt_pratama, kelas: 14,"
                + " pemangku: [\""
                + nip
                + "\"]}\n");
        pegawai(peg, nip);
        w.write("    unit:\n");
        int perBidang = (perPd - 1) / 10;
        for (int b = 0; b < 10; b++) {
          w.write("      - id: bidang-" + b + "\n        nama: Bidang " + b + "\n");
          w.write("        jenis: bidang\n        kepala: kabid-" + b + "\n        jabatan:\n");
          nip = nip(serial++);
          w.write(
              "          - {id: kabid-"
                  + b
                  + ", nama: Kepala Bidang "
                  + b
                  + ", jenis: administrator, kelas: 11, atasan: kadis, pemangku: [\""
                  + nip
                  + "\"]}\n");
          pegawai(peg, nip);
          for (int j = 1; j < perBidang; j++) {
            int n = p * perPd + b * perBidang + j;
            int bidang = variant && n % 100 == 0 ? (b + 1) % 10 : b;
            // In the variant, a moved jabatan is written under the other bidang's head; its
            // unit stays (the entry is in the same list), so it is an atasan move.
            String atasan = "kabid-" + bidang;
            boolean held = n % 5 != 0;
            String pem = "";
            if (held) {
              nip = nip(serial++);
              // In the variant, every 200th holder trades places with the next position's.
              String shown = nip;
              if (variant && n % 200 == 1) {
                shown = nip(serial);
              } else if (variant && n % 200 == 2) {
                shown = nip(serial - 2);
              }
              pem = "\"" + shown + "\"";
              pegawai(peg, nip);
            }
            boolean fungsional = j % 3 == 0;
            w.write(
                "          - {id: j"
                    + j
                    + "-"
                    + b
                    + ", nama: "
                    + (fungsional ? "Analis Ahli Pertama " : "Pengadministrasi Perkantoran ")
                    + j
                    + ", jenis: "
                    + (fungsional
                        ? "fungsional, kategori: keahlian, jenjang: ahli_pertama, kelas: 8"
                        : "pelaksana, kelas: 6")
                    + ", kebutuhan: "
                    + (j % 7 == 0 ? 2 : 1)
                    + ", atasan: "
                    + atasan
                    + ", pemangku: ["
                    + pem
                    + "]}\n");
          }
        }
        w.write("\n");
        w.write(peg.toString());
      }
    }
  }

  /**
   * Writes into {@code to} a copy of the daerah {@link #write} put in {@code from} as a real pull
   * request changes it: three jabatan moved to another atasan and one person transferred to a
   * vacant jabatan of another perangkat daerah. Five files differ; every other file is a byte for
   * byte copy.
   */
  public static void writeUsulan(Path from, Path to) throws IOException {
    try (java.util.stream.Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    int pds;
    try (java.util.stream.Stream<Path> s = Files.list(to.resolve("perangkat-daerah"))) {
      pds = (int) s.count();
    }
    for (int k : new int[] {1, 4, 7}) {
      // Under the head of the neighbouring bidang: an atasan move, as in write's variant.
      edit(
          pd(to, k * pds / 10),
          "{id: j" + 10 * k + "-" + k + ",",
          "atasan: kabid-" + k + ",",
          "atasan: kabid-" + (k + 1) + ",");
    }
    // j1-0 is held (its number is not a multiple of five), j5-0 of the next one is vacant.
    Path dari = pd(to, 6 * pds / 10);
    Path ke = pd(to, (6 * pds / 10 + 1) % pds);
    String line = lineOf(dari, "{id: j1-0,");
    int open = line.indexOf("pemangku: [\"") + "pemangku: [\"".length();
    String nip = line.substring(open, line.indexOf('"', open));
    edit(dari, "{id: j1-0,", "pemangku: [\"" + nip + "\"]", "pemangku: []");
    edit(ke, "{id: j5-0,", "pemangku: []", "pemangku: [\"" + nip + "\"]");
  }

  private static Path pd(Path dir, int p) {
    return dir.resolve("perangkat-daerah").resolve("pd" + p + ".yaml");
  }

  private static String lineOf(Path file, String marker) throws IOException {
    for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (l.contains(marker)) {
        return l;
      }
    }
    throw new IllegalStateException(marker + " not in " + file);
  }

  /**
   * Replaces {@code from} by {@code to} in the one line of {@code file} containing {@code marker}.
   */
  private static void edit(Path file, String marker, String from, String to) throws IOException {
    String line = lineOf(file, marker);
    if (!line.contains(from)) {
      throw new IllegalStateException(from + " not in " + line);
    }
    String s = Files.readString(file, StandardCharsets.UTF_8);
    Files.writeString(file, s.replace(line, line.replace(from, to)), StandardCharsets.UTF_8);
  }

  private static void pegawai(StringBuilder peg, String nip) {
    LocalDate lahir =
        LocalDate.parse(
            nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8));
    peg.append("  - {nip: \"")
        .append(nip)
        .append("\", nama: Pegawai ")
        .append(nip.substring(14))
        .append(", golongan: III/a, jenis_kelamin: ")
        .append(nip.charAt(14) == '1' ? "L" : "P")
        .append(", tanggal_lahir: \"")
        .append(lahir)
        .append("\"}\n");
  }

  /** A structurally valid NIP: birth date, TMT at 25, sex digit, serial; unique per serial. */
  static String nip(int serial) {
    LocalDate lahir = LocalDate.of(1970, 1, 1).plusDays(serial / 900);
    int urut = serial % 900 + 1;
    String sex = urut % 2 == 0 ? "2" : "1";
    return String.format(
        "%04d%02d%02d%04d%02d%s%03d",
        lahir.getYear(),
        lahir.getMonthValue(),
        lahir.getDayOfMonth(),
        lahir.getYear() + 25,
        1,
        sex,
        urut);
  }
}
