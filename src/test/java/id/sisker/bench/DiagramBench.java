package id.sisker.bench;

import id.sisker.app.Rendering;
import id.sisker.app.Validation;
import id.sisker.finding.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The diagram benchmark of docs/performance.md: generates a perangkat daerah of 1,000 jabatan and
 * times, in fresh JVMs ({@code java -jar target/sisker.jar}), DOT and SVG with each engine, and the
 * whole Indragiri Hilir example with {@code --semua}, against {@code sisker validate} of the same
 * input in the same run as the baseline. Run from the project root:
 *
 * <pre>
 * mvn -B -q -DskipTests package && java -cp target/test-classes:target/sisker.jar id.sisker.bench.DiagramBench
 * </pre>
 */
public final class DiagramBench {

  private DiagramBench() {}

  static final int JABATAN = 1000;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target/bench");
    Path besar = dir.resolve("besar.yaml");
    Files.createDirectories(dir);
    Files.writeString(besar, generate(JABATAN), StandardCharsets.UTF_8);
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    boolean dot = id.sisker.diagram.render.Renderer.findDot(System.getenv()).isPresent();

    System.out.printf(Locale.ROOT, "in-process, warm (median of %d):%n", 5);
    System.out.printf(
        Locale.ROOT,
        "| %-58s | %8s |%n",
        "1,000 jabatan: load + validate + kedudukan DOT",
        ms(inProcess(besar, 5)));
    double[] parts = graphOnly(besar, 5);
    System.out.printf(
        Locale.ROOT, "| %-58s | %8s |%n", "  of which load + validate (baseline)", ms(parts[0]));
    System.out.printf(
        Locale.ROOT, "| %-58s | %8s |%n", "  of which kedudukan graph + DOT text", ms(parts[1]));

