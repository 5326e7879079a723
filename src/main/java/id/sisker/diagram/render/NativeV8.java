package id.sisker.diagram.render;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Puts J2V8's native library where sisker wants it and loads it, before J2V8 would: J2V8 itself
 * unpacks 19 MB into the user's home folder on every run, and on Linux its library asks for an
 * executable stack, which makes the JVM print a stack-guard warning on every run. Here the library
 * is unpacked once per version into the sisker cache folder (written beside, then moved, so
 * parallel runs never see half a file), on Linux with the executable-stack flag cleared (what
 * {@code execstack -c} does), and J2V8 is told it is loaded.
 */
final class NativeV8 {

  private NativeV8() {}

  static final String VERSION = "4.6.0";

  private static boolean loaded;

  /** The J2V8 platform name of this machine ({@code linux_x86_64} …), or the unsupported one. */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String o =
        os.startsWith("windows")
            ? "win32"
            : os.startsWith("mac") ? "macosx" : os.startsWith("linux") ? "linux" : os;
    String a = arch.equals("amd64") || arch.equals("x86_64") ? "x86_64" : arch;
    return o + "_" + a;
  }

  static String libraryName(String platform) {
    String ext =
        platform.startsWith("win32") ? "dll" : platform.startsWith("macosx") ? "dylib" : "so";
    return "libj2v8_" + platform + "." + ext;
  }

  static synchronized void load(Path cacheDir) throws RenderException {
    if (loaded) {
      return;
    }
    String platform = platform();
    String name = libraryName(platform);
    URL resource = NativeV8.class.getResource("/" + name);
    if (resource == null) {
      throw new RenderException("diagram.mesin.platform", platform.replace('_', '/'));
    }
    Path dir = cacheDir.resolve("j2v8-" + VERSION);
    Path lib = dir.resolve(name.replace("libj2v8_", "libj2v8-sisker_"));
    try {
      URLConnection c = resource.openConnection();
      c.setUseCaches(false);
      long size = c.getContentLengthLong();
      if (!Files.isRegularFile(lib) || Files.size(lib) != size) {
        Files.createDirectories(dir);
        byte[] bytes;
        try (InputStream in = c.getInputStream()) {
          bytes = in.readAllBytes();
        }
        if (platform.startsWith("linux")) {
          clearExecStack(bytes);
        }
        Path tmp = Files.createTempFile(dir, ".j2v8-", ".tmp");
        try {
          Files.write(tmp, bytes);
          Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
      } else {
        c.getInputStream().close();
      }
      System.load(lib.toAbsolutePath().toString());
    } catch (IOException | UnsatisfiedLinkError e) {
      throw new RenderException("diagram.mesin.gagal-muat", lib, String.valueOf(e.getMessage()));
    }
    try {
      // J2V8 loads its library itself unless told it is loaded; this field is how it knows.
      java.lang.reflect.Field f =
          Class.forName("com.eclipsesource.v8.V8").getDeclaredField("nativeLibraryLoaded");
      f.setAccessible(true);
      f.setBoolean(null, true);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new RenderException("diagram.mesin.gagal-muat", lib, String.valueOf(e));
    }
    loaded = true;
  }

  /** Clears PF_X of the PT_GNU_STACK program header of a 64-bit little-endian ELF file. */
  static void clearExecStack(byte[] elf) {
    if (elf.length < 64 || elf[0] != 0x7f || elf[1] != 'E' || elf[4] != 2 || elf[5] != 1) {
      return;
    }
    ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
    long phoff = b.getLong(0x20);
    int phentsize = Short.toUnsignedInt(b.getShort(0x36));
    int phnum = Short.toUnsignedInt(b.getShort(0x38));
    for (int i = 0; i < phnum; i++) {
      int at = (int) (phoff + (long) i * phentsize);
      if (at + 8 > elf.length) {
        return;
      }
      if (b.getInt(at) == 0x6474e551) {
        b.putInt(at + 4, b.getInt(at + 4) & ~1);
      }
    }
  }
}
