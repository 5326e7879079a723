package id.sisker.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sisker.testing.Cli;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SVG from the embedded engine, as a new user on a machine without Graphviz gets it: well-formed
 * XML, one node per jabatan, names drawn literally, the same bytes every time.
 */
class SvgTest {

  @TempDir Path tmp;

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    // no network: the SVG DOCTYPE points at w3.org
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** How many jabatan Pekanbaru's Dinas Perhubungan has, from the loaded model. */
  static long jabatanOfDishub() {
    return new id.sisker.load.Loader(
            id.sisker.yaml.YamlLimits.DEFAULTS, Path.of("").toAbsolutePath())
        .load(Path.of("examples/pekanbaru")).daerah().orElseThrow().perangkatDaerah().stream()
            .filter(p -> p.id().equals("dishub"))
            .findFirst()
            .orElseThrow()
            .jabatan()
            .size();
  }

  /** The ids (titles) of the SVG's node groups. */
  static List<String> nodeTitles(Document d) {
    List<String> out = new ArrayList<>();
    NodeList gs = d.getElementsByTagNameNS("*", "g");
    for (int i = 0; i < gs.getLength(); i++) {
      Element g = (Element) gs.item(i);
      if ("node".equals(g.getAttribute("class"))) {
        out.add(g.getElementsByTagNameNS("*", "title").item(0).getTextContent());
      }
    }
    return out;
  }

  private Cli.Run svg(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "diagram",
                Path.of("examples/pekanbaru").toAbsolutePath().toString(),
                "--engine",
                "embedded"));
    args.addAll(List.of(more));
    if (!args.contains("--format")) {
      args.addAll(List.of("--format", "svg"));
    }
    return Cli.run(tmp, Map.of(), false, args.toArray(String[]::new));
  }

  @Test
  void oneNodePerJabatanAndByteIdentical() throws Exception {
    Cli.Run a = svg("--pd", "dishub", "--view", "kedudukan", "-o", "a.svg");
    assertEquals(0, a.exit(), a.err());
    Cli.Run b = svg("--pd", "dishub", "--view", "kedudukan", "-o", "b.svg");
    assertEquals(0, b.exit(), b.err());
    String sa = Files.readString(tmp.resolve("a.svg"));
    assertEquals(sa, Files.readString(tmp.resolve("b.svg")), "embedded SVG is byte-identical");
    Document d = parse(sa);
    long jabatan = nodeTitles(d).stream().filter(t -> t.startsWith("j_")).count();
    assertEquals(jabatanOfDishub(), jabatan, "one SVG node per jabatan");
    assertTrue(d.getDocumentElement().getTextContent().contains("Kepala Dinas Perhubungan"));
  }

  @Test
  void pngAndHtmlToo() throws Exception {
    Cli.Run p = svg("--pd", "dishub", "--view", "struktur", "--format", "png", "-o", "s.png");
    assertEquals(0, p.exit(), p.err());
    byte[] png = Files.readAllBytes(tmp.resolve("s.png"));
    assertEquals((byte) 0x89, png[0]);
    assertEquals('P', png[1]);
    Cli.Run h = svg("--pd", "dishub", "--view", "kedudukan", "--format", "html", "-o", "k.html");
    assertEquals(0, h.exit(), h.err());
    String html = Files.readString(tmp.resolve("k.html"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("<svg"));
    assertTrue(html.contains("Keterangan"));
    assertTrue(!html.contains("<script"), "self-contained, no scripts");
  }
}