    System.out.printf(
        Locale.ROOT, "%nfresh JVM, java -jar target/sisker.jar (median of %d):%n", runs);
    List<String[]> rows = new ArrayList<>();
    String in = besar.toString();
    String out = "target/bench/";
    Row base = new Row("validate (baseline)", null, "validate", in, "--fail-on", "never");
    rows.add(base.run(runs));
    String[] k = {"--pd", "besar", "--view", "kedudukan"};
    rows.add(
        new Row("kedudukan → DOT", base, cat("diagram", in, k, "-o", out + "k.dot")).run(runs));
    rows.add(
        new Row(
                "kedudukan → Mermaid",
                base,
                cat("diagram", in, k, "--format", "mermaid", "-o", out + "k.mmd"))
            .run(runs));
    rows.add(
        new Row(
                "kedudukan → SVG, --engine embedded",
                base,
                cat(
                    "diagram",
                    in,
                    k,
                    "--format",
                    "svg",
                    "--engine",
                    "embedded",
                    "-o",
                    out + "k.svg"))
            .run(runs));
    if (dot) {
      rows.add(
          new Row(
                  "kedudukan → SVG, --engine dot",
                  base,
                  cat("diagram", in, k, "--format", "svg", "--engine", "dot", "-o", out + "kd.svg"))
              .run(runs));
    }
    String ih = "examples/indragiri-hilir";
    Row ihBase =
        new Row("Indragiri Hilir: validate (baseline)", null, "validate", ih, "--fail-on", "never");
    rows.add(ihBase.run(runs));
    rows.add(
        new Row(
                "Indragiri Hilir --semua, 5 views, SVG, embedded",
                ihBase,
                "diagram",
                ih,
                "--semua",
                "--format",
                "svg",
                "--engine",
                "embedded",
                "--out",
                out + "ih")
            .run(runs));
    if (dot) {
      rows.add(
          new Row(
                  "Indragiri Hilir --semua, 5 views, SVG, dot",
                  ihBase,
                  "diagram",
                  ih,
                  "--semua",
                  "--format",
                  "svg",
                  "--engine",
                  "dot",
                  "--out",
                  out + "ihd")
              .run(runs));
    }
    System.out.printf(
        Locale.ROOT,
        "| %-50s | %8s | %8s | %8s | %8s |%n",
        "what",
        "wall s",
        "× base",
        "CPU s",
        "× base");
    System.out.printf(
        Locale.ROOT, "|%s|---------:|---------:|---------:|---------:|%n", "-".repeat(52));
    for (String[] r : rows) {
      System.out.printf(Locale.ROOT, "| %-50s | %8s | %8s | %8s | %8s |%n", (Object[]) r);
    }
  }

  private static String[] cat(String command, String input, String[] scope, String... more) {
    List<String> a = new ArrayList<>(List.of(command, input));
    a.addAll(List.of(scope));
    a.addAll(List.of(more));
    return a.toArray(String[]::new);
  }

  /** One measured command; its ratios are taken against {@code base}, measured before it. */
  private static final class Row {
    final String what;
    final Row base;
    final String[] args;
    double wall;
    double cpuSeconds;

    Row(String what, Row base, String... args) {
      this.what = what;
      this.base = base;
      this.args = args;
    }

    String[] run(int runs) throws IOException, InterruptedException {
      List<String> a = new ArrayList<>(List.of(args));
      if (a.get(0).equals("validate")) {
        a.add("--format=json=target/bench/validate.json");
      }
      a.add("--force");
      wall = median(runs, a.toArray(String[]::new));
      cpuSeconds = cpu;
      Row b = base == null ? this : base;
      return new String[] {
        what, s(wall), ratio(wall, b.wall), s(cpuSeconds), ratio(cpuSeconds, b.cpuSeconds)
      };
    }
  }

  private static String s(double seconds) {
    return String.format(Locale.ROOT, "%.2f", seconds);
  }

  private static String ms(double seconds) {
    return String.format(Locale.ROOT, "%.0f ms", seconds * 1000);
  }

  private static String ratio(double a, double base) {
    return String.format(Locale.ROOT, "%.1f", a / base);
  }

  /** Validation and the kedudukan DOT of the big perangkat daerah, in this JVM. */
  private static double inProcess(Path input, int runs) throws Exception {
    double[] t = new double[runs + 2];
    for (int i = 0; i < t.length; i++) {
      long start = System.nanoTime();
      Rendering r =
          new Rendering(
              Validation.standard(Optional.empty(), Path.of("").toAbsolutePath()),
              Messages.forLanguage("id"),
              Map.of());
      Rendering.Result res =
          r.draw(
              input,
              new Rendering.Request(
                  List.of("kedudukan"),
                  "dot",
                  Optional.of("besar"),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  false,
                  false,
                  false,
                  true,
                  "embedded"));
      if (res.drawings().isEmpty()) {
        throw new IllegalStateException("nothing drawn");
      }
      t[i] = (System.nanoTime() - start) / 1e9;
    }
    double[] warm = Arrays.copyOfRange(t, 2, t.length);
    Arrays.sort(warm);
    return warm[warm.length / 2];
  }

  /** Medians of validation alone and of building the graph and its DOT from the validated model. */
  private static double[] graphOnly(Path input, int runs) {
    double[] v = new double[runs + 2];
    double[] g = new double[runs + 2];
    for (int i = 0; i < v.length; i++) {
      long start = System.nanoTime();
      Validation.Outcome o =
          Validation.standard(Optional.empty(), Path.of("").toAbsolutePath()).validate(input);
      long mid = System.nanoTime();
      id.sisker.diagram.Diagrams d =
          new id.sisker.diagram.Diagrams(
              o.load().daerah().orElseThrow(),
              o.findings(),
              id.sisker.diagram.ReportingLines.NONE,
              false,
              id.sisker.diagram.Labels.DEFAULT,
              Messages.forLanguage("id"));
      String dot =
          id.sisker.diagram.dot.DotWriter.write(
              d.build(id.sisker.diagram.View.KEDUDUKAN, id.sisker.diagram.Scope.pd("besar")));
      if (dot.isEmpty()) {
        throw new IllegalStateException();
      }
      v[i] = (mid - start) / 1e9;
      g[i] = (System.nanoTime() - mid) / 1e9;
    }
    double[] vw = Arrays.copyOfRange(v, 2, v.length);
    double[] gw = Arrays.copyOfRange(g, 2, g.length);
    Arrays.sort(vw);
    Arrays.sort(gw);
    return new double[] {vw[vw.length / 2], gw[gw.length / 2]};
  }

  /**
   * The median wall-clock seconds of {@code runs} fresh JVMs; the median CPU seconds (user +
   * system, which another program's load barely changes) go to {@link #cpu}.
   */
  private static double median(int runs, String... args) throws IOException, InterruptedException {
    double[] wall = new double[runs];
    double[] used = new double[runs];
    StringBuilder cmd =
        new StringBuilder("TIMEFORMAT='%R %U %S'; { time java -jar target/sisker.jar");
    for (String a : args) {
      cmd.append(' ').append(a);
    }
    cmd.append(" > /dev/null 2>&1; } 2>&1");
    for (int i = 0; i < runs; i++) {
      Process p =
          new ProcessBuilder("bash", "-c", cmd.toString()).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(out + ": " + cmd);
      }
      String[] t = out.substring(out.lastIndexOf('\n') + 1).split(" ", -1);
      wall[i] = Double.parseDouble(t[0]);
      used[i] = Double.parseDouble(t[1]) + Double.parseDouble(t[2]);
    }
    Arrays.sort(wall);
    Arrays.sort(used);
    cpu = used[runs / 2];
    return wall[runs / 2];
  }

  /** The CPU seconds of the last {@link #median} call. */
  private static double cpu;

  /**
   * A perangkat daerah of {@code n} jabatan: a kepala, a sekretariat and nine bidang, four seksi
   * under each, and JF and pelaksana under the Sekretaris and Kepala Bidang, coordinated by the
   * seksi heads; every position held by one pegawai with a valid NIP.
   */
  static String generate(int n) {
    StringBuilder y = new StringBuilder();
    List<String> nips = new ArrayList<>();
    y.append("sisker: 1\ndaerah:\n  nama: Kabupaten Uji\n  jenis: kabupaten\n  provinsi: Riau\n")
        .append(
            "  kode_wilayah: \"14.99\"\n  ibukota: Uji\n  kepala_daerah:\n    nama: Kepala Uji\n")
        .append("  profil: permenpanrb-7-2022\nperangkat_daerah:\n  - id: besar\n")
        .append("    nama: Dinas Besar\n    jenis: dinas\n    kepala: kadis\n    jabatan:\n");
    y.append(
            "      - {id: kadis, nama: Kepala Dinas Besar, jenis: jpt_pratama, kelas: 14, pemangku: [\"")
        .append(nip(nips))
        .append("\"]}\n    unit:\n");
    int left = n - 1 - 10 * 5;
    for (int b = 0; b < 10; b++) {
      String bid = b == 0 ? "sekretariat" : "bidang-" + b;
      String head = b == 0 ? "sekdis" : "kabid-" + b;
      y.append("      - id: ")
          .append(bid)
          .append("\n        nama: ")
          .append(b == 0 ? "Sekretariat" : "Bidang Urusan " + b)
          .append("\n        jenis: ")
          .append(b == 0 ? "sekretariat" : "bidang")
          .append("\n        kepala: ")
          .append(head)
          .append("\n        jabatan:\n");
      y.append("          - {id: ")
          .append(head)
          .append(", nama: ")
          .append(b == 0 ? "Sekretaris Dinas" : "Kepala Bidang Urusan " + b)
          .append(", jenis: administrator, kelas: 12, atasan: kadis, pemangku: [\"")
          .append(nip(nips))
          .append("\"]}\n");
      int staff = left / 10 + (b < left % 10 ? 1 : 0);
      for (int s = 0; s < staff; s++) {
        boolean jf = s % 2 == 0;
        String koord = (b == 0 ? "kasubbag-" : "kasi-" + b + "-") + (s % 4 + 1);
        y.append("          - {id: staf-")
            .append(b)
            .append('-')
            .append(s)
            .append(
                jf
                    ? ", nama: Analis Kebijakan Ahli Pertama, jenis: fungsional, kategori: keahlian, jenjang: ahli_pertama, kelas: 8"
                    : ", nama: Pengadministrasi Perkantoran, jenis: pelaksana, kelas: 5")
            .append(", atasan: ")
            .append(head)
            .append(", koordinator: ")
            .append(koord)
            .append(", pemangku: [\"")
            .append(nip(nips))
            .append("\"]}\n");
      }
      y.append("        unit:\n");
      for (int s = 1; s <= 4; s++) {
        String sid = (b == 0 ? "subbag-" : "seksi-" + b + "-") + s;
        String kasi = (b == 0 ? "kasubbag-" : "kasi-" + b + "-") + s;
        y.append("          - id: ")
            .append(sid)
            .append("\n            nama: ")
            .append(b == 0 ? "Subbagian " + s : "Seksi " + b + "." + s)
            .append("\n            jenis: ")
            .append(b == 0 ? "subbagian" : "seksi")
            .append("\n            kepala: ")
            .append(kasi)
            .append("\n            jabatan:\n")
            .append("              - {id: ")
            .append(kasi)
            .append(", nama: Kepala ")
            .append(b == 0 ? "Subbagian " + s : "Seksi " + b + "." + s)
            .append(", jenis: pengawas, kelas: 9, atasan: ")
            .append(head)
            .append(", pemangku: [\"")
            .append(nip(nips))
            .append("\"]}\n");
      }
    }
    y.append("pegawai:\n");
    for (int i = 0; i < nips.size(); i++) {
      y.append("  - {nip: \"")
          .append(nips.get(i))
          .append("\", nama: Pegawai Uji ")
          .append(i + 1)
          .append(", jenis_kelamin: L}\n");
    }
    return y.toString();
  }

  /** A valid, unique NIP: born 1970-01-01 plus i days, CPNS 2000-01, male, sequence 001. */
  private static String nip(List<String> nips) {
    java.time.LocalDate born = java.time.LocalDate.of(1970, 1, 1).plusDays(nips.size() * 7L);
    String s =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d%04d%02d1%03d",
            born.getYear(),
            born.getMonthValue(),
            born.getDayOfMonth(),
            2000,
            1,
            1 + nips.size() % 999);
    nips.add(s);
    return s;
  }
}
