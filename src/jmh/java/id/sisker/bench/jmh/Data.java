package id.sisker.bench.jmh;

import id.sisker.bench.DaerahSintetis;
import id.sisker.bench.EventParse;
import id.sisker.source.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The data of the JMH benchmarks: generated daerah under target/bench/jmh, reused once written. */
final class Data {

  private Data() {}

  /**
   * A synthetic daerah (see {@link DaerahSintetis}) in target/bench/jmh/NAME, written if absent.
   */
  static Path daerah(String name, int jabatan, int pd, long seed) throws IOException {
    Path dir = Path.of("target/bench/jmh").resolve(name).toAbsolutePath();
    Path done = dir.resolve(".selesai");
    if (!Files.exists(done)) {
      if (Files.exists(dir)) {
        try (var s = Files.walk(dir)) {
          for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      DaerahSintetis.write(dir, jabatan, pd, seed);
      Files.writeString(done, jabatan + " " + pd + " " + seed + "\n");
    }
    return dir;
  }

  /**
   * A daerah with many findings of several kinds, for the report writers: the synthetic daerah with
   * the pegawai of every second perangkat daerah removed (unknown NIPs) and kelas 6 written as 60
   * in every third perangkat daerah file (out of range).
   */
  static Path withFindings(int jabatan) throws IOException {
    Path dir = Path.of("target/bench/jmh").resolve("temuan-" + jabatan).toAbsolutePath();
    Path done = dir.resolve(".selesai");
    if (Files.exists(done)) {
      return dir;
    }
    Files.deleteIfExists(dir.resolve(".selesai"));
    Path src = daerah("daerah-" + jabatan, jabatan, pd(jabatan), 9);
    try (var s = Files.walk(src)) {
      for (Path p : s.sorted().toList()) {
        Path t = dir.resolve(src.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    List<Path> pegawai = sorted(dir.resolve("pegawai"));
    for (int i = 1; i < pegawai.size(); i += 2) {
      Files.delete(pegawai.get(i));
    }
    List<Path> pds = sorted(dir.resolve("perangkat-daerah"));
    for (int i = 0; i < pds.size(); i += 3) {
      String t = Files.readString(pds.get(i), StandardCharsets.UTF_8);
      Files.writeString(pds.get(i), t.replace("kelas: 6\n", "kelas: 60\n"), StandardCharsets.UTF_8);
    }
    Files.writeString(done, jabatan + "\n");
    return dir;
  }

  private static List<Path> sorted(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** The perangkat daerah count for {@code jabatan}: the issue's 23, fewer for small daerah. */
  static int pd(int jabatan) {
    return Math.max(1, Math.min(DaerahSintetis.PD_ISSUE, jabatan / 400));
  }

  static List<String> texts(List<SourceFile> files) {
    List<String> out = new ArrayList<>(files.size());
    for (SourceFile f : files) {
      try {
        out.add(Files.readString(f.path(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The floor: the bare snakeyaml event parse of the same texts, one thread. */
  static long floor(List<String> texts) {
    long n = 0;
    for (String t : texts) {
      n += EventParse.parse(t);
    }
    return n;
  }
}
