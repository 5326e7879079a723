package id.sisker.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Opens a DOCX with Apache POI and dumps its text: headers, paragraphs, tables cell by cell. */
public final class DocxText {

  private DocxText() {}

  public static String dump(byte[] docx) throws IOException {
    StringBuilder b = new StringBuilder();
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      for (XWPFHeader h : doc.getHeaderList()) {
        String t = h.getText().strip();
        if (!t.isEmpty()) {
          b.append("[kepala] ").append(t).append('\n');
        }
      }
      for (IBodyElement e : doc.getBodyElements()) {
        body(e, b, "");
      }
    }
    return b.toString();
  }

  private static void body(IBodyElement e, StringBuilder b, String indent) {
    if (e instanceof XWPFParagraph p) {
      String t = p.getText();
      if (!t.isBlank()) {
        b.append(indent).append(t.replace("\t", " → ")).append('\n');
      }
    } else if (e instanceof XWPFTable t) {
      for (XWPFTableRow r : t.getRows()) {
        b.append(indent).append("| ");
        for (XWPFTableCell c : r.getTableCells()) {
          b.append(c.getText().replace("\n", " / ").replace("\t", " → ").strip()).append(" | ");
        }
        b.append('\n');
      }
    }
  }
}
