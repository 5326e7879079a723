package id.sisker.yaml;

import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;

/**
 * The nodes of one file after its tree has been let go (ADR 88). A large daerah's trees were most
 * of the memory a validation held, only for the few positions its findings need: the loader now
 * keeps the file's bytes and a small {@link Handle} per object, and the tree is parsed again, once,
 * the first time a position in that file is asked for. The bytes are the ones first parsed, so the
 * second tree is the same as the first, node for node.
 */
public final class FileNodes {

  private final SourceFile file;
  private final YamlLimits limits;

  /** The bytes read from disk; null once the tree is held. */
  private byte[] bytes;

  private YNode root;

  private FileNodes(SourceFile file, YamlLimits limits, byte[] bytes, YNode root) {
    this.file = file;
    this.limits = limits;
    this.bytes = bytes;
    this.root = root;
  }

  /** A file read from disk with the tree to use now, and what finds its nodes again later. */
  public record Read(YamlDocument document, FileNodes nodes) {}

  /** Reads {@code file} as {@link YamlReader#read} does, keeping its bytes to parse again. */
  public static Read read(SourceFile file, YamlLimits limits) throws UnreadableInputException {
    byte[] bytes = SourceText.readBytes(file, limits);
    YamlDocument doc = YamlReader.parse(file, SourceText.decodeChars(file, bytes), limits);
    return new Read(doc, new FileNodes(file, limits, bytes, null));
  }

  /** Nodes of a tree that stays in memory anyway (one shared by another load of the run). */
  public static FileNodes resident(YamlDocument doc) {
    return new FileNodes(doc.file(), YamlLimits.DEFAULTS, null, doc.root());
  }

  /** The handle of the file's root node. */
  public Handle root() {
    return new Handle(this, null, -1, -1);
  }

  /**
   * Parses the file again now if its tree was let go: a caller about to ask for positions in many
   * files can have them parsed side by side.
   */
  public void prepare() {
    tree();
  }

  /** Whether the tree is in memory (resident, or parsed again for a position asked for). */
  synchronized boolean holdsTree() {
    return root != null;
  }

  /** The tree, parsed again from the kept bytes the first time it is needed. */
  private synchronized YNode tree() {
    if (root == null) {
      try {
        root = YamlReader.parse(file, SourceText.decodeChars(file, bytes), limits).root();
      } catch (UnreadableInputException e) {
        // The same bytes parsed the first time; a second parse cannot fail unless the JVM does.
        throw new IllegalStateException("parsing " + file.name() + " again failed", e);
      }
      bytes = null;
    }
    return root;
  }

  /**
   * A mapping of the file, named by the steps from the root: the entry of the parent mapping it is
   * the value of and, when that value is a list, its item. A handle holds no part of the tree.
   */
  public static final class Handle implements SourceMap.Tree {
    private final FileNodes nodes;
    private final Handle parent;
    private final int entry;
    private final int item;

    private Handle(FileNodes nodes, Handle parent, int entry, int item) {
      this.nodes = nodes;
      this.parent = parent;
      this.entry = entry;
      this.item = item;
    }

    /** The file this handle is in. */
    public FileNodes file() {
      return nodes;
    }

    /** The mapping that is the value of {@code entry} of this one, or its {@code item}-th item. */
    public Handle child(int entry, int item) {
      return new Handle(nodes, this, entry, item);
    }

    /** The node this handle names, from the tree (parsed again if it was let go). */
    public YNode node() {
      if (parent == null) {
        return nodes.tree();
      }
      YNode v = ((YMapping) parent.node()).value(entry);
      return item < 0 ? v : ((YSequence) v).items().get(item);
    }

    /** The node as a mapping; handles are only made for mappings. */
    public YMapping mapping() {
      return (YMapping) node();
    }

    @Override
    public Span span() {
      return node().span();
    }

    @Override
    public SourceMap.Tree child(String key) {
      return node().child(key);
    }

    @Override
    public Span entrySpan(String key) {
      return node().entrySpan(key);
    }

    @Override
    public SourceMap.Tree item(int index) {
      return node().item(index);
    }
  }
}
