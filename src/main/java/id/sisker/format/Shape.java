package id.sisker.format;

import id.sisker.finding.Finding;
import id.sisker.finding.Findings;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.source.NodePath;
import id.sisker.source.SourceMap;
import id.sisker.source.Span;
import id.sisker.text.Suggest;
import id.sisker.yaml.FileNodes;
import id.sisker.yaml.ScalarType;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YNode;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YSequence;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks YAML nodes against the format: every key known, every value of the right shape and kind,
 * every required key present. Each problem becomes a finding; the offending value is then treated
 * as absent, so one mistake is reported once rather than again by every later stage.
 */
public final class Shape {

  private final Findings findings;
  private final SourceMap sourceMap;
  private final Format format;
  private final Map<String, Predicate<String>> patterns = new HashMap<>();

  public Shape(Format format, Findings findings, SourceMap sourceMap) {
    this.format = format;
    this.findings = findings;
    this.sourceMap = sourceMap;
  }

  public Findings findings() {
    return findings;
  }

  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** {@code node} checked as an object of {@code specName}, or null if it is not a mapping. */
  public Obj object(YNode node, String specName, NodePath path) {
    return object(node, specName, path, null);
  }

  /**
   * As {@link #object(YNode, String, NodePath)}, for a tree that will be let go (ADR 88): the map
   * registers {@code handle}, which finds the mapping again, instead of the mapping itself, and the
   * object made can be {@linkplain Obj#freeze frozen}.
   */
  public Obj object(YNode node, String specName, NodePath path, FileNodes.Handle handle) {
    ObjectSpec spec = format.object(specName);
    if (!(node instanceof YMapping m)) {
      sourceMap.put(path, node.span());
      wrongType(new Loc(path, null, -1), node, Message.of("bentuk.pemetaan"), null, null);
      return null;
    }
    // Fields are located on demand from the registered mapping (see SourceMap); only the roots of
    // files, which all share the root path, record their fields' spans now.
    sourceMap.tree(path, handle != null ? handle : m);
    List<FieldSpec> fields = spec.fields();
    YNode[] valid = new YNode[fields.size()];
    for (int i = 0; i < m.size(); i++) {
      String key = m.keyText(i);
      YNode value = m.value(i);
      int fi = spec.indexOf(key);
      if (fi < 0) {
        unknownKey(spec, m.key(i), path);
        continue;
      }
      FieldSpec f = fields.get(fi);
      if (path.isRoot()) {
        sourceMap.put(path.key(key), m.entrySpan(i));
      }
      if (value instanceof YScalar s && s.isNull()) {
        if (!f.required() && (f.type() instanceof ObjectRef || f.type() instanceof ListSpec)) {
          // An empty mapping or list reads as "not written": say so, since in a profile it
          // silently switches a provision off.
          findings.add(
              Finding.builder(
                      FormatRules.EMPTY,
                      Severity.WARNING,
                      Message.of("yaml.kosong", key, spec.name()))
                  .path(path.key(key))
                  .span(m.key(i).span())
                  .hint(Message.of("yaml.kosong.saran", key))
                  .build());
        }
        continue;
      }
      if (check(f, f.type(), value, new Loc(path, key, -1))) {
        valid[fi] = value;
      }
    }
    for (FieldSpec f : fields) {
      if (!f.required()) {
        continue;
      }
      int at = m.indexOf(f.key());
      if (at < 0) {
        Finding.Builder b =
            Finding.builder(
                    FormatRules.MISSING,
                    Severity.ERROR,
                    Message.of("yaml.wajib", f.key(), spec.name()))
                .path(path.key(f.key()))
                .span(startOf(m.span()));
        if (f.example() != null) {
          b.hint(Message.of("yaml.wajib.saran", f.key(), f.example()));
        }
        findings.add(b.build());
      } else if (m.value(at) instanceof YScalar s && s.isNull()) {
        findings.add(
            Finding.builder(
                    FormatRules.MISSING,
                    Severity.ERROR,
                    Message.of("yaml.wajib.kosong", f.key(), spec.name()))
                .path(path.key(f.key()))
                .span(s.span())
                .hint(
                    f.example() == null
                        ? null
                        : Message.of("yaml.wajib.saran", f.key(), f.example()))
                .build());
      }
    }
    return new Obj(this, spec, m, path, valid, handle);
  }

  /**
   * Where a checked value is: its path is only built when a finding needs it, since most values are
   * fine and a large daerah has millions of them.
   */
  record Loc(NodePath base, String key, int index) {
    NodePath path() {
      NodePath p = key == null ? base : base.key(key);
      return index < 0 ? p : p.index(index);
    }
  }

  /** Whether {@code node} fits {@code type}; reports what does not. */
  public boolean check(FieldSpec field, Type type, YNode node, NodePath path) {
    return check(field, type, node, new Loc(path, null, -1));
  }

