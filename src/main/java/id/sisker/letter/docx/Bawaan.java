package id.sisker.letter.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The bundled template, kept as readable XML parts in the resources (so its changes review like
 * code) and zipped here into a .docx; {@code sisker surat --templat-contoh} writes it for a daerah
 * to restyle in Word.
 */
public final class Bawaan {

  private static final String ROOT = "/id/sisker/letter/docx/standar/";

  private Bawaan() {}

  /** The bundled template as .docx bytes (byte-identical on every call). */
  public static byte[] docx() {
    try (InputStream list = Bawaan.class.getResourceAsStream(ROOT + "entries.txt")) {
      String[] names = new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        for (String n : names) {
          if (n.isBlank()) {
            continue;
          }
          ZipEntry e = new ZipEntry(n.strip());
          e.setTimeLocal(LocalDateTime.of(2000, 1, 1, 0, 0));
          zip.putNextEntry(e);
          try (InputStream in = Bawaan.class.getResourceAsStream(ROOT + n.strip())) {
            if (in == null) {
              throw new IllegalStateException("bundled template part missing: " + n);
            }
            zip.write(in.readAllBytes());
          }
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
