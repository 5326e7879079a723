package id.sisker.peta.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What the streaming reader does not report about each sheet of an XLSX workbook: hidden rows
 * ({@code <row hidden="1">}) and indented cells (the cell style's {@code alignment indent}). A StAX
 * reader that refuses DTDs and external entities looks only at {@code row} and {@code c} elements'
 * attributes and at the styles' {@code xf} alignments.
 */
final class BarisTersembunyi {

  private BarisTersembunyi() {}

  private static final String RELS = "xl/_rels/workbook.xml.rels";
  private static final String STYLES = "xl/styles.xml";

  /**
   * Per sheet (by relationship id, as {@code Sheet.getId()} gives it).
   *
   * @param tersembunyi hidden 1-based row numbers
   * @param indent {@link #sel(int, int)} → indent levels, only for indented cells
   */
  record Tata(TreeSet<Integer> tersembunyi, Map<Long, Integer> indent) {
    static final Tata KOSONG = new Tata(new TreeSet<>(), Map.of());

    static long sel(int row, int col) {
      return ((long) row << 20) | col;
    }
  }

  /** Relationship id of each sheet → its hidden rows and indented cells. */
  static Map<String, Tata> baca(byte[] xlsx) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    Map<String, Tata> byPart = new HashMap<>();
    try {
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().equals(RELS) || e.getName().equals(STYLES)) {
            parts.put(e.getName(), zip.readAllBytes());
          }
        }
      }
      Map<Integer, Integer> styles =
          parts.containsKey(STYLES) ? indents(parts.get(STYLES)) : Map.of();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          String name = e.getName();
          if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            Tata t = sheet(zip, styles);
            if (!t.tersembunyi().isEmpty() || !t.indent().isEmpty()) {
              byPart.put(name, t);
            }
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    Map<String, Tata> out = new HashMap<>();
    if (byPart.isEmpty() || !parts.containsKey(RELS)) {
      return out;
    }
    try {
      XMLStreamReader r =
          factory().createXMLStreamReader(new ByteArrayInputStream(parts.get(RELS)));
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT
            && r.getLocalName().equals("Relationship")) {
          String id = r.getAttributeValue(null, "Id");
          String target = r.getAttributeValue(null, "Target");
          if (id != null && target != null) {
            String part = target.startsWith("/") ? target.substring(1) : "xl/" + target;
            Tata t = byPart.get(part);
            if (t != null) {
              out.put(id, t);
            }
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    return out;
  }

  /** Style index (the {@code s} of a cell) → its indent, for the indented {@code cellXfs}. */
  private static Map<Integer, Integer> indents(byte[] styles) throws XMLStreamException {
    Map<Integer, Integer> out = new HashMap<>();
    XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(styles));
    boolean cellXfs = false;
    int xf = -1;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "cellXfs" -> cellXfs = true;
          case "xf" -> xf += cellXfs ? 1 : 0;
          case "alignment" -> {
            String n = r.getAttributeValue(null, "indent");
            if (cellXfs && n != null) {
              try {
                int i = Integer.parseInt(n.strip());
                if (i > 0) {
                  out.put(xf, i);
                }
              } catch (NumberFormatException e) {
                // not an indent
              }
            }
          }
          default -> {}
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
        cellXfs = false;
      }
    }
    r.close();
    return out;
  }

  /** Column index (0-based) of a cell reference such as {@code AB12}; -1 if none. */
  private static int kolom(String ref) {
    int c = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      c = c * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
    }
    return i == 0 ? -1 : c - 1;
  }

  private static Tata sheet(InputStream in, Map<Integer, Integer> styles)
      throws XMLStreamException {
    TreeSet<Integer> rows = new TreeSet<>();
    Map<Long, Integer> indent = new HashMap<>();
    XMLStreamReader r = factory().createXMLStreamReader(new NoClose(in));
    int last = 0;
    int col = -1;
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (r.getLocalName().equals("c") && !styles.isEmpty()) {
        String ref = r.getAttributeValue(null, "r");
        col = ref == null ? col + 1 : kolom(ref);
        String st = r.getAttributeValue(null, "s");
        if (st != null && col >= 0) {
          try {
            Integer n = styles.get(Integer.parseInt(st.strip()));
            if (n != null) {
              indent.put(Tata.sel(last, col), n);
            }
          } catch (NumberFormatException e) {
            // no style
          }
        }
      } else if (r.getLocalName().equals("row")) {
        col = -1;
        String n = r.getAttributeValue(null, "r");
        int num = last + 1;
        if (n != null) {
          try {
            num = Integer.parseInt(n.strip());
          } catch (NumberFormatException e) {
            // keep the running number
          }
        }
        last = num;
        String h = r.getAttributeValue(null, "hidden");
        if ("1".equals(h) || "true".equals(h)) {
          rows.add(num);
        }
      }
    }
    r.close();
    return new Tata(rows, indent);
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  /** The zip stream stays open for the next entry when the XML reader is done with this one. */
  private static final class NoClose extends java.io.FilterInputStream {
    NoClose(InputStream in) {
      super(in);
    }

    @Override
    public void close() {}
  }
}
