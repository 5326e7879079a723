package id.sisker.format;

import id.sisker.model.Keyed;
import id.sisker.model.Nip;
import id.sisker.source.NodePath;
import id.sisker.source.Span;
import id.sisker.yaml.FileNodes;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YNode;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YSequence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mapping already checked against its object spec. Accessors return only values that passed the
 * check; a value that failed was reported and reads as absent.
 */
public final class Obj {

  private Shape shape;
  private final ObjectSpec spec;
  private YMapping node;
  private final NodePath path;

  /** The values that passed the check, by field position in the spec; null where absent. */
  private YNode[] valid;

  /** How to find the mapping again once it is let go; null for a tree that stays (ADR 88). */
  private final FileNodes.Handle handle;

  /**
   * Once {@linkplain #freeze frozen}, what was read from each field, by field position: a scalar's
   * text (stripped, as {@link #text} gives it), an {@link Obj}, {@link Objects} or a list of {@link
   * Item}; null where absent. The tree, the shape and the checked values are then let go.
   */
  private Object[] frozen;

  /** The items of a list of objects, frozen, and the path they hang off. */
  private record Objects(NodePath base, List<Obj> list) {}

  Obj(
      Shape shape,
      ObjectSpec spec,
      YMapping node,
      NodePath path,
      YNode[] valid,
      FileNodes.Handle handle) {
    this.shape = shape;
    this.spec = spec;
    this.node = node;
    this.path = path;
    this.valid = valid;
    this.handle = handle;
  }

  public NodePath path() {
    return path;
  }

  public NodePath path(String key) {
    return path.key(key);
  }

  /** The file whose tree this object's positions come from, when that tree is let go. */
  public Optional<FileNodes> nodes() {
    return handle == null ? Optional.empty() : Optional.of(handle.file());
  }

  /** The mapping: in memory, or parsed again for a frozen object. */
  private YMapping mapping() {
    return node != null ? node : handle.mapping();
  }

  public Span span() {
    return mapping().span();
  }

  /** The span of the value of {@code key} if present, else of this object. */
  public Span span(String key) {
    YMapping m = mapping();
    int i = m.indexOf(key);
    return i >= 0 ? m.value(i).span() : Shape.startOf(m.span());
  }

  /** The span of {@code key} itself if written, else of this object. */
  public Span keySpan(String key) {
    YMapping m = mapping();
    int i = m.indexOf(key);
    return i >= 0 ? m.key(i).span() : Shape.startOf(m.span());
  }

  public boolean has(String key) {
    if (frozen != null) {
      int i = spec.indexOf(key);
      return i >= 0 && frozen[i] != null;
    }
    return get(key) != null;
  }

  private YNode get(String key) {
    int i = spec.indexOf(key);
    return i < 0 ? null : valid[i];
  }

  /** What was kept of {@code key} when frozen, or null. */
  private Object kept(String key) {
    int i = spec.indexOf(key);
    return i < 0 ? null : frozen[i];
  }

  public Optional<String> text(String key) {
    if (frozen != null) {
      return kept(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }
    YNode v = get(key);
    return v instanceof YScalar s ? Optional.of(s.value().strip()) : Optional.empty();
  }

  /** A required text; empty only when it was missing or wrong, which was reported. */
  public String textOr(String key, String fallback) {
    return text(key).orElse(fallback);
  }

  public Optional<Integer> integer(String key) {
    return text(key).map(v -> Integer.parseInt(v.startsWith("+") ? v.substring(1) : v));
  }

  public Optional<Boolean> bool(String key) {
    return text(key).map(v -> v.equalsIgnoreCase("true"));
  }

  public Optional<LocalDate> date(String key) {
    return text(key).map(Shape::parseDate);
  }

  public <E extends Enum<E> & Keyed> Optional<E> enumValue(String key, Class<E> type) {
    return text(key).map(v -> Keyed.byKey(type, v));
  }

  public Optional<Obj> object(String key) {
    if (frozen != null) {
      return kept(key) instanceof Obj o ? Optional.of(o) : Optional.empty();
    }
    YNode v = get(key);
    if (v == null) {
      return Optional.empty();
    }
    ObjectRef ref = (ObjectRef) spec.field(key).type();
    return Optional.ofNullable(shape.object(v, ref.name(), path.key(key), childHandle(key, -1)));
  }

  /**
   * The items of list {@code key} that are objects of the item type; each item's path uses its
   * {@code id} (or {@code nip}) when it has a usable one, else its index.
   */
  public List<Obj> objects(String key) {
    return objects(key, path);
  }

  /**
   * As {@link #objects(String)}, but item paths hang off {@code base} instead of this object, so
   * nested entities can have paths that do not depend on their nesting.
   */
  public List<Obj> objects(String key, NodePath base) {
    if (frozen != null) {
      if (!(kept(key) instanceof Objects items)) {
        return List.of();
      }
      if (!items.base().equals(base)) {
        // The paths were made when frozen; another base would need the tree back.
        throw new IllegalStateException(
            path + "." + key + " was frozen with items under " + items.base() + ", not " + base);
      }
      return items.list();
    }
    YNode v = get(key);
    if (!(v instanceof YSequence seq)) {
      return List.of();
    }
    ObjectRef ref = (ObjectRef) ((ListSpec) spec.field(key).type()).item();
    List<Obj> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      YNode item = seq.items().get(i);
      Obj o = shape.object(item, ref.name(), itemPath(base, key, item, i), childHandle(key, i));
      if (o != null) {
        out.add(o);
      }
    }
    return out;
  }

