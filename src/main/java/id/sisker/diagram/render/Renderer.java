package id.sisker.diagram.render;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.Graphviz;
import guru.nidi.graphviz.engine.Rasterizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns DOT into SVG or PNG with one engine, chosen once. The embedded engine is graphviz-java's
 * J2V8 engine, chosen explicitly (its GraalJS and Nashorn engines take 20-50 s a render); a system
 * {@code dot} is run directly with the DOT on standard input, so no temporary files are left.
 */
public final class Renderer {

  private final Engine engine;
  private final Optional<Path> dot;
  private final Path cacheDir;

  private Renderer(Engine engine, Optional<Path> dot, Path cacheDir) {
    this.engine = engine;
    this.dot = dot;
    this.cacheDir = cacheDir;
  }

  /**
   * The renderer for {@code requested}: {@code auto} takes a system {@code dot} when the PATH has
   * one, else the embedded engine.
   *
   * @param cacheDir where the embedded engine's native library is unpacked
   */
  public static Renderer of(Engine requested, Map<String, String> env, Path cacheDir)
      throws RenderException {
    Optional<Path> dot = findDot(env);
    return switch (requested) {
      case DOT -> {
        if (dot.isEmpty()) {
          throw new RenderException("diagram.mesin.dot-tidak-ada");
        }
        yield new Renderer(Engine.DOT, dot, cacheDir);
      }
      case EMBEDDED -> new Renderer(Engine.EMBEDDED, Optional.empty(), cacheDir);
      case AUTO -> new Renderer(dot.isPresent() ? Engine.DOT : Engine.EMBEDDED, dot, cacheDir);
    };
  }

  /** The engine actually used: {@code embedded} or {@code dot}. */
  public Engine engine() {
    return engine;
  }

  /** The default cache folder: {@code SISKER_CACHE}, else {@code sisker} under the temp folder. */
  public static Path defaultCache(Map<String, String> env) {
    String c = env.get("SISKER_CACHE");
    if (c != null && !c.isBlank()) {
      return Path.of(c);
    }
    String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
    return Path.of(System.getProperty("java.io.tmpdir"), "sisker-" + user);
  }

  /** {@code dot} (or {@code dot.exe}) on the PATH, if any. */
  public static Optional<Path> findDot(Map<String, String> env) {
    String path = env.getOrDefault("PATH", env.getOrDefault("Path", ""));
    for (String dir : path.split(File.pathSeparator, -1)) {
      if (dir.isBlank()) {
        continue;
      }
      for (String name : List.of("dot", "dot.exe")) {
        Path p = Path.of(dir, name);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  public String svg(String dotSource) throws RenderException {
    if (engine == Engine.DOT) {
      return new String(runDot(dotSource, "svg"), StandardCharsets.UTF_8);
    }
    startEmbedded();
    try {
      return Graphviz.fromString(dotSource).notValidating().render(Format.SVG).toString();
    } catch (RuntimeException e) {
      throw new RenderException("diagram.mesin.gagal", String.valueOf(e.getMessage()));
    }
  }

  public byte[] png(String dotSource) throws RenderException {
    if (engine == Engine.DOT) {
      return runDot(dotSource, "png");
    }
    startEmbedded();
    try {
      String family = "font-family=\"" + sansSerif() + "\"";
      BufferedImage img =
          Graphviz.fromString(dotSource)
              .notValidating()
              .scale(1.5)
              .postProcessor(
                  (result, options, processOptions) ->
                      result.mapString(
                          svg -> svg.replace("font-family=\"Helvetica,sans-Serif\"", family)))
              .rasterize(Rasterizer.SALAMANDER)
              .toImage();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      javax.imageio.ImageIO.write(img, "png", out);
      return out.toByteArray();
    } catch (IOException | RuntimeException e) {
      throw new RenderException("diagram.mesin.gagal", String.valueOf(e.getMessage()));
    }
  }

  /**
   * The installed font closest to Helvetica's metrics, for the PNG rasteriser (which, given a font
   * it lacks, falls back to a serif one): Helvetica, Arial, Nimbus Sans or Liberation Sans, else
   * Java's logical sans-serif font.
   */
  static String sansSerif() {
    java.util.Set<String> installed =
        java.util.Set.of(
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                .getAvailableFontFamilyNames(java.util.Locale.ROOT));
    for (String f :
        List.of("Helvetica", "Arial", "Nimbus Sans", "Nimbus Sans L", "Liberation Sans")) {
      if (installed.contains(f)) {
        return f;
      }
    }
    return "SansSerif";
  }

  private static boolean started;

  private synchronized void startEmbedded() throws RenderException {
    if (started) {
      return;
    }
    System.setProperty("java.awt.headless", "true");
    NativeV8.load(cacheDir);
    try {
      Path scratch = cacheDir.resolve("j2v8-" + NativeV8.VERSION);
      Graphviz.useEngine(new FreshV8Engine(scratch.toString()));
    } catch (RuntimeException e) {
      throw new RenderException("diagram.mesin.gagal", String.valueOf(e.getMessage()));
    }
    started = true;
  }

  private byte[] runDot(String source, String format) throws RenderException {
    Process p;
    try {
      p = new ProcessBuilder(dot.get().toString(), "-T" + format).start();
    } catch (IOException e) {
      throw new RenderException(
          "diagram.mesin.dot-gagal", dot.get(), String.valueOf(e.getMessage()));
    }
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(source.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // dot stopped reading; its exit code and error text say why
    }
    try {
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new RenderException("diagram.mesin.dot-gagal", dot.get(), "timeout");
      }
      byte[] result = out.get();
      if (p.exitValue() != 0 || result.length == 0) {
        String msg = new String(err.get(), StandardCharsets.UTF_8).strip();
        throw new RenderException("diagram.mesin.dot-gagal", dot.get(), msg);
      }
      return result;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("diagram.mesin.dot-gagal", dot.get(), "interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new RenderException(
          "diagram.mesin.dot-gagal", dot.get(), String.valueOf(e.getMessage()));
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
