package id.sisker.load;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.finding.Message;
import id.sisker.finding.Severity;
import id.sisker.format.Obj;
import id.sisker.source.Containment;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import id.sisker.text.Suggest;
import id.sisker.yaml.SourceText;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Finds the root file of a daerah and expands the {@code sertakan} entries of its root file. */
final class Inputs {

  static final List<String> ROOT_NAMES = List.of("daerah.yaml", "daerah.yml");

  private final Path workingDir;
  private final Findings findings;

  Inputs(Path workingDir, Findings findings) {
    this.workingDir = workingDir;
    this.findings = findings;
  }

  SourceFile file(Path p) {
    return SourceFile.of(p, workingDir);
  }

  static boolean isYaml(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** The root file for {@code input}, or empty after reporting why there is none. */
  Optional<Path> root(Path input) {
    Path in = workingDir.resolve(input);
    if (!Files.exists(in) && Files.exists(in, LinkOption.NOFOLLOW_LINKS)) {
      // A symlink that leads nowhere (dangling or looping): it exists, so "did you mean" would
      // only suggest its own name.
      SourceFile f = file(in);
      findings.add(
          Finding.builder(
                  LoadRules.INPUT_MISSING,
                  Severity.ERROR,
                  Message.of("masukan.tautan-rusak", f.name()))
              .span(Span.ofFile(f))
              .hint(Message.of("masukan.tautan-rusak.saran"))
              .fatal()
              .build());
      return Optional.empty();
    }
    if (!Files.exists(in)) {
      SourceFile f = file(in);
      Path parent = in.toAbsolutePath().getParent();
      List<String> near = new ArrayList<>();
      if (parent != null && Files.isDirectory(parent)) {
        try (Stream<Path> s = Files.list(parent)) {
          near =
              Suggest.closest(
                  in.getFileName().toString(),
                  s.map(x -> x.getFileName().toString()).sorted().toList(),
                  3);
        } catch (IOException e) {
          near = List.of();
        }
      }
      findings.add(
          Finding.builder(
                  LoadRules.INPUT_MISSING,
                  Severity.ERROR,
                  Message.of("masukan.tidak-ada", f.name()))
              .span(Span.ofFile(f))
              .hint(
                  near.isEmpty()
                      ? Message.of("masukan.tidak-ada.saran")
                      : Message.of("saran.maksud", String.join("\", \"", near)))
              .fatal()
              .build());
      return Optional.empty();
    }
    if (Files.isDirectory(in)) {
      for (String n : ROOT_NAMES) {
        Path r = in.resolve(n);
        if (Files.isRegularFile(r)) {
          return Optional.of(r);
        }
      }
      SourceFile f = file(in);
      findings.add(
          Finding.builder(
                  LoadRules.NO_ROOT, Severity.ERROR, Message.of("masukan.tanpa-akar", f.name()))
              .span(Span.ofFile(f))
              .hint(Message.of("masukan.tanpa-akar.saran", f.name()))
              .fatal()
              .build());
      return Optional.empty();
    }
    return Optional.of(in);
  }

  /**
   * The files named by the {@code sertakan} entries, in the order given (each entry sorted by
   * path), each once, never the root itself. Entries are relative to the root file's folder and may
   * not leave it.
   */
  List<Path> expand(Path rootFile, List<Obj.Item> entries, int maxFiles) {
    Path base = rootFile.toAbsolutePath().normalize().getParent();
    List<Path> out = new ArrayList<>();
    Obj.Item overflow = null;
    for (Obj.Item e : entries) {
      String pattern = e.value().replace('\\', '/');
      boolean glob = pattern.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
      // A glob is not a path (on Windows "*" is not even a legal path character), and a path or
      // glob may be malformed ("a\0b", "{"): such an entry names no file, it does not crash.
      Path target = null;
      PathMatcher matcher = null;
      try {
        if (glob) {
          matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        } else {
          target = base.resolve(pattern).normalize();
        }
      } catch (InvalidPathException | PatternSyntaxException ex) {
        // neither set: reported below
      }
      if (pattern.startsWith("/")
          || (target != null && !Containment.inside(base, target))
          || pattern.contains("../")
          || pattern.equals("..")) {
        findings.add(
            Finding.builder(
                    LoadRules.INCLUDE_OUTSIDE,
                    Severity.ERROR,
                    Message.of("sertakan.di-luar", e.value()))
                .path(e.path())
                .span(e.span())
                .hint(Message.of("sertakan.di-luar.saran"))
                .build());
        continue;
      }
      if (target == null && matcher == null) {
        noMatch(e, List.of());
        continue;
      }
      List<Path> matched = new ArrayList<>();
      if (glob) {
        for (Path p : walk(base)) {
          if (matcher.matches(base.relativize(p))) {
            matched.add(p);
          }
        }
      } else if (Files.isDirectory(target)) {
        matched.addAll(walk(target));
      } else if (Files.isRegularFile(target)) {
        matched.add(target);
      }
      matched.removeIf(p -> !isYaml(p));
      if (matched.isEmpty()) {
        noMatch(e, glob ? List.of() : Suggest.closest(pattern, relativeNames(base), 3));
        continue;
      }
      for (Path p : matched) {
        Path n = p.toAbsolutePath().normalize();
        if (!Containment.inside(base, n)) {
          // A symlink inside the folder leading out of it: its content is not read.
          findings.add(
              Finding.builder(
                      LoadRules.INCLUDE_OUTSIDE,
                      Severity.ERROR,
                      Message.of("sertakan.tautan-keluar", e.value(), file(n).name()))
                  .path(e.path())
                  .span(e.span())
                  .hint(Message.of("sertakan.tautan-keluar.saran"))
                  .build());
          continue;
        }
        if (!n.equals(rootFile.toAbsolutePath().normalize()) && !out.contains(n)) {
          out.add(n);
          if (out.size() == maxFiles + 1) {
            overflow = e;
          }
        }
      }
    }
    if (out.size() > maxFiles) {
      Finding.Builder b =
          Finding.builder(
                  LoadRules.TOO_MANY_FILES,
                  Severity.ERROR,
                  Message.of("sertakan.terlalu-banyak", out.size(), maxFiles))
              .span(Span.ofFile(file(rootFile)))
              .fatal();
      if (overflow != null) {
        // The entry that went past the limit, not the top of the file.
        b.path(overflow.path()).span(overflow.span());
      }
      findings.add(b.build());
      return out.subList(0, maxFiles);
    }
    return out;
  }

  private void noMatch(Obj.Item e, List<String> near) {
    findings.add(
        Finding.builder(
                LoadRules.INCLUDE_NO_MATCH,
                Severity.ERROR,
                Message.of("sertakan.tidak-cocok", e.value()))
            .path(e.path())
            .span(e.span())
            .hint(
                near.isEmpty()
                    ? Message.of("sertakan.tidak-cocok.saran")
                    : Message.of("saran.maksud", String.join("\", \"", near)))
            .build());
  }

  /** YAML files under the root's folder that no entry named (input was a folder). */
  void reportNotIncluded(Path rootFile, List<Path> included) {
    Path base = rootFile.toAbsolutePath().normalize().getParent();
    for (Path p : walk(base)) {
      if (isYaml(p) && !p.equals(rootFile.toAbsolutePath().normalize()) && !included.contains(p)) {
        SourceFile f = file(p);
        findings.add(
            Finding.builder(
                    LoadRules.NOT_INCLUDED,
                    Severity.INFO,
                    Message.of("sertakan.terlewat", f.name()))
                .span(Span.ofFile(f))
                .hint(
                    Message.of(
                        "sertakan.terlewat.saran",
                        base.relativize(p).toString().replace('\\', '/')))
                .build());
      }
    }
  }

  private List<String> relativeNames(Path base) {
    return walk(base).stream().map(p -> base.relativize(p).toString().replace('\\', '/')).toList();
  }

  /**
   * Regular files below {@code dir}, sorted by path so every run reads them in the same order. A
   * folder that cannot be read is reported (once) and skipped: the rest of the daerah still loads.
   * Symlinked folders are not entered.
   */
  private List<Path> walk(Path dir) {
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<Path>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes a) {
              if (a.isRegularFile() || a.isSymbolicLink() && Files.isRegularFile(p)) {
                out.add(p.toAbsolutePath().normalize());
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              unreadable(p, e);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
              if (e != null) {
                unreadable(d, e);
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      unreadable(dir, e);
    }
    out.sort(null);
    return out;
  }

  private final java.util.Set<Path> reportedUnreadable = new java.util.HashSet<>();

  private void unreadable(Path p, IOException e) {
    Path n = p.toAbsolutePath().normalize();
    if (!reportedUnreadable.add(n)) {
      return;
    }
    SourceFile f = file(n);
    String reason = e.getClass().getSimpleName().replace("Exception", "");
    findings.add(
        Finding.builder(
                SourceText.UNREADABLE,
                Severity.ERROR,
                Message.of("folder.tidak-terbaca", f.name(), reason))
            .span(Span.ofFile(f))
            .hint(Message.of("folder.tidak-terbaca.saran"))
            .build());
  }
}