  boolean check(FieldSpec field, Type type, YNode node, Loc path) {
    if (type instanceof ObjectRef) {
      if (!(node instanceof YMapping)) {
        wrongType(path, node, Message.of("bentuk.pemetaan"), field, null);
        return false;
      }
      return true;
    }
    if (type instanceof ListSpec) {
      if (!(node instanceof YSequence)) {
        wrongType(
            path,
            node,
            Message.of("bentuk.daftar"),
            field,
            Message.of("yaml.tipe.daftar.saran", field.key()));
        return false;
      }
      return true;
    }
    ScalarSpec spec = (ScalarSpec) type;
    if (!(node instanceof YScalar s)) {
      wrongType(path, node, expected(spec), field, null);
      return false;
    }
    return checkScalar(field, spec, s, path);
  }

  private boolean checkScalar(FieldSpec field, ScalarSpec spec, YScalar s, Loc path) {
    ScalarType t = s.type();
    String v = s.value();
    switch (spec.kind()) {
      case TEXT, ID, REF, DATE, ENUM:
        if (t != ScalarType.STRING) {
          wrongType(path, s, expected(spec), field, Message.of("yaml.tipe.kutip.saran", v));
          return false;
        }
        break;
      case CODE, NIP, PERSON:
        if (t != ScalarType.STRING && t != ScalarType.INTEGER && t != ScalarType.FLOAT) {
          wrongType(path, s, expected(spec), field, null);
          return false;
        }
        break;
      case INTEGER:
        if (t != ScalarType.INTEGER) {
          wrongType(path, s, expected(spec), field, null);
          return false;
        }
        return checkRange(field, spec, s, path);
      case BOOLEAN:
        if (t != ScalarType.BOOLEAN) {
          wrongType(path, s, expected(spec), field, Message.of("yaml.tipe.boolean.saran"));
          return false;
        }
        return true;
    }
    switch (spec.kind()) {
      case ENUM:
        if (!isValue(spec, v)) {
          badEnum(field, spec, s, path);
          return false;
        }
        return true;
      case DATE:
        if (!matches(spec, v) || parseDate(v) == null) {
          badValue(
              field,
              s,
              path,
              Message.of("yaml.nilai.tanggal", v),
              Message.of("yaml.nilai.tanggal.saran"));
          return false;
        }
        return true;
      case ID, REF:
        if (!matches(spec, v)) {
          String fixed =
              v.toLowerCase(Locale.ROOT)
                  .strip()
                  .replaceAll("[^a-z0-9/_-]+", "-")
                  .replaceAll("^-+|-+$", "");
          badValue(
              field,
              s,
              path,
              Message.of(spec.kind() == ScalarKind.ID ? "yaml.nilai.id" : "yaml.nilai.ref", v),
              Message.of("yaml.nilai.id.saran", fixed));
          return false;
        }
        return true;
      case NIP:
        // Any text is taken; nip.format explains what is wrong with it far better than a pattern.
        return true;
      case CODE:
        if (!matches(spec, v)) {
          badValue(
              field,
              s,
              path,
              Message.of("yaml.nilai.pola", v, field == null ? "" : field.key()),
              field == null || field.example() == null
                  ? null
                  : Message.of("yaml.nilai.contoh", field.example()));
          return false;
        }
        return true;
      default:
        return true;
    }
  }

  private boolean checkRange(FieldSpec field, ScalarSpec spec, YScalar s, Loc path) {
    // int, not long: the model holds these as Integer, so a value beyond int is unreadable here
    // rather than a crash in Obj.integer later.
    int v;
    try {
      v = Integer.parseInt(s.value().startsWith("+") ? s.value().substring(1) : s.value());
    } catch (NumberFormatException e) {
      // A number that cannot be read (0x0E, beyond int) is a problem of form, not a breach of the
      // field's own rule: jabatan.kelas is about the range 1-17 of the regulation.
      findings.add(
          Finding.builder(
                  FormatRules.BAD_VALUE,
                  Severity.ERROR,
                  Message.of("yaml.nilai.bilangan", s.value()))
              .path(path.path())
              .span(s.span())
              .build());
      return false;
    }
    boolean low = spec.min().isPresent() && v < spec.min().get();
    boolean high = spec.max().isPresent() && v > spec.max().get();
    if (low || high) {
      Message msg =
          spec.max().isPresent()
              ? Message.of("yaml.nilai.rentang", s.value(), spec.min().orElse(0), spec.max().get())
              : Message.of("yaml.nilai.minimum", s.value(), spec.min().orElse(0));
      RuleId rule =
          field != null && field.rule() != null ? RuleId.of(field.rule()) : FormatRules.BAD_VALUE;
      findings.add(
          Finding.builder(rule, Severity.ERROR, msg).path(path.path()).span(s.span()).build());
      return false;
    }
    return true;
  }

