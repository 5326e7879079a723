package id.sisker.format;

import id.sisker.model.Keyed;
import id.sisker.model.Nip;
import id.sisker.source.NodePath;
import id.sisker.source.Span;
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

  private final Shape shape;
  private final ObjectSpec spec;
  private final YMapping node;
  private final NodePath path;

  /** The values that passed the check, by field position in the spec; null where absent. */
  private final YNode[] valid;

  Obj(Shape shape, ObjectSpec spec, YMapping node, NodePath path, YNode[] valid) {
    this.shape = shape;
    this.spec = spec;
    this.node = node;
    this.path = path;
    this.valid = valid;
  }

  public NodePath path() {
    return path;
  }

  public NodePath path(String key) {
    return path.key(key);
  }

  public Span span() {
    return node.span();
  }

  /** The span of the value of {@code key} if present, else of this object. */
  public Span span(String key) {
    YNode v = get(key);
    if (v != null) {
      return v.span();
    }
    int i = node.indexOf(key);
    return i >= 0 ? node.value(i).span() : Shape.startOf(node.span());
  }

  /** The span of {@code key} itself if written, else of this object. */
  public Span keySpan(String key) {
    int i = node.indexOf(key);
    return i >= 0 ? node.key(i).span() : Shape.startOf(node.span());
  }

  public boolean has(String key) {
    return get(key) != null;
  }

  private YNode get(String key) {
    int i = spec.indexOf(key);
    return i < 0 ? null : valid[i];
  }

  public Optional<String> text(String key) {
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
    YNode v = get(key);
    if (v == null) {
      return Optional.empty();
    }
    ObjectRef ref = (ObjectRef) spec.field(key).type();
    return Optional.ofNullable(shape.object(v, ref.name(), path.key(key)));
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
    YNode v = get(key);
    if (!(v instanceof YSequence seq)) {
      return List.of();
    }
    ObjectRef ref = (ObjectRef) ((ListSpec) spec.field(key).type()).item();
    List<Obj> out = new ArrayList<>(seq.items().size());
    for (int i = 0; i < seq.items().size(); i++) {
      YNode item = seq.items().get(i);
      Obj o = shape.object(item, ref.name(), itemPath(base, key, item, i));
      if (o != null) {
        out.add(o);
      }
    }
    return out;
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
    return ((YSequence) get(key)).items().get(index).span();
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
  public List<Item> scalars(String key) {
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
