package id.sisker.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Word files changed the way a user's editing would, for tests of templates. */
public final class Docx {

  private Docx() {}

  /**
   * {@code docx} with each pair of {@code edits} (from, to) applied in turn to word/document.xml;
   * each {@code from} must be there, so a test cannot silently edit nothing.
   */
  public static byte[] replaceInDocument(byte[] docx, String... edits) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals("word/document.xml")) {
          String x = new String(data, StandardCharsets.UTF_8);
          for (int i = 0; i < edits.length; i += 2) {
            assertTrue(x.contains(edits[i]), edits[i]);
            x = x.replace(edits[i], edits[i + 1]);
          }
          data = x.getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
