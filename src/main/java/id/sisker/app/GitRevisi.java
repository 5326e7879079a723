package id.sisker.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A daerah folder as it was at a git revision, written into a temporary folder with the git command
 * line ({@code rev-parse}, {@code ls-tree}, {@code cat-file --batch}); the working tree and the
 * index are never touched. The caller deletes the folder with {@link #hapus}.
 */
public final class GitRevisi {

  /** Why the old version could not be had; {@code kind} selects the message. */
  public static final class Gagal extends Exception {
    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
      GIT_TIDAK_ADA,
      BUKAN_REPO,
      REVISI_SALAH,
      TIDAK_ADA_DI_REVISI,
      PATH_TIDAK_ADA
    }

    private final Kind kind;
    private final String detail;

    Gagal(Kind kind, String detail) {
      super(kind + ": " + detail);
      this.kind = kind;
      this.detail = detail;
    }

    public Kind kind() {
      return kind;
    }

    public String detail() {
      return detail;
    }
  }

  /**
   * The materialised version.
   *
   * @param root the temporary folder (delete it)
   * @param input the daerah path inside it
   * @param repoRoot the repository's top folder, so file names read as in the working tree
   */
  public record Hasil(Path root, Path input, Path repoRoot) {}

  private GitRevisi() {}

  public static Hasil ambil(Path input, String rev) throws Gagal, IOException {
    if (rev.isBlank() || rev.startsWith("-")) {
      throw new Gagal(Gagal.Kind.REVISI_SALAH, rev);
    }
    Path abs = input.toAbsolutePath().normalize();
    if (!Files.exists(abs)) {
      throw new Gagal(Gagal.Kind.PATH_TIDAK_ADA, String.valueOf(input));
    }
    Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new Gagal(Gagal.Kind.BUKAN_REPO, String.valueOf(input));
    }
    Result top = git(dir, null, "rev-parse", "--show-toplevel");
    if (top.code != 0) {
      throw new Gagal(Gagal.Kind.BUKAN_REPO, top.err().strip());
    }
    Path repo = Path.of(top.out().strip()).toRealPath();
    Path rel = repo.relativize(abs.toRealPath());
    Result verify = git(repo, null, "rev-parse", "--verify", "--quiet", rev + "^{commit}");
    if (verify.code != 0) {
      throw new Gagal(Gagal.Kind.REVISI_SALAH, rev);
    }
    String commit = verify.out().strip();
    String spec = rel.toString().isEmpty() ? "." : rel.toString().replace('\\', '/');
    Result tree = git(repo, null, "ls-tree", "-r", "-z", "--full-tree", commit, "--", spec);
    if (tree.code != 0) {
      throw new Gagal(Gagal.Kind.TIDAK_ADA_DI_REVISI, tree.err().strip());
    }
    List<String[]> blobs = new ArrayList<>();
    for (String entry : tree.out().split("\0", -1)) {
      int tab = entry.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = entry.substring(0, tab).split(" ", -1);
      // Regular files only: no symlinks (120000) or submodules.
      if (meta.length == 3 && meta[1].equals("blob") && meta[0].startsWith("100")) {
        blobs.add(new String[] {meta[2], entry.substring(tab + 1)});
      }
    }
    if (blobs.isEmpty()) {
      throw new Gagal(Gagal.Kind.TIDAK_ADA_DI_REVISI, rev + ":" + spec);
    }
    Path root = Files.createTempDirectory("sisker-beda-");
    try {
      StringBuilder ids = new StringBuilder();
      blobs.forEach(b -> ids.append(b[0]).append('\n'));
      Result cat =
          git(repo, ids.toString().getBytes(StandardCharsets.US_ASCII), "cat-file", "--batch");
      if (cat.code != 0) {
        throw new Gagal(Gagal.Kind.TIDAK_ADA_DI_REVISI, cat.err().strip());
      }
      byte[] data = cat.bytes();
      int at = 0;
      for (String[] b : blobs) {
        int nl = indexOf(data, (byte) '\n', at);
        String[] header = new String(data, at, nl - at, StandardCharsets.US_ASCII).split(" ", -1);
        int size = Integer.parseInt(header[2]);
        Path target = root.resolve(b[1]).normalize();
        if (!target.startsWith(root)) {
          throw new IOException("path leaves the folder: " + b[1]);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, java.util.Arrays.copyOfRange(data, nl + 1, nl + 1 + size));
        at = nl + 1 + size + 1;
      }
      return new Hasil(root, root.resolve(spec).normalize(), repo);
    } catch (IOException | Gagal | RuntimeException e) {
      hapus(root);
      throw e;
    }
  }

  /** Deletes a folder made by {@link #ambil}, whatever is in it. */
  public static void hapus(Path root) throws IOException {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int indexOf(byte[] a, byte b, int from) {
    for (int i = from; i < a.length; i++) {
      if (a[i] == b) {
        return i;
      }
    }
    throw new IllegalStateException("unexpected end of git cat-file output");
  }

  @SuppressWarnings("ArrayRecordComponent") // a process result, never compared
  private record Result(int code, byte[] bytes, String err) {
    String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private static Result git(Path dir, byte[] input, String... args) throws Gagal, IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("git");
    cmd.add("-C");
    cmd.add(dir.toString());
    cmd.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(cmd).start();
    } catch (IOException e) {
      throw new Gagal(Gagal.Kind.GIT_TIDAK_ADA, String.valueOf(e.getMessage()));
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Thread errReader = new Thread(() -> copy(p.getErrorStream(), err));
    errReader.start();
    if (input != null) {
      Thread writer =
          new Thread(
              () -> {
                try (OutputStream o = p.getOutputStream()) {
                  o.write(input);
                } catch (IOException e) {
                  // git ended early; its exit code and stderr tell why
                }
              });
      writer.start();
    } else {
      p.getOutputStream().close();
    }
    byte[] out = p.getInputStream().readAllBytes();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("git did not finish: " + String.join(" ", args));
      }
      errReader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted");
    }
    return new Result(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try {
      in.transferTo(out);
    } catch (IOException e) {
      // the process ended; what was read is kept
    }
  }
}
