package id.sisker.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.sisker.app.Validation;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing quadratic creeps back into validation (issue 9, part 4): validating a synthetic daerah of
 * ten times the jabatan may cost at most twelve times the bytes allocated. It counts work, not
 * time, so a busy machine does not make it flaky: allocated bytes of every live thread (the JVM's
 * per-thread counters, so parallel file parsing is counted too), the minimum of two runs after a
 * warm-up. Both daerah have the same five perangkat daerah, so a perangkat daerah of ten times the
 * jabatan is also covered.
 */
class GrowthTest {

  static final int N = 500;
  static final double MAX_RATIO = 12.0;

  @TempDir Path tmp;

  @Test
  void tenTimesTheJabatanCostAtMostTwelveTimesTheAllocations() throws IOException {
    com.sun.management.ThreadMXBean threads = threads();
    DaerahSintetis.write(tmp.resolve("n"), N, 5, 1);
    DaerahSintetis.write(tmp.resolve("10n"), 10 * N, 5, 1);
    Validation v = Validation.standard(Optional.empty(), tmp);
    long small = Long.MAX_VALUE;
    long large = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) { // warm-up: the code paths of both sizes are the same
      allocated(threads, v, tmp.resolve("n"));
    }
    for (int run = 0; run < 2; run++) {
      small = Math.min(small, allocated(threads, v, tmp.resolve("n")));
      large = Math.min(large, allocated(threads, v, tmp.resolve("10n")));
    }
    double ratio = (double) large / small;
    String what =
        String.format(
            Locale.ROOT,
            "validate %,d jabatan: %,d bytes allocated; %,d jabatan: %,d bytes; ratio %.2f",
            N,
            small,
            10 * N,
            large,
            ratio);
    System.out.println("GrowthTest: " + what);
    assertTrue(ratio <= MAX_RATIO, what + " (at most " + MAX_RATIO + ")");
    // A sanity check that the counter saw the work: ten times the data is not free either.
    assertTrue(ratio >= 3, what);
  }

  /** Bytes allocated by all live threads while validating {@code dir} (no finding expected). */
  private static long allocated(com.sun.management.ThreadMXBean threads, Validation v, Path dir) {
    long before = Jejak.allocated(threads);
    Validation.Outcome o = v.validate(dir);
    long after = Jejak.allocated(threads);
    assertEquals(List.of(), o.findings());
    return after - before;
  }

  private static com.sun.management.ThreadMXBean threads() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t)
        || !t.isThreadAllocatedMemorySupported()) {
      assumeTrue(false, "this JVM does not count allocated bytes per thread");
      throw new AssertionError();
    }
    t.setThreadAllocatedMemoryEnabled(true);
    return t;
  }
}
