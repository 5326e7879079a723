package id.sisker.load;

import id.sisker.finding.Finding;
import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.yaml.FileNodes;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * Reads and parses a daerah's files on every core while the caller consumes them in order. Reading
 * is most of the cost of validating a large daerah, and the files are independent until the model
 * is built; what the caller sees is the same, in the same order, as reading one after another.
 */
final class FileReads {

  /**
   * One file's outcome: its tree and how to find its nodes again once the tree is let go, or the
   * finding that says why it could not be read.
   */
  record Read(Optional<YamlDocument> document, List<Finding> findings, FileNodes nodes) {

    static Read failed(Finding f) {
      return new Read(Optional.empty(), List.of(f), null);
    }
  }

  private FileReads() {}

  /** Enough files in flight to keep the cores busy, few enough that memory does not pile up. */
  private static final int AHEAD = Math.max(2, 2 * threads());

  private static int threads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  private static final class Pool {
    static final ExecutorService POOL = create();

    private static ExecutorService create() {
      AtomicInteger n = new AtomicInteger();
      return Executors.newFixedThreadPool(
          threads(),
          r -> {
            Thread t = new Thread(r, "sisker-baca-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
          });
    }
  }

  /** The reads of {@code files}, in their order; each is started a few files ahead of need. */
  static Iterator<Read> start(List<SourceFile> files, YamlLimits limits) {
    return start(files, limits, null, (f, r) -> r);
  }

  /**
   * As {@link #start(List, YamlLimits)}, taking the trees another load of the run has already
   * parsed from {@code shared} when it is given (ADR 80), and doing {@code then} with each read on
   * the thread that read it: what the caller takes from a file is made there, in parallel, and the
   * file's tree can die young (ADR 88).
   */
  static <T> Iterator<T> start(
      List<SourceFile> files,
      YamlLimits limits,
      ParseCache.Use shared,
      BiFunction<SourceFile, Read, T> then) {
    if (files.size() <= 1 || threads() == 1) {
      return files.stream()
          .map(f -> then.apply(f, shared == null ? read(f, limits) : shared.readNow(f, limits)))
          .iterator();
    }
    return new Iterator<>() {
      private final Deque<CompletableFuture<T>> pending = new ArrayDeque<>();
      private int next;

      @Override
      public boolean hasNext() {
        return next < files.size() || !pending.isEmpty();
      }

      @Override
      public T next() {
        while (pending.size() < AHEAD && next < files.size()) {
          SourceFile f = files.get(next++);
          pending.add(
              shared == null
                  ? CompletableFuture.supplyAsync(() -> then.apply(f, read(f, limits)), Pool.POOL)
                  : CompletableFuture.completedFuture(f)
                      .thenComposeAsync(x -> shared.read(x, limits), Pool.POOL)
                      .thenApplyAsync(r -> then.apply(f, r), Pool.POOL));
        }
        CompletableFuture<T> head = pending.poll();
        if (head == null) {
          throw new NoSuchElementException();
        }
        try {
          return head.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          // Not a problem of the file (those are findings): an error of the run itself, such as
          // running out of memory, which the command reports as it would on this thread.
          Throwable c = e.getCause();
          if (c instanceof Error err) {
            throw err;
          }
          if (c instanceof RuntimeException re) {
            throw re;
          }
          throw new IllegalStateException(c);
        }
      }
    };
  }

  private static Read read(SourceFile f, YamlLimits limits) {
    try {
      FileNodes.Read r = FileNodes.read(f, limits);
      return new Read(Optional.of(r.document()), r.document().findings(), r.nodes());
    } catch (UnreadableInputException e) {
      return Read.failed(e.finding());
    }
  }
}
