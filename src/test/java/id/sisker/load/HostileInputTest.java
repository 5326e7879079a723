package id.sisker.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input, generated at test time (nothing here is committed): each must be
 * refused with exit 2 and one clear finding line that names the file, says what is wrong (the
 * message) and why or what to do (the hint), with no exception text, and quickly. The 20 s guard
 * only catches hangs; nothing here asserts timings.
 */
class HostileInputTest {

  private static final Duration GUARD = Duration.ofSeconds(20);

  @TempDir Path dir;

  /** One hostile input: how to make it, how to call sisker, what it must be refused as. */
  private record Case(String name, Consumer<Path> make, List<String> options, String rule) {}

  private static final String H = Fixtures.HEADER;

  private static List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // --- aliases
    StringBuilder lol = new StringBuilder(H).append("a: &a [\"lol\"");
    lol.append(", \"lol\"".repeat(8)).append("]\n");
    for (char x = 'b'; x <= 'j'; x++) {
      char prev = (char) (x - 1);
      lol.append(x).append(": &").append(x).append(" [*").append(prev);
      lol.append((", *" + prev).repeat(8)).append("]\n");
    }
    c.add(text("billion-laughs.yaml", lol.toString(), "yaml.alias"));
    c.add(
        text(
            "banyak-alias.yaml", H + "a: &a x\nb: [" + "*a, ".repeat(300) + "*a]\n", "yaml.alias"));
    c.add(text("alias-tanpa-jangkar.yaml", H + "a: *tidak-ada\n", "yaml.alias"));
    // --- depth: 10,000 levels, flow and block
    c.add(
        text(
            "dalam-flow.yaml",
            H + "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
            "yaml.kedalaman"));
    c.add(
        text(
            "dalam-flow-peta.yaml",
            H + "x: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n",
            "yaml.kedalaman"));
    c.add(
        text("dalam-blok-daftar.yaml", H + "x:\n" + "- ".repeat(10_000) + "1\n", "yaml.kedalaman"));
    // Block mappings need one more space of indentation per level: 10,000 levels are ~50 MB, so
    // the size limit is raised for this one to reach the parser.
    c.add(
        new Case(
            "dalam-blok-peta.yaml",
            p -> {
              try (OutputStream o = Files.newOutputStream(p)) {
                o.write((H + "x:\n").getBytes(StandardCharsets.UTF_8));
                byte[] spaces = " ".repeat(10_001).getBytes(StandardCharsets.US_ASCII);
                for (int i = 1; i <= 10_000; i++) {
                  o.write(spaces, 0, i);
                  o.write("k:\n".getBytes(StandardCharsets.US_ASCII));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            List.of("--max-file-size", "64"),
            "yaml.kedalaman"));
    // --- size
    c.add(
        new Case(
            "skalar-50mb.yaml",
            p -> {
              try (OutputStream o = Files.newOutputStream(p)) {
                o.write((H + "catatan: \"").getBytes(StandardCharsets.UTF_8));
                byte[] mib = "a".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < 50; i++) {
                  o.write(mib);
                }
                o.write("\"\n".getBytes(StandardCharsets.US_ASCII));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            List.of(),
            "berkas.terlalu-besar"));
    // One-character values, one node per two bytes: far denser than real data (12 to 25 bytes a
    // node). Refused at one node per 8 bytes of the size limit; at the default 32 MiB that is
    // 4 million nodes, so a 4 MiB limit keeps this test quick.
    c.add(
        new Case(
            "padat.yaml",
            p -> {
              try (OutputStream o = Files.newOutputStream(p)) {
                o.write((H + "x: [").getBytes(StandardCharsets.UTF_8));
                o.write("1,".repeat(1_900_000).getBytes(StandardCharsets.US_ASCII));
                o.write("1]\n".getBytes(StandardCharsets.US_ASCII));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            List.of("--max-file-size", "4"),
            "berkas.terlalu-besar"));
    // --- tags: never objects, whatever the tag says
    c.add(
        text(
            "tag-script-engine.yaml",
            H
                + "x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader"
                + " [[!!java.net.URL [\"http://contoh.invalid/\"]]]]\n",
            "yaml.tag"));
    c.add(text("tag-python.yaml", H + "x: !!python/object/apply:os.system [\"id\"]\n", "yaml.tag"));
    c.add(
        text(
            "tag-verbatim.yaml", H + "x: !<tag:yaml.org,2002:java.lang.Runtime> {}\n", "yaml.tag"));
    c.add(text("tag-global.yaml", H + "x: !<tag:contoh.invalid,2024:objek> 1\n", "yaml.tag"));
    c.add(
        text(
            "tag-direktif.yaml",
            "%TAG !e! tag:contoh.invalid,2024:\n---\n" + H + "x: !e!objek 1\n",
            "yaml.tag"));
    c.add(text("tag-lokal.yaml", H + "x: !lokal 1\n", "yaml.tag"));
    c.add(text("tag-di-kunci.yaml", H + "? !!java.io.File /etc/passwd\n: 1\n", "yaml.tag"));
    c.add(text("tag-binary.yaml", H + "x: !!binary aGFsbw==\n", "yaml.tag"));
    c.add(text("tag-timestamp.yaml", H + "x: !!timestamp 2024-01-01\n", "yaml.tag"));
    c.add(text("tag-set.yaml", H + "x: !!set {a, b}\n", "yaml.tag"));
    // --- bytes that are not UTF-8 YAML text
    byte[] noise = new byte[4096];
    new Random(20240601L).nextBytes(noise);
    noise[100] = 0;
    c.add(bytes("acak.yaml", noise, "berkas.biner"));
    c.add(
        bytes(
            "elf.yaml",
            new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            "berkas.biner"));
    c.add(
        bytes(
            "latin1.yaml",
            (H + "catatan: Caf\u00e9 au lait\n").getBytes(StandardCharsets.ISO_8859_1),
            "berkas.bukan-utf8"));
    c.add(
        bytes(
            "utf8-overlong.yaml",
            concat(
                H.getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', ':', ' ', (byte) 0xc0, (byte) 0xaf, '\n'}),
            "berkas.bukan-utf8"));
    c.add(
        bytes(
            "utf8-surrogat.yaml",
            concat(
                H.getBytes(StandardCharsets.UTF_8),
                new byte[] {'x', ':', ' ', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '\n'}),
            "berkas.bukan-utf8"));
    c.add(
        bytes(
            "utf16le.yaml",
            concat(new byte[] {(byte) 0xff, (byte) 0xfe}, H.getBytes(StandardCharsets.UTF_16LE)),
            "berkas.bukan-utf8"));
    c.add(
        bytes(
            "utf16be.yaml",
            concat(new byte[] {(byte) 0xfe, (byte) 0xff}, H.getBytes(StandardCharsets.UTF_16BE)),
            "berkas.bukan-utf8"));
    c.add(bytes("utf16le-tanpa-bom.yaml", H.getBytes(StandardCharsets.UTF_16LE), "berkas.biner"));
    c.add(text("karakter-kendali.yaml", H + "catatan: a\u0007b\n", "yaml.sintaks"));
    // --- nothing in it
    c.add(bytes("kosong.yaml", new byte[0], "berkas.kosong"));
    c.add(text("hanya-spasi.yaml", "   \n\n      \n", "berkas.kosong"));
    c.add(text("hanya-komentar.yaml", "# satu\n   # dua\n\n#tiga", "berkas.kosong"));
    c.add(
        bytes(
            "hanya-bom.yaml", new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, "berkas.kosong"));
    // An explicit empty document is a document, whose empty root holds no daerah.
    c.add(text("dokumen-kosong.yaml", "---\n...\n", "masukan.bukan-akar"));
    // --- paths
    c.add(
        new Case(
            "folder-tanpa-akar",
            p -> {
              Fixtures.write(p, "pegawai.yaml", "pegawai: []\n");
              Fixtures.write(p, "daerah.yml.bak", H);
            },
            List.of(),
            "masukan.tanpa-akar"));
    c.add(new Case("tidak-ada.yaml", p -> {}, List.of(), "masukan.tidak-ada"));
    c.add(new Case("tidak/ada/sama/sekali", p -> {}, List.of(), "masukan.tidak-ada"));
    return c;
  }

  @TestFactory
  Stream<DynamicTest> eachIsRefusedWithOneClearLine() {
    return cases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Path target = dir.resolve(c.name());
                      c.make().accept(target);
                      List<String> args = new ArrayList<>(c.options());
                      args.add(c.name());
                      InProcess.Result r =
                          assertTimeoutPreemptively(
                              GUARD,
                              () -> InProcess.validate(dir, args.toArray(String[]::new)),
                              c.name() + " did not finish");
                      assertRefused(c, r);
                      deleteIfLarge(target);
                    }));
  }

  private static void assertRefused(Case c, InProcess.Result r) {
    InProcess.assertWellFormed(r);
    assertEquals(2, r.exit(), r.all());
    assertEquals(1, r.lines().size(), () -> "exactly one finding\n" + r.all());
    InProcess.Line l = r.lines().get(0);
    assertEquals(c.rule(), l.rule(), r.all());
    assertEquals(c.name(), l.file(), () -> "the finding names the file\n" + r.all());
    assertEquals("galat", l.severity(), r.all());
    assertFalse(l.message().isBlank(), r.all());
    List<String> out = List.of(r.out().split("\n", 0));
    int at = out.indexOf(out.stream().filter(x -> x.startsWith(l.position())).findFirst().get());
    assertTrue(
        out.size() > at + 1 && out.get(at + 1).startsWith("    saran: "),
        () -> "a hint says what to do\n" + r.all());
    assertTrue(
        r.out().contains(c.name() + ": tidak dapat dibaca"),
        () -> "the summary says the input could not be read\n" + r.all());
  }

  private static Case text(String name, String text, String rule) {
    return bytes(name, text.getBytes(StandardCharsets.UTF_8), rule);
  }

  private static Case bytes(String name, byte[] content, String rule) {
    return new Case(name, p -> Fixtures.write(p.getParent(), name, content), List.of(), rule);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** The 50 MB inputs need not outlive their test. */
  private static void deleteIfLarge(Path p) throws IOException {
    if (Files.isRegularFile(p) && Files.size(p) > 1024 * 1024) {
      Files.delete(p);
    }
  }
}
