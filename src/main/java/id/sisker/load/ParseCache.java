package id.sisker.load;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.Suppression;
import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import id.sisker.yaml.FileNodes;
import id.sisker.yaml.SourceText;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Parsed files shared by the loads of one run: {@code beda} loads two versions of a daerah whose
 * files are mostly the same, and a file whose text another load of the run has already parsed is
 * not parsed again (ADR 80). Files are matched by their whole text (hashed, then compared character
 * for character), never by name or date.
 *
 * <p>A tree names the file it was parsed from in every node. A load that takes another load's tree
 * keeps its own file in its list of files read and asks its source map to show the other file's
 * spans as its own ({@link id.sisker.source.SourceMap#showAs}); the findings made while loading are
 * renamed the same way ({@link #shown}). Only trees whose parse found nothing are shared, so no
 * parse finding (which names its file in the message) ever needs renaming.
 */
public final class ParseCache {

  /**
   * A text read within the same limits. The text itself is the key: a SHA-256 of every file took 5
   * % of {@code beda}'s CPU, the text's hash and one comparison on a hit take far less (ADR 80),
   * and equal keys are always equal texts.
   */
  private record Key(String text, YamlLimits limits) {}

  /** The shareable tree of each text, or null when its parse found something. */
  private final Map<Key, CompletableFuture<YamlDocument>> parsed = new ConcurrentHashMap<>();

  private final AtomicInteger taken = new AtomicInteger();

  /**
   * What one load may use of the cache. A load never takes a tree of one of its own files, and
   * takes each text at most once, so within a load every tree names one file only: the one it
   * stands for.
   *
   * @param own the files this load reads
   */
  Use forLoad(Collection<SourceFile> own) {
    return new Use(Set.copyOf(own));
  }

  /** One load's reads through the cache. */
  final class Use {
    private final Set<SourceFile> own;
    private final Set<Key> used = ConcurrentHashMap.newKeySet();

    private Use(Set<SourceFile> own) {
      this.own = own;
    }

    /**
     * Reads {@code f}: its text from disk, its tree from the cache when another load has parsed the
     * same text (complete once that parse is), otherwise parsed here and offered to the others.
     */
    CompletableFuture<FileReads.Read> read(SourceFile f, YamlLimits limits) {
      String text;
      try {
        text = SourceText.read(f, limits);
      } catch (UnreadableInputException e) {
        return CompletableFuture.completedFuture(FileReads.Read.failed(e.finding()));
      }
      Key key = new Key(text, limits);
      if (!used.add(key)) {
        return CompletableFuture.completedFuture(parse(f, text, limits));
      }
      CompletableFuture<YamlDocument> mine = new CompletableFuture<>();
      CompletableFuture<YamlDocument> theirs = parsed.putIfAbsent(key, mine);
      if (theirs == null) {
        try {
          FileReads.Read r = parse(f, text, limits);
          mine.complete(r.document().filter(d -> d.findings().isEmpty()).orElse(null));
          return CompletableFuture.completedFuture(r);
        } catch (RuntimeException | Error e) {
          // Whoever waits for this tree must not wait forever: the error is the run's.
          mine.completeExceptionally(e);
          throw e;
        }
      }
      return theirs.thenApply(
          doc -> {
            if (doc == null || own.contains(doc.file())) {
              return parse(f, text, limits);
            }
            taken.incrementAndGet();
            // The tree stays in this cache for the run: positions are found in it, not parsed
            // again.
            return new FileReads.Read(Optional.of(doc), List.of(), FileNodes.resident(doc));
          });
    }

    /** {@link #read}, waited for on this thread; an error of the run is thrown as it was. */
    FileReads.Read readNow(SourceFile f, YamlLimits limits) {
      try {
        return read(f, limits).join();
      } catch (java.util.concurrent.CompletionException e) {
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        if (e.getCause() instanceof RuntimeException re) {
          throw re;
        }
        throw e;
      }
    }
  }

  private static FileReads.Read parse(SourceFile f, String text, YamlLimits limits) {
    try {
      YamlDocument doc = YamlReader.parse(f, text, limits);
      // The trees of a comparison stay (ADR 88, exception): every change it reports has a
      // position, so letting them go would mean parsing every changed file a second time.
      return new FileReads.Read(Optional.of(doc), doc.findings(), FileNodes.resident(doc));
    } catch (UnreadableInputException e) {
      return FileReads.Read.failed(e.finding());
    }
  }

  /**
   * {@code findings} as the load that took shared trees must show them: every span in a file of
   * another load ({@code shownAs} key) moved to the file it stands for, and so is a position
   * written into a message ("NIP … is already at {@code file:line:col}").
   */
  static List<Finding> shown(List<Finding> findings, Map<SourceFile, SourceFile> shownAs) {
    if (shownAs.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      List<Span> related = new ArrayList<>(f.related().size());
      f.related().forEach(s -> related.add(shown(s, shownAs)));
      out.add(
          new Finding(
              f.rule(),
              f.severity(),
              f.path(),
              f.span().map(s -> shown(s, shownAs)),
              shown(f.message(), shownAs),
              f.hint().map(m -> shown(m, shownAs)),
              related,
              f.citations(),
              f.fatal(),
              f.suppressed(),
              f.consequenceOf()));
    }
    return out;
  }

  /** The {@code abaikan} entries of a load that took shared trees, with their own files. */
  static List<Suppression> shownSuppressions(
      List<Suppression> entries, Map<SourceFile, SourceFile> shownAs) {
    if (shownAs.isEmpty()) {
      return entries;
    }
    List<Suppression> out = new ArrayList<>(entries.size());
    for (Suppression s : entries) {
      out.add(
          new Suppression(
              s.kind(),
              s.scope(),
              s.pattern(),
              s.alasan(),
              s.span().map(sp -> shown(sp, shownAs)),
              s.sitasi()));
    }
    return out;
  }

  private static Span shown(Span s, Map<SourceFile, SourceFile> shownAs) {
    SourceFile to = shownAs.get(s.file());
    return to == null ? s : new Span(to, s.line(), s.column(), s.endLine(), s.endColumn());
  }

  private static Message shown(Message m, Map<SourceFile, SourceFile> shownAs) {
    List<Object> args = new ArrayList<>(m.args().size());
    for (Object a : m.args()) {
      args.add(a instanceof Message inner ? shown(inner, shownAs) : position((String) a, shownAs));
    }
    return new Message(m.key(), args);
  }

  /** {@code a} with its file replaced, if it is a position ({@code file:line:col}) in one. */
  private static String position(String a, Map<SourceFile, SourceFile> shownAs) {
    for (Map.Entry<SourceFile, SourceFile> e : shownAs.entrySet()) {
      String from = e.getKey().name() + ":";
      if (a.startsWith(from) && a.substring(from.length()).matches("[0-9]+:[0-9]+")) {
        return e.getValue().name() + a.substring(from.length() - 1);
      }
    }
    return a;
  }

  /** How many times a load took a tree another load had parsed. */
  public int taken() {
    return taken.get();
  }
}
