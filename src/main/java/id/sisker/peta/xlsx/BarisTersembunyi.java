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
 * The hidden rows of each sheet of an XLSX workbook ({@code <row hidden="1">}), which the streaming
 * reader does not report. One pass over the package with a StAX reader that refuses DTDs and
 * external entities; only the {@code row} elements' attributes are looked at.
 */
final class BarisTersembunyi {

  private BarisTersembunyi() {}

  private static final String RELS = "xl/_rels/workbook.xml.rels";

  /**
   * Relationship id of each sheet (as {@code Sheet.getId()} gives it) → its hidden 1-based row
   * numbers; sheets without hidden rows are absent.
   */
  static Map<String, TreeSet<Integer>> baca(byte[] xlsx) throws IOException {
    Map<String, byte[]> parts = new HashMap<>();
    Map<String, TreeSet<Integer>> byPart = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        String name = e.getName();
        if (name.equals(RELS)) {
          parts.put(name, zip.readAllBytes());
        } else if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
          TreeSet<Integer> rows = hidden(zip);
          if (!rows.isEmpty()) {
            byPart.put(name, rows);
          }
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(e.getMessage(), e);
    }
    Map<String, TreeSet<Integer>> out = new HashMap<>();
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
            TreeSet<Integer> rows = byPart.get(part);
            if (rows != null) {
              out.put(id, rows);
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

  private static TreeSet<Integer> hidden(InputStream in) throws XMLStreamException {
    TreeSet<Integer> rows = new TreeSet<>();
    XMLStreamReader r = factory().createXMLStreamReader(new NoClose(in));
    int last = 0;
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("row")) {
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
    return rows;
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
