package id.sisker.letter.docx;

import id.sisker.letter.Kosakata;
import id.sisker.letter.Surat;
import id.sisker.text.Suggest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A Word template compiled once, then filled for any number of letters. Compiling merges the runs a
 * placeholder was split over (Word splits text into runs at every edit or spell-check mark), turns
 * each part into static XML chunks, fields and sections, and checks every name against the {@link
 * Kosakata} vocabulary. Filling writes a zip stream: unchanged parts are copied, filled parts are
 * written with every value XML-escaped, and every entry has the same fixed time, so the same letter
 * always gives the same bytes.
 */
public final class Templat {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final Pattern TAG =
      Pattern.compile("\\{\\{\\s*([#/]?)\\s*([A-Za-z0-9_.]+)\\s*\\}\\}");
  private static final Pattern ANY_TAG = Pattern.compile("\\{\\{[^{}]*\\}\\}");
  private static final LocalDateTime WAKTU = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** A part: static bytes with their CRC (stored uncompressed, copied as is), or compiled XML. */
  @SuppressWarnings("ArrayRecordComponent") // parts of a compiled template, never compared
  private record Entry(String name, byte[] data, long crc, List<Node_> parts) {}

  /** A compiled piece of a part: static XML, a field or a section. */
  private sealed interface Node_ permits Statis, Field, Section {}

  @SuppressWarnings("ArrayRecordComponent") // never compared
  private record Statis(byte[] xml) implements Node_ {}

  private record Field(String name) implements Node_ {}

  private record Section(String name, List<Node_> body) implements Node_ {}

  private final List<Entry> entries;

  private Templat(List<Entry> entries) {
    this.entries = entries;
  }

