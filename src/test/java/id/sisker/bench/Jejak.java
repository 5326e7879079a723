package id.sisker.bench;

import id.sisker.app.Validation;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The footprint of validating one daerah in this JVM: bytes allocated by every thread and the heap
 * still in use while the outcome is held. Both are counts, not times, so they can be compared on a
 * busy machine; allocation and the live set are what the garbage collector pays for.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) id.sisker.bench.Jejak DIR [ROUNDS]
 * </pre>
 */
public final class Jejak {

  private Jejak() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    threads.setThreadAllocatedMemoryEnabled(true);
    var memory = ManagementFactory.getMemoryMXBean();
    Validation v = Validation.standard(Optional.empty(), Path.of("").toAbsolutePath());
    for (int r = 0; r < rounds; r++) {
      System.gc();
      long before = allocated(threads);
      Validation.Outcome o = v.validate(dir);
      long after = allocated(threads);
      System.gc();
      long live = memory.getHeapMemoryUsage().getUsed();
      System.out.printf(
          "round %d: allocated %,d MB, live while held %,d MB, %d findings%n",
          r + 1, (after - before) >> 20, live >> 20, o.findings().size());
    }
  }

  /** Bytes allocated so far by every live thread (GrowthTest counts the same way). */
  static long allocated(com.sun.management.ThreadMXBean threads) {
    long sum = 0;
    for (long a : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      // -1: a thread that ended between the two calls.
      sum += Math.max(0, a);
    }
    return sum;
  }
}
