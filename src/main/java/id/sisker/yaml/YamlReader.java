package id.sisker.yaml;

import id.sisker.finding.Finding;
import id.sisker.finding.Message;
import id.sisker.finding.RuleId;
import id.sisker.finding.Severity;
import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Builds the lean tree straight from snakeyaml's event stream. The event parser is several times
 * faster and leaner than snakeyaml's composed node tree, but it checks nothing beyond syntax, so
 * this class enforces what the composer and constructor would: no tags beyond the core schema,
 * bounded aliases and depth, no duplicate keys (which snakeyaml's composer would let through).
 */
public final class YamlReader {

  public static final RuleId SYNTAX = RuleId.of("yaml.sintaks");
  public static final RuleId TAG = RuleId.of("yaml.tag");
  public static final RuleId ALIAS = RuleId.of("yaml.alias");
  public static final RuleId DEPTH = RuleId.of("yaml.kedalaman");
  public static final RuleId EMPTY = RuleId.of("berkas.kosong");
  public static final RuleId MULTI_DOC = RuleId.of("yaml.multi-dokumen");
  public static final RuleId DUPLICATE_KEY = RuleId.of("yaml.kunci-ganda");
  public static final RuleId KEY_FORM = RuleId.of("yaml.kunci-bentuk");

  private static final String CORE = "tag:yaml.org,2002:";
  private static final Set<String> ALLOWED_TAGS =
      Set.of(
          CORE + "str",
          CORE + "int",
          CORE + "float",
          CORE + "bool",
          CORE + "null",
          CORE + "seq",
          CORE + "map");

  private final SourceFile file;
  private final YamlLimits limits;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private int aliasCount;
  private long expansion;
  private long nodes;

  private record Anchored(YNode node, long weight) {}

  /** A collection being built. */
  private static final class Frame {
    final boolean mapping;
    final Mark start;
    final String anchor;
    final List<YNode> items = new ArrayList<>();
    final List<YEntry> entries = new ArrayList<>();
    Map<String, Span> keys;
    YScalar pendingKey;
    boolean hasPendingKey;
    boolean skipValue;
    long weight = 1;

    Frame(boolean mapping, Mark start, String anchor) {
      this.mapping = mapping;
      this.start = start;
      this.anchor = anchor;
    }
  }

  private YamlReader(SourceFile file, YamlLimits limits) {
    this.file = file;
    this.limits = limits;
  }

  /** Reads {@code file} from disk within {@code limits}. */
  public static YamlDocument read(SourceFile file, YamlLimits limits)
      throws UnreadableInputException {
    return parse(file, SourceText.readChars(file, limits), limits);
  }

  /** Parses text decoded by {@link SourceText} (a flipped buffer over its own array). */
  static YamlDocument parse(SourceFile file, java.nio.CharBuffer text, YamlLimits limits)
      throws UnreadableInputException {
    return new YamlReader(file, limits).run(new TextReader(text.array(), text.limit()));
  }

  /** Parses already-decoded text (bundled resources, tests). */
  public static YamlDocument parse(SourceFile file, String text, YamlLimits limits)
      throws UnreadableInputException {
    return new YamlReader(file, limits).run(new TextReader(text));
  }

  private YamlDocument run(TextReader reader) throws UnreadableInputException {
    LoaderOptions opts = new LoaderOptions();
    // Size is enforced on bytes before parsing (SourceText); snakeyaml's own 3 MiB default would
    // refuse legitimate large daerah.
    opts.setCodePointLimit(Integer.MAX_VALUE);
    opts.setProcessComments(false);
    int bad = reader.firstNonPrintable();
    if (bad >= 0) {
      int[] at = reader.lineColumn(bad);
      throw fatal(
          SYNTAX,
          Span.at(file, at[0] + 1, at[1] + 1),
          Message.of("yaml.sintaks.karakter", String.format("U+%04X", reader.codePointAt(bad))),
          Message.of("berkas.biner.saran"));
    }
    Parser parser = new ParserImpl(reader, opts);
    Deque<Frame> stack = new ArrayDeque<>();
    YNode root = null;
    int documents = 0;
    try {
      while (true) {
        Event ev = parser.getEvent();
        switch (ev.getEventId()) {
          case StreamStart, DocumentEnd, Comment:
            break;
          case DocumentStart:
            documents++;
            if (documents > 1) {
              throw fatal(
                  MULTI_DOC,
                  span(ev.getStartMark(), ev.getEndMark()),
                  Message.of("yaml.multi-dokumen"),
                  Message.of("yaml.multi-dokumen.saran"));
            }
            break;
          case StreamEnd:
            if (root == null) {
              throw fatal(
                  EMPTY,
                  Span.ofFile(file),
                  Message.of("berkas.kosong", file.name()),
                  Message.of("berkas.kosong.saran"));
            }
            return new YamlDocument(file, root, findings);
          case Scalar:
            {
              ScalarEvent s = (ScalarEvent) ev;
              count(s);
              String tag = checkTag(s.getTag(), s);
              // "!" is the non-specific tag: YAML 1.2 resolves a scalar carrying it as a string.
              ScalarType type =
                  tag != null && (tag.equals(CORE + "str") || tag.equals("!")) || !s.isPlain()
                      ? ScalarType.STRING
                      : ScalarType.resolvePlain(s.getValue());
              if (tag != null && tag.startsWith(CORE) && !tag.equals(CORE + "str")) {
                type = tagged(tag, s, type);
              }
              YScalar node = scalar(shared(s.getValue()), type, s.getStartMark(), s.getEndMark());
              register(s.getAnchor(), node, 1);
              root = add(stack, node, 1, root);
              break;
            }
          case SequenceStart, MappingStart:
            {
              CollectionStartEvent c = (CollectionStartEvent) ev;
              count(c);
              String ctag = checkTag(c.getTag(), c);
              String expected = ev.getEventId() == Event.ID.SequenceStart ? "seq" : "map";
              if (ctag != null && ctag.startsWith(CORE) && !ctag.equals(CORE + expected)) {
                findings.add(
                    error(
                        TAG,
                        span(c.getStartMark(), c.getEndMark()),
                        Message.of(
                            "yaml.tag.bertentangan",
                            "!!" + ctag.substring(CORE.length()),
                            expected.equals("seq") ? "[…]" : "{…}"),
                        Message.of("yaml.tag.bertentangan.saran")));
              }
              if (stack.size() + 1 > limits.maxDepth()) {
                throw fatal(
                    DEPTH,
                    span(c.getStartMark(), c.getEndMark()),
                    Message.of("yaml.kedalaman", limits.maxDepth()),
                    Message.of("yaml.kedalaman.saran"));
              }
              stack.push(
                  new Frame(
                      ev.getEventId() == Event.ID.MappingStart, c.getStartMark(), c.getAnchor()));
              break;
            }
          case SequenceEnd, MappingEnd:
            {
              Frame f = stack.pop();
              YNode node = collection(f, ev.getEndMark());
              register(f.anchor, node, f.weight);
              root = add(stack, node, f.weight, root);
              break;
            }
          case Alias:
            {
              AliasEvent a = (AliasEvent) ev;
              Span sp = span(a.getStartMark(), a.getEndMark());
              Anchored target = anchors.get(a.getAnchor());
              if (target == null) {
                throw fatal(
                    ALIAS,
                    sp,
                    Message.of("yaml.alias.tak-terdefinisi", a.getAnchor()),
                    Message.of("yaml.alias.tak-terdefinisi.saran", a.getAnchor()));
              }
              aliasCount++;
              expansion += target.weight();
              if (aliasCount > limits.maxAliases() || expansion > limits.maxAliasExpansion()) {
                throw fatal(
                    ALIAS,
                    sp,
                    Message.of("yaml.alias.batas", limits.maxAliases(), limits.maxAliasExpansion()),
                    Message.of("yaml.alias.batas.saran"));
              }
              root = add(stack, target.node(), target.weight(), root);
              break;
            }
          default:
            throw new IllegalStateException("unexpected event " + ev);
        }
      }
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Span sp = m == null ? Span.ofFile(file) : span(m, m);
      throw fatal(SYNTAX, sp, syntaxMessage(e.getProblem()), syntaxHint(e.getProblem()));
    } catch (ReaderException e) {
      throw fatal(
          SYNTAX,
          Span.ofFile(file),
          Message.of("yaml.sintaks.karakter", String.format("U+%04X", e.getCodePoint())),
          Message.of("berkas.biner.saran"));
    } catch (YAMLException e) {
      throw fatal(SYNTAX, Span.ofFile(file), syntaxMessage(String.valueOf(e.getMessage())), null);
    }
  }

  private YNode add(Deque<Frame> stack, YNode node, long weight, YNode root) {
    Frame f = stack.peek();
    if (f == null) {
      return node;
    }
    f.weight += weight;
    if (!f.mapping) {
      f.items.add(node);
      return root;
    }
    if (!f.hasPendingKey) {
      f.hasPendingKey = true;
      f.skipValue = false;
      if (!(node instanceof YScalar key) || key.type() == ScalarType.NULL) {
        findings.add(
            error(
                KEY_FORM,
                node.span(),
                Message.of("yaml.kunci-bentuk", node.shape()),
                Message.of("yaml.kunci-bentuk.saran")));
        f.skipValue = true;
        f.pendingKey = null;
        return root;
      }
      if (key.type() == ScalarType.STRING && key.value().equals("<<")) {
        findings.add(
            error(
                KEY_FORM,
                key.span(),
                Message.of("yaml.kunci-gabung"),
                Message.of("yaml.kunci-gabung.saran")));
        f.skipValue = true;
        return root;
      }
      Span first = firstKey(f, key);
      if (first != null) {
        findings.add(
            Finding.builder(
                    DUPLICATE_KEY,
                    Severity.ERROR,
                    Message.of("yaml.kunci-ganda", key.value(), first.line(), first.column()))
                .span(key.span())
                .hint(Message.of("yaml.kunci-ganda.saran"))
                .related(List.of(first))
                .build());
        f.skipValue = true;
      }
      f.pendingKey = key;
      return root;
    }
    f.hasPendingKey = false;
    if (!f.skipValue) {
      f.entries.add(new YEntry(f.pendingKey, node));
    }
    f.pendingKey = null;
    return root;
  }

  /**
   * Where {@code key} was first written in this mapping, or null; remembers it. Small mappings (the
   * common case by far) are searched directly; a table is built only for large ones.
   */
  private static Span firstKey(Frame f, YScalar key) {
    String k = key.value();
    if (f.keys == null && f.entries.size() < 16) {
      for (int i = 0; i < f.entries.size(); i++) {
        YScalar seen = f.entries.get(i).key();
        if (seen.value().equals(k)) {
          return seen.span();
        }
      }
      return null;
    }
    if (f.keys == null) {
      f.keys = new HashMap<>();
      for (YEntry e : f.entries) {
        f.keys.putIfAbsent(e.key().value(), e.key().span());
      }
    }
    return f.keys.putIfAbsent(k, key.span());
  }

  /** One more node; a file denser than any real data is refused before it fills the memory. */
  private void count(Event ev) throws UnreadableInputException {
    if (++nodes > limits.maxNodes()) {
      throw fatal(
          SourceText.TOO_LARGE,
          span(ev.getStartMark(), ev.getEndMark()),
          Message.of("berkas.terlalu-banyak-nilai", file.name(), limits.maxNodes()),
          Message.of("berkas.terlalu-banyak-nilai.saran"));
    }
  }

  private void register(String anchor, YNode node, long weight) {
    if (anchor != null) {
      anchors.put(anchor, new Anchored(node, weight));
    }
  }

  /**
   * The type a standard tag gives a scalar ({@code !!int "5"} is an integer), or, when the value
   * cannot be of that type ({@code nama: !!int Ahmad}), an error and the value's own type.
   */
  private ScalarType tagged(String tag, ScalarEvent s, ScalarType own) {
    String t = tag.substring(CORE.length());
    ScalarType plain = ScalarType.resolvePlain(s.getValue());
    ScalarType want =
        switch (t) {
          case "int" -> ScalarType.INTEGER;
          case "float" -> ScalarType.FLOAT;
          case "bool" -> ScalarType.BOOLEAN;
          case "null" -> ScalarType.NULL;
          default -> null; // !!seq or !!map on a scalar
        };
    boolean fits =
        want != null && (plain == want || want == ScalarType.FLOAT && plain == ScalarType.INTEGER);
    if (fits) {
      return want;
    }
    findings.add(
        error(
            TAG,
            span(s.getStartMark(), s.getEndMark()),
            Message.of("yaml.tag.bertentangan", "!!" + t, s.getValue()),
            Message.of("yaml.tag.bertentangan.saran")));
    return own;
  }

  private String checkTag(String tag, NodeEvent ev) throws UnreadableInputException {
    if (tag == null || tag.equals("!") || ALLOWED_TAGS.contains(tag)) {
      return tag;
    }
    String shown = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : tag;
    throw fatal(
        TAG,
        span(ev.getStartMark(), ev.getEndMark()),
        Message.of("yaml.tag", shown),
        Message.of("yaml.tag.saran"));
  }

  /**
   * The same text for the same short value: keys and codes ({@code jenis}, {@code pelaksana},
   * {@code III/a}) repeat hundreds of thousands of times in a large daerah, and each copy would
   * stay in memory for the whole run. Long and rare values are kept as they are; the table is
   * bounded.
   */
  private String shared(String v) {
    if (v.length() > SHARED_LENGTH) {
      return v;
    }
    String s = shared.get(v);
    if (s != null) {
      return s;
    }
    if (shared.size() < SHARED_MAX) {
      shared.put(v, v);
    }
    return v;
  }

  private static final int SHARED_LENGTH = 16;
  private static final int SHARED_MAX = 4096;
  private final Map<String, String> shared = new HashMap<>();

  private YScalar scalar(String value, ScalarType type, Mark start, Mark end) {
    int l = start.getLine() + 1;
    int c = start.getColumn() + 1;
    if (end == null) {
      return new YScalar(value, type, file, l, c, l, c);
    }
    return new YScalar(
        value, type, file, l, c, Math.max(l, end.getLine() + 1), end.getColumn() + 1);
  }

  private YNode collection(Frame f, Mark end) {
    int l = f.start.getLine() + 1;
    int c = f.start.getColumn() + 1;
    int el = end == null ? l : Math.max(l, end.getLine() + 1);
    int ec = end == null ? c : end.getColumn() + 1;
    return f.mapping
        ? new YMapping(f.entries, file, l, c, el, ec)
        : new YSequence(f.items, file, l, c, el, ec);
  }

  private Span span(Mark start, Mark end) {
    int l = start.getLine() + 1;
    int c = start.getColumn() + 1;
    if (end == null) {
      return Span.at(file, l, c);
    }
    return new Span(file, l, c, Math.max(l, end.getLine() + 1), end.getColumn() + 1);
  }

  private UnreadableInputException fatal(RuleId rule, Span span, Message msg, Message hint) {
    return new UnreadableInputException(SourceText.fatal(rule, span, msg, hint));
  }

  private static Finding error(RuleId rule, Span span, Message msg, Message hint) {
    return Finding.builder(rule, Severity.ERROR, msg).span(span).hint(hint).build();
  }

  /** snakeyaml speaks English; the common problems get an Indonesian explanation and a fix. */
  /**
   * snakeyaml's problem, told in the report's language: its kinds of problem map to message keys
   * and the tokens it names ({@code <block end>}) to words, so no English text of the parser
   * reaches an Indonesian report. A problem not known here keeps its text (shown in English only).
   */
  static Message syntaxMessage(String problem) {
    String p = problem == null ? "" : problem;
    if (p.contains("'\\t'") || p.contains("\\t(TAB)") || p.contains("tab character")) {
      return Message.of("yaml.sintaks.tab");
    }
    if (p.startsWith("mapping values are not allowed")) {
      return Message.of("yaml.sintaks.titik-dua");
    }
    if (p.startsWith("could not find expected ':'")) {
      return Message.of("yaml.sintaks.tanpa-titik-dua");
    }
    if (p.startsWith("block sequence entries are not allowed")) {
      return Message.of("yaml.sintaks.tanda-hubung");
    }
    if (p.startsWith("found unknown escape character")) {
      return Message.of(
          "yaml.sintaks.escape", afterColon(p.replace("found unknown escape character", ":")));
    }
    java.util.regex.Matcher start =
        java.util.regex.Pattern.compile("found character '(.*)' that cannot start any token.*")
            .matcher(p);
    if (start.matches()) {
      return Message.of("yaml.sintaks.awal-token", start.group(1));
    }
    if (p.contains("end of stream") || p.contains("<stream end>")) {
      return Message.of("yaml.sintaks.akhir", Message.of("yaml.sintaks.akhir.rinci"));
    }
    java.util.regex.Matcher expected =
        java.util.regex.Pattern.compile("expected (.+?),? but (?:found|got) (.+)").matcher(p);
    if (expected.matches()) {
      Message m =
          Message.of("yaml.sintaks.harapan", token(expected.group(1)), token(expected.group(2)));
      return p.startsWith("expected <block end>") ? Message.of("yaml.sintaks.indentasi", m) : m;
    }
    java.util.regex.Matcher missing =
        java.util.regex.Pattern.compile("did not find expected (.+)").matcher(p);
    if (missing.matches()) {
      return Message.of(
          "yaml.sintaks.indentasi",
          Message.of("yaml.sintaks.tidak-ditemukan", token(missing.group(1))));
    }
    return Message.of("yaml.sintaks", p);
  }

  private static String afterColon(String p) {
    int i = p.lastIndexOf(':');
    return i < 0 ? p : p.substring(i + 1).strip();
  }

  /** A token snakeyaml names, as a word of the report's language, or literally when punctuation. */
  private static Object token(String t) {
    String s = t.strip();
    if (s.endsWith(",")) {
      s = s.substring(0, s.length() - 1);
    }
    Message word =
        switch (s.replace("'", "")) {
          case "<block end>" -> Message.of("yaml.token.akhir-blok");
          case "<block mapping start>" -> Message.of("yaml.token.awal-pemetaan");
          case "<block sequence start>" -> Message.of("yaml.token.awal-daftar");
          case "<scalar>" -> Message.of("yaml.token.nilai");
          case "<stream end>", "end of stream" -> Message.of("yaml.token.akhir-berkas");
          case "<document start>" -> Message.of("yaml.token.awal-dokumen");
          case "<document end>" -> Message.of("yaml.token.akhir-dokumen");
          case "<flow mapping start>", "{" -> Message.of("yaml.token.awal-pemetaan-alir");
          case "<flow sequence start>", "[" -> Message.of("yaml.token.awal-daftar-alir");
          case "<flow mapping end>", "}" -> Message.of("yaml.token.akhir-pemetaan-alir");
          case "<flow sequence end>", "]" -> Message.of("yaml.token.akhir-daftar-alir");
          case "<block entry>", "-", "'-' indicator", "- indicator" ->
              Message.of("yaml.token.butir");
          case "<key>", "key", "?" -> Message.of("yaml.token.kunci");
          case "<value>", ":" -> Message.of("yaml.token.titik-dua");
          case "<anchor>" -> Message.of("yaml.token.jangkar");
          case "<alias>" -> Message.of("yaml.token.alias");
          case "<tag>" -> Message.of("yaml.token.tag");
          case "node content" -> Message.of("yaml.token.isi");
          case "comment or line break", "a comment or a line break" ->
              Message.of("yaml.token.akhir-baris");
          default -> null;
        };
    return word == null ? s : word;
  }

  private static Message syntaxHint(String problem) {
    String p = problem == null ? "" : problem;
    if (p.contains("'\\t'") || p.contains("\\t(TAB)")) {
      return Message.of("yaml.sintaks.tab.saran");
    }
    if (p.startsWith("mapping values are not allowed")) {
      return Message.of("yaml.sintaks.titik-dua.saran");
    }
    return Message.of("yaml.sintaks.saran");
  }
}
