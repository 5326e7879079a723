package id.sisker.diagram.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The jar carries J2V8 for the three desktop platforms; the executable-stack flag is cleared. */
class NativeV8Test {

  @Test
  void nativesForLinuxWindowsAndMacOnTheClasspath() {
    for (String p : new String[] {"linux_x86_64", "win32_x86_64", "macosx_x86_64"}) {
      assertNotNull(
          NativeV8.class.getResource("/" + NativeV8.libraryName(p)), "J2V8 native for " + p);
    }
    assertEquals("libj2v8_win32_x86_64.dll", NativeV8.libraryName("win32_x86_64"));
    assertEquals("libj2v8_macosx_x86_64.dylib", NativeV8.libraryName("macosx_x86_64"));
  }

  @Test
  void platformNamesFollowJ2v8() {
    String os = System.getProperty("os.name");
    String arch = System.getProperty("os.arch");
    try {
      System.setProperty("os.name", "Windows 11");
      System.setProperty("os.arch", "amd64");
      assertEquals("win32_x86_64", NativeV8.platform());
      System.setProperty("os.name", "Mac OS X");
      System.setProperty("os.arch", "aarch64");
      assertEquals("macosx_aarch64", NativeV8.platform());
      assertEquals(null, NativeV8.class.getResource("/" + NativeV8.libraryName("macosx_aarch64")));
    } finally {
      System.setProperty("os.name", os);
      System.setProperty("os.arch", arch);
    }
  }

  @Test
  void clearsOnlyTheExecutableBitOfGnuStack() {
    byte[] elf = new byte[64 + 3 * 56];
    ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    elf[5] = 1;
    b.putLong(0x20, 64);
    b.putShort(0x36, (short) 56);
    b.putShort(0x38, (short) 3);
    b.putInt(64, 1); // PT_LOAD, flags R+X
    b.putInt(68, 5);
    b.putInt(64 + 56, 0x6474e551); // PT_GNU_STACK, flags R+W+X
    b.putInt(64 + 56 + 4, 7);
    b.putInt(64 + 112, 2); // PT_DYNAMIC
    b.putInt(64 + 112 + 4, 6);
    NativeV8.clearExecStack(elf);
    assertEquals(5, b.getInt(68), "PT_LOAD untouched");
    assertEquals(6, b.getInt(64 + 56 + 4), "GNU_STACK no longer executable");
    assertEquals(6, b.getInt(64 + 112 + 4));
  }
}