  /** The bundled template. */
  public static Templat bawaan() {
    try {
      return baca(Bawaan.docx());
    } catch (TemplatSalah e) {
      throw new IllegalStateException("bundled template is broken: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Reads and compiles a .docx template, or says all that is wrong with it. */
  public static Templat baca(byte[] docx) throws IOException, TemplatSalah {
    List<Entry> out = new ArrayList<>();
    List<TemplatSalah.Masalah> problems = new ArrayList<>();
    boolean sawDocument = false;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        byte[] data = in.readAllBytes();
        String name = e.getName();
        boolean part =
            name.equals("word/document.xml") || name.matches("word/(header|footer)[0-9]*\\.xml");
        sawDocument |= name.equals("word/document.xml");
        if (part) {
          String xml = new String(data, StandardCharsets.UTF_8);
          if (ANY_TAG.matcher(plainText(xml)).find()) {
            String norm = normalise(data, name, problems);
            if (norm != null) {
              List<Node_> nodes = compile(norm, name, problems);
              out.add(new Entry(name, null, 0, nodes));
              continue;
            }
          }
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(data);
        out.add(new Entry(name, data, crc.getValue(), null));
      }
    }
    if (!sawDocument) {
      problems.add(new TemplatSalah.Masalah("surat.templat.bukan-docx", List.of()));
    }
    if (!problems.isEmpty()) {
      throw new TemplatSalah(problems);
    }
    return new Templat(List.copyOf(out));
  }

  /** Writes the letter {@code s} as a .docx to {@code out}. */
  public void tulis(Surat s, OutputStream out) throws IOException {
    java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(out, 64 * 1024);
    write(s, buffered);
    buffered.flush();
  }

  private void write(Surat s, OutputStream out) throws IOException {
    Map<String, Object> data = Kosakata.data(s);
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.setLevel(Deflater.BEST_SPEED);
    ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
    for (Entry e : entries) {
      ZipEntry z = new ZipEntry(e.name());
      z.setTimeLocal(WAKTU);
      if (e.parts() == null) {
        // the unchanged parts are small; storing them saves compressing them again per letter
        z.setMethod(ZipEntry.STORED);
        z.setSize(e.data().length);
        z.setCompressedSize(e.data().length);
        z.setCrc(e.crc());
      }
      zip.putNextEntry(z);
      if (e.parts() == null) {
        zip.write(e.data());
      } else {
        buf.reset();
        Deque<Map<String, Object>> scope = new ArrayDeque<>();
        scope.push(data);
        render(e.parts(), scope, buf);
        buf.writeTo(zip);
      }
      zip.closeEntry();
    }
    zip.finish();
  }

  /** The letter as .docx bytes. */
  public byte[] tulis(Surat s) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream(32 * 1024);
    write(s, b);
    return b.toByteArray();
  }

  // --- rendering ------------------------------------------------------------------------------

  @SuppressWarnings("unchecked")
  private static void render(
      List<Node_> nodes, Deque<Map<String, Object>> scope, ByteArrayOutputStream out) {
    for (Node_ n : nodes) {
      if (n instanceof Statis st) {
        out.write(st.xml(), 0, st.xml().length);
      } else if (n instanceof Field f) {
        Object v = lookup(scope, f.name());
        byte[] b = escape(v == null ? "" : v.toString()).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      } else {
        Section sec = (Section) n;
        Object v = lookup(scope, sec.name());
        if (v instanceof List<?> items) {
          for (Object item : items) {
            scope.push((Map<String, Object>) item);
            render(sec.body(), scope, out);
            scope.pop();
          }
        }
      }
    }
  }

  private static Object lookup(Deque<Map<String, Object>> scope, String name) {
    for (Map<String, Object> m : scope) {
      Object v = m.get(name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * A value as the content of a {@code <w:t>}: XML-escaped, line breaks and tabs as Word's own
   * elements, characters XML cannot carry replaced. Text in {@code <w:t>} is never a field code, so
   * a value written like one stays literal text.
   */
  static String escape(String v) {
    StringBuilder b = new StringBuilder(v.length() + 16);
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\n' -> b.append("</w:t><w:br/><w:t xml:space=\"preserve\">");
        case '\t' -> b.append("</w:t><w:tab/><w:t xml:space=\"preserve\">");
        case '\r' -> {
          // a CR LF pair is one line break
        }
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < v.length()
              && Character.isLowSurrogate(v.charAt(i + 1))) {
            b.append(c).append(v.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            b.append('\uFFFD');
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  // --- compiling ------------------------------------------------------------------------------

  private static String plainText(String xml) {
    return xml.replaceAll("<[^>]*>", "");
  }

  /**
   * Parses the part and merges, within each paragraph, the runs a placeholder spans into the first
   * of them, so that every placeholder sits inside one {@code <w:t>}.
   */
  private static String normalise(byte[] data, String part, List<TemplatSalah.Masalah> problems) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder db = f.newDocumentBuilder();
      Document doc = db.parse(new ByteArrayInputStream(data));
      NodeList paras = doc.getElementsByTagNameNS(W, "p");
      for (int i = 0; i < paras.getLength(); i++) {
        mergeRuns((Element) paras.item(i));
      }
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.STANDALONE, "yes");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return w.toString();
    } catch (Exception e) {
      problems.add(new TemplatSalah.Masalah("surat.templat.xml", List.of(part, e.getMessage())));
      return null;
    }
  }

  private static void mergeRuns(Element p) {
    List<Element> runs = new ArrayList<>();
    List<Element> texts = new ArrayList<>();
    for (Node c = p.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && W.equals(e.getNamespaceURI()) && "r".equals(e.getLocalName())) {
        Element t = onlyText(e);
        if (t != null) {
          runs.add(e);
          texts.add(t);
        }
      }
    }
    StringBuilder all = new StringBuilder();
    int[] start = new int[runs.size()];
    for (int i = 0; i < runs.size(); i++) {
      start[i] = all.length();
      all.append(texts.get(i).getTextContent());
    }
    if (all.indexOf("{{") < 0) {
      return;
    }
    Matcher m = ANY_TAG.matcher(all);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    // merge from the last span backwards so earlier indexes stay valid
    for (int s = spans.size() - 1; s >= 0; s--) {
      int a = runAt(start, spans.get(s)[0]);
      int b = runAt(start, spans.get(s)[1] - 1);
      Element first = texts.get(a);
      first.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
      if (a == b) {
        continue;
      }
      StringBuilder merged = new StringBuilder(first.getTextContent());
      for (int i = a + 1; i <= b; i++) {
        merged.append(texts.get(i).getTextContent());
      }
      first.setTextContent(merged.toString());
      // drop the merged runs and whatever sat between them (proofing and bookmark marks)
      Node n = runs.get(a).getNextSibling();
      Node stop = runs.get(b).getNextSibling();
      while (n != null && n != stop) {
        Node next = n.getNextSibling();
        p.removeChild(n);
        n = next;
      }
      for (int i = b; i > a; i--) {
        runs.remove(i);
        texts.remove(i);
      }
      // recompute offsets for the spans before this one
      int pos = 0;
      int[] ns = new int[runs.size()];
      for (int i = 0; i < runs.size(); i++) {
        ns[i] = pos;
        pos += texts.get(i).getTextContent().length();
      }
      start = ns;
    }
  }

  /** The {@code <w:t>} of a run that holds only text (and its properties), else null. */
  private static Element onlyText(Element r) {
    Element t = null;
    for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e) {
        String ln = e.getLocalName();
        if ("rPr".equals(ln)) {
          continue;
        }
        if ("t".equals(ln) && t == null) {
          t = e;
        } else {
          return null;
        }
      }
    }
    return t;
  }

