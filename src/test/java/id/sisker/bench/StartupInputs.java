package id.sisker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs of scripts/bench-startup.sh (docs/performance.md, "Waktu mulai"): {@code besar.yaml}, the
 * 1,000-jabatan perangkat daerah of {@link DiagramBench}, and with a second argument a daerah of
 * that many jabatan from {@link PetaGenerator} under {@code peta-N/}. Deterministic; existing files
 * are kept.
 *
 * <pre>
 * java -cp target/test-classes:target/sisker.jar id.sisker.bench.StartupInputs target/bench-startup [JABATAN]
 * </pre>
 */
public final class StartupInputs {

  private StartupInputs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of(args[0]));
    Path besar = dir.resolve("besar.yaml");
    if (!Files.exists(besar)) {
      Files.writeString(besar, DiagramBench.generate(DiagramBench.JABATAN), StandardCharsets.UTF_8);
    }
    if (args.length > 1) {
      int n = Integer.parseInt(args[1]);
      Path peta = dir.resolve("peta-" + n);
      if (!Files.exists(peta.resolve("daerah.yaml"))) {
        PetaGenerator.write(peta, n, false);
      }
    }
  }
}
