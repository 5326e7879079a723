package id.sisker.yaml;

import id.sisker.finding.Finding;
import id.sisker.source.SourceFile;
import java.util.List;

/**
 * One file read into a tree, with the non-fatal problems found on the way (duplicate keys, merge
 * keys). {@code root} is never null: an empty file is refused as unreadable.
 */
public record YamlDocument(SourceFile file, YNode root, List<Finding> findings) {

  public YamlDocument {
    findings = List.copyOf(findings);
  }
}