  private static int runAt(int[] start, int offset) {
    int i = 0;
    while (i + 1 < start.length && start[i + 1] <= offset) {
      i++;
    }
    return i;
  }

  /**
   * Rewrites block sections to raw form, then compiles. A section whose tags sit alone in their
   * paragraphs spans the paragraphs between them; one whose tags sit in table rows repeats the rows
   * from the opening to the closing one; one opened and closed in one paragraph repeats the text
   * between.
   */
  private static List<Node_> compile(String xml, String part, List<TemplatSalah.Masalah> problems) {
    String x = xml;
    for (int guard = 0; guard < 10_000; guard++) {
      String next = rewriteOne(x, part, problems);
      if (next == null) {
        break;
      }
      x = next;
    }
    if (!problems.isEmpty()) {
      return List.of();
    }
    Deque<List<Node_>> stack = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    Deque<Kosakata.Skema> schemas = new ArrayDeque<>();
    stack.push(new ArrayList<>());
    schemas.push(Kosakata.SKEMA);
    Matcher m = TAG.matcher(x);
    int last = 0;
    while (m.find()) {
      stack.peek().add(new Statis(x.substring(last, m.start()).getBytes(StandardCharsets.UTF_8)));
      last = m.end();
      String kind = m.group(1);
      String name = m.group(2);
      if (kind.equals("#")) {
        Kosakata.Skema sk = schemas.peek().sections().get(name);
        if (sk == null) {
          problems.add(unknown(part, "{{#" + name + "}}", name, sectionNames(schemas)));
          sk = new Kosakata.Skema(java.util.Set.of(), Map.of());
        }
        schemas.push(sk);
        names.push(name);
        stack.push(new ArrayList<>());
      } else if (kind.equals("/")) {
        if (names.isEmpty() || !names.peek().equals(name)) {
          problems.add(
              new TemplatSalah.Masalah(
                  "surat.templat.tutup",
                  List.of(part, "{{/" + name + "}}", names.isEmpty() ? "-" : names.peek())));
          continue;
        }
        List<Node_> body = stack.pop();
        schemas.pop();
        stack.peek().add(new Section(names.pop(), merge(body)));
      } else {
        boolean known = false;
        for (Kosakata.Skema s : schemas) {
          known |= s.fields().contains(name);
        }
        if (!known) {
          problems.add(unknown(part, "{{" + name + "}}", name, fieldNames(schemas)));
        }
        stack.peek().add(new Field(name));
      }
    }
    if (!names.isEmpty()) {
      problems.add(
          new TemplatSalah.Masalah(
              "surat.templat.terbuka", List.of(part, "{{#" + names.peek() + "}}")));
      return List.of();
    }
    stack.peek().add(new Statis(x.substring(last).getBytes(StandardCharsets.UTF_8)));
    Matcher bad = ANY_TAG.matcher(plainText(x));
    while (bad.find()) {
      if (!TAG.matcher(bad.group()).matches()) {
        problems.add(new TemplatSalah.Masalah("surat.templat.tag", List.of(part, bad.group())));
      }
    }
    return merge(stack.pop());
  }

  private static List<Node_> merge(List<Node_> nodes) {
    List<Node_> out = new ArrayList<>();
    ByteArrayOutputStream acc = new ByteArrayOutputStream();
    for (Node_ n : nodes) {
      if (n instanceof Statis s) {
        acc.write(s.xml(), 0, s.xml().length);
      } else {
        if (acc.size() > 0) {
          out.add(new Statis(acc.toByteArray()));
          acc.reset();
        }
        out.add(n);
      }
    }
    if (acc.size() > 0) {
      out.add(new Statis(acc.toByteArray()));
    }
    return List.copyOf(out);
  }