  private FileNodes.Handle childHandle(String key, int item) {
    return handle == null ? null : handle.child(node.indexOf(key), item);
  }

  /**
   * Checks everything below this object now and keeps only what was read from it: its texts, the
   * objects and lists below it (frozen in turn) and a handle to find positions again. The tree can
   * then be let go; only a finding's position parses the file again (ADR 88). Fields are visited in
   * document order, so their findings come in the order a reader meets them.
   *
   * <p>Lists named in {@code flat}, below an object of spec {@code flatOwner}, hang their items off
   * that object's path, as the caller will ask for them: {@link #objects(String, NodePath)} of a
   * frozen object only answers with the base it was frozen with.
   */
  public void freeze(String flatOwner, java.util.Set<String> flat) {
    freeze(flatOwner, flat, null, java.util.Set.of());
  }

  /**
   * As {@link #freeze(String, java.util.Set)}, leaving out this object's fields named in {@code
   * skip}: a part already reported as misplaced is not checked further, and reads as absent.
   */
  public void freeze(String flatOwner, java.util.Set<String> flat, java.util.Set<String> skip) {
    freeze(flatOwner, flat, null, skip);
  }

  private void freeze(
      String flatOwner, java.util.Set<String> flat, NodePath flatBase, java.util.Set<String> skip) {
    if (handle == null) {
      throw new IllegalStateException("only objects of a tree that is let go are frozen");
    }
    if (frozen != null) {
      return;
    }
    NodePath base = spec.name().equals(flatOwner) ? path : flatBase;
    List<FieldSpec> fields = spec.fields();
    Object[] out = new Object[fields.size()];
    for (int i = 0; i < node.size(); i++) {
      int fi = spec.indexOf(node.keyText(i));
      if (fi < 0 || valid[fi] == null || skip.contains(node.keyText(i))) {
        continue;
      }
      FieldSpec f = fields.get(fi);
      String key = f.key();
      if (f.type() instanceof ObjectRef) {
        Obj o = object(key).orElse(null);
        if (o != null) {
          o.freeze(flatOwner, flat, base, java.util.Set.of());
        }
        out[fi] = o;
      } else if (f.type() instanceof ListSpec list && list.item() instanceof ObjectRef) {
        NodePath itemBase = base != null && flat.contains(key) ? base : path;
        List<Obj> items = objects(key, itemBase);
        for (Obj o : items) {
          o.freeze(flatOwner, flat, base, java.util.Set.of());
        }
        out[fi] = new Objects(itemBase, items);
      } else if (f.type() instanceof ListSpec) {
        out[fi] = scalars(key);
      } else {
        // Stripped here, on the reader thread, as text() would on every read.
        out[fi] = ((YScalar) valid[fi]).value().strip();
      }
    }
    frozen = out;
    node = null;
    valid = null;
    shape = null;
  }

  /**
   * Where a value of this object is, for a finding that may be made about it: the path and span are
   * worked out only when asked, as most values are fine.
   */
  public record Where(Obj owner, String key, int index) {
    public NodePath path() {
      NodePath p = owner.path.key(key);
      return index < 0 ? p : p.index(index);
    }

    public Span span() {
      return index < 0 ? owner.span(key) : owner.itemSpan(key, index);
    }
  }

  /** Where the value of {@code key} is. */
  public Where at(String key) {
    return new Where(this, key, -1);
  }

  private Span itemSpan(String key, int index) {
    return ((YSequence) mapping().child(key)).items().get(index).span();
  }

  /** One scalar item of a list, with where it was. */
  public record Item(String value, Where at) {
    public NodePath path() {
      return at.path();
    }

    public Span span() {
      return at.span();
    }
  }

  /** The scalar items of list {@code key} that fit the item type. */
  @SuppressWarnings("unchecked")
  public List<Item> scalars(String key) {
    if (frozen != null) {
      return kept(key) instanceof List<?> items ? (List<Item>) items : List.of();
    }
    YNode v = get(key);
    if (!(v instanceof YSequence seq)) {
      return List.of();
    }
    FieldSpec f = spec.field(key);
    var itemType = ((ListSpec) f.type()).item();
    List<Item> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      YNode item = seq.items().get(i);
      if (item instanceof YScalar s && s.isNull()) {
        continue;
      }
      // The item's span is found from this object when asked (SourceMap), not recorded here.
      if (shape.check(f, itemType, item, new Shape.Loc(path, key, i))) {
        out.add(new Item(((YScalar) item).value().strip(), new Where(this, key, i)));
      }
    }
    return out;
  }

  /** What {@code [^\\[\\]]+} matched, without a regex (this runs for every item of a list). */
  private static boolean usableNip(String id) {
    return !id.isEmpty() && id.indexOf('[') < 0 && id.indexOf(']') < 0;
  }

  /** What {@code [A-Za-z0-9_-]+} matched. */
  private static boolean usableId(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || c == '_'
          || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static NodePath itemPath(NodePath base, String key, YNode item, int index) {
    if (item instanceof YMapping m) {
      for (String idKey : new String[] {"id", "nip"}) {
        if (m.child(idKey) instanceof YScalar s && !s.isNull() && !s.value().isBlank()) {
          String id = idKey.equals("nip") ? Nip.normalise(s.value()) : s.value().strip();
          if (idKey.equals("nip") ? usableNip(id) : usableId(id)) {
            return base.id(key, id);
          }
        }
      }
    }
    return base.key(key).index(index);
  }
}
