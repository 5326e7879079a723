package id.sisker.bench.jmh;

import id.sisker.bench.SuratGenerator;
import id.sisker.letter.Surat;
import id.sisker.letter.docx.Templat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code letters} one-page team letters (surat perintah with a six-row member table, {@link
 * SuratGenerator}) rendered to DOCX by the compiled template, against a floor suited to letters (no
 * YAML is read here): the zip container alone, the first letter's own entries written again {@code
 * letters} times through {@code java.util.zip} at its defaults.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class SuratJmh {

  @Param({"1000"})
  public int letters;

  private List<Surat> surat;
  private Templat templat;
  private List<String> names;
  private List<byte[]> contents;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    surat = new ArrayList<>();
    for (int i = 0; i < letters; i++) {
      surat.add(SuratGenerator.surat(i));
    }
    templat = Templat.bawaan();
    names = new ArrayList<>();
    contents = new ArrayList<>();
    try (ZipInputStream z =
        new ZipInputStream(new ByteArrayInputStream(templat.tulis(surat.get(0))))) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        names.add(e.getName());
        contents.add(z.readAllBytes());
      }
    }
  }

  @Benchmark
  public long floorZip() throws IOException {
    Counting c = new Counting();
    for (int i = 0; i < letters; i++) {
      try (ZipOutputStream z = new ZipOutputStream(c)) {
        for (int k = 0; k < names.size(); k++) {
          z.putNextEntry(new ZipEntry(names.get(k)));
          z.write(contents.get(k));
          z.closeEntry();
        }
      }
    }
    return c.n;
  }

  @Benchmark
  public long docx() throws IOException {
    Counting c = new Counting();
    for (Surat s : surat) {
      templat.tulis(s, c);
    }
    return c.n;
  }

  /** Counts and drops what is written; closing it does nothing, so one serves every letter. */
  private static final class Counting extends OutputStream {
    long n;

    @Override
    public void write(int b) {
      n++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      n += len;
    }
  }
}