  private static TemplatSalah.Masalah unknown(
      String part, String tag, String name, List<String> known) {
    String best = Suggest.best(name, known).orElse(null);
    return new TemplatSalah.Masalah(
        best == null ? "surat.templat.tak-dikenal" : "surat.templat.tak-dikenal.saran",
        best == null ? List.of(part, tag) : List.of(part, tag, best));
  }

  private static List<String> sectionNames(Deque<Kosakata.Skema> schemas) {
    return new ArrayList<>(schemas.peek().sections().keySet());
  }

  private static List<String> fieldNames(Deque<Kosakata.Skema> schemas) {
    List<String> out = new ArrayList<>();
    schemas.forEach(s -> out.addAll(s.fields()));
    return out;
  }

  private static final Pattern P_OPEN = Pattern.compile("<w:p[ >]");
  private static final Pattern TR_OPEN = Pattern.compile("<w:tr[ >]");
  private static final Pattern TC_OPEN = Pattern.compile("<w:tc[ >]");

  /**
   * Finds the first section tag still inside a paragraph whose section is a block (alone in its
   * paragraph, or in table rows) and rewrites that section to raw tags between elements; null when
   * none is left.
   */
  private static String rewriteOne(String x, String part, List<TemplatSalah.Masalah> problems) {
    Matcher m = TAG.matcher(x);
    while (m.find()) {
      if (!m.group(1).equals("#") || !insideParagraph(x, m.start())) {
        continue;
      }
      String name = m.group(2);
      int close = matchingClose(x, m.end(), name);
      if (close < 0) {
        return null; // reported while compiling
      }
      int closeEnd = x.indexOf("}}", close) + 2;
      int[] p1 = paragraph(x, m.start());
      int[] p2 = paragraph(x, close);
      if (p1[0] == p2[0]) {
        continue; // inline: repeats the text between, compiled as is
      }
      int[] r1 = row(x, m.start());
      int[] r2 = row(x, close);
      boolean sameCell = lastMatch(TC_OPEN, x, m.start()) == lastMatch(TC_OPEN, x, close);
      if (r1 != null && r2 != null && !sameCell) {
        String open = "{{#" + name + "}}";
        String shut = "{{/" + name + "}}";
        return x.substring(0, r1[0])
            + open
            + x.substring(r1[0], m.start())
            + x.substring(m.end(), close)
            + x.substring(closeEnd, r2[1])
            + shut
            + x.substring(r2[1]);
      }
      if (!plainText(x.substring(p1[0], p1[1])).strip().equals(m.group())
          || !plainText(x.substring(p2[0], p2[1])).strip().equals(x.substring(close, closeEnd))) {
        problems.add(new TemplatSalah.Masalah("surat.templat.sendiri", List.of(part, m.group())));
        return null;
      }
      return x.substring(0, p1[0])
          + "{{#"
          + name
          + "}}"
          + x.substring(p1[1], p2[0])
          + "{{/"
          + name
          + "}}"
          + x.substring(p2[1]);
    }
    return null;
  }

  private static int matchingClose(String x, int from, String name) {
    Matcher m = TAG.matcher(x);
    m.region(from, x.length());
    int depth = 0;
    while (m.find()) {
      if (!m.group(2).equals(name)) {
        continue;
      }
      if (m.group(1).equals("#")) {
        depth++;
      } else if (m.group(1).equals("/")) {
        if (depth == 0) {
          return m.start();
        }
        depth--;
      }
    }
    return -1;
  }

  private static boolean insideParagraph(String x, int pos) {
    int open = lastMatch(P_OPEN, x, pos);
    int close = x.lastIndexOf("</w:p>", pos);
    return open >= 0 && open > close;
  }

  private static int[] paragraph(String x, int pos) {
    int open = lastMatch(P_OPEN, x, pos);
    int close = x.indexOf("</w:p>", pos) + "</w:p>".length();
    return new int[] {open, close};
  }

  private static int[] row(String x, int pos) {
    int open = lastMatch(TR_OPEN, x, pos);
    if (open < 0 || x.lastIndexOf("</w:tr>", pos) > open) {
      return null;
    }
    return new int[] {open, x.indexOf("</w:tr>", pos) + "</w:tr>".length()};
  }

  private static int lastMatch(Pattern p, String x, int before) {
    Matcher m = p.matcher(x);
    m.region(0, before);
    int last = -1;
    while (m.find()) {
      last = m.start();
    }
    return last;
  }
}