  private static boolean isValue(ScalarSpec spec, String v) {
    for (EnumValue e : spec.values()) {
      if (e.value().equals(v)) {
        return true;
      }
    }
    return false;
  }

  private boolean matches(ScalarSpec spec, String v) {
    if (spec.pattern().isEmpty()) {
      return true;
    }
    String p = spec.pattern().get();
    Predicate<String> test = patterns.get(p);
    if (test == null) {
      test = Patterns.compile(p);
      patterns.put(p, test);
    }
    return test.test(v);
  }

  /** {@code yyyy-mm-dd} as a date, or null. */
  public static LocalDate parseDate(String v) {
    // Read by hand when it has the usual form: LocalDate.parse goes through a formatter that
    // costs more than the rest of a pegawai's checks.
    if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      int y = Patterns.digits(v, 0, 4);
      int m = Patterns.digits(v, 5, 7);
      int d = Patterns.digits(v, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          return null;
        }
      }
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private void unknownKey(ObjectSpec spec, YScalar key, NodePath path) {
    List<String> close = Suggest.closest(key.value(), spec.keys(), 2);
    Message hint =
        close.isEmpty()
            ? Message.of("yaml.kunci-tak-dikenal.daftar", String.join(", ", spec.keys()))
            : Message.of("saran.maksud", String.join("\", \"", close));
    findings.add(
        Finding.builder(
                FormatRules.UNKNOWN_KEY,
                Severity.ERROR,
                Message.of("yaml.kunci-tak-dikenal", key.value(), spec.name()))
            .path(path.key(key.value()))
            .span(key.span())
            .hint(hint)
            .build());
  }

  private void badEnum(FieldSpec field, ScalarSpec spec, YScalar s, Loc path) {
    String v = s.value();
    String exact = null;
    for (String n : spec.valueNames()) {
      if (n.equalsIgnoreCase(v.strip()) || n.equalsIgnoreCase(v.strip().replace(' ', '_'))) {
        exact = n;
      }
    }
    List<String> close = exact != null ? List.of(exact) : Suggest.closest(v, spec.valueNames(), 3);
    Message hint =
        close.isEmpty()
            ? Message.of("yaml.nilai.pilihan", String.join(", ", spec.valueNames()))
            : Message.of("saran.maksud", String.join("\", \"", close));
    badValue(
        field,
        s,
        path,
        Message.of("yaml.nilai.enum", v, field == null ? spec.name() : field.key()),
        hint);
  }

  private void badValue(FieldSpec field, YScalar s, Loc path, Message msg, Message hint) {
    RuleId rule =
        field != null && field.rule() != null ? RuleId.of(field.rule()) : FormatRules.BAD_VALUE;
    findings.add(
        Finding.builder(rule, Severity.ERROR, msg)
            .path(path.path())
            .span(s.span())
            .hint(hint)
            .build());
  }

  private void wrongType(Loc loc, YNode node, Message expected, FieldSpec field, Message hint) {
    NodePath path = loc.path();
    String name = field == null ? lastSegment(path) : field.key();
    // The whole file (an included file holding a list): say so rather than name nothing.
    Object subject = name.isEmpty() ? Message.of("yaml.tipe.isi-berkas") : name;
    findings.add(
        Finding.builder(
                FormatRules.WRONG_TYPE,
                Severity.ERROR,
                Message.of("yaml.tipe", subject, expected, found(node)))
            .path(path)
            .span(node.span())
            .hint(hint)
            .build());
  }

  private static Message expected(ScalarSpec spec) {
    return switch (spec.kind()) {
      case TEXT, ID, REF, DATE, ENUM -> Message.of("bentuk.teks");
      case CODE, NIP, PERSON -> Message.of("bentuk.kode");
      case INTEGER -> Message.of("bentuk.bilangan");
      case BOOLEAN -> Message.of("bentuk.boolean");
    };
  }

  private static Message found(YNode node) {
    if (node instanceof YMapping) {
      return Message.of("bentuk.pemetaan");
    }
    if (node instanceof YSequence) {
      return Message.of("bentuk.daftar");
    }
    return switch (((YScalar) node).type()) {
      case STRING -> Message.of("bentuk.teks");
      case INTEGER, FLOAT -> Message.of("bentuk.bilangan.tertulis", ((YScalar) node).value());
      case BOOLEAN -> Message.of("bentuk.boolean.tertulis", ((YScalar) node).value());
      case NULL -> Message.of("bentuk.kosong");
    };
  }

  private static String lastSegment(NodePath p) {
    String v = p.value();
    int i = Math.max(v.lastIndexOf('.'), -1);
    return v.substring(i + 1);
  }

  public static Span startOf(Span s) {
    return Span.at(s.file(), s.line(), s.column());
  }
}
