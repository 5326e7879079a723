package id.sisker.load;

import id.sisker.finding.Finding;
import id.sisker.finding.Suppression;
import id.sisker.model.Daerah;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import java.util.List;
import java.util.Optional;

/**
 * What loading one daerah produced: the model (absent when the root could not be used), where every
 * node came from, the files read, and the problems found.
 */
public record LoadResult(
    Optional<Daerah> daerah,
    SourceMap sourceMap,
    List<SourceFile> files,
    List<Finding> findings,
    List<Suppression> suppressions) {

  public LoadResult {
    files = List.copyOf(files);
    findings = List.copyOf(findings);
    suppressions = List.copyOf(suppressions);
  }

  public LoadResult(
      Optional<Daerah> daerah,
      SourceMap sourceMap,
      List<SourceFile> files,
      List<Finding> findings) {
    this(daerah, sourceMap, files, findings, List.of());
  }

  /** Whether some input could not be read at all (exit code 2). */
  public boolean unusable() {
    return daerah.isEmpty() || findings.stream().anyMatch(Finding::fatal);
  }
}
