package id.sisker.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Guards for build settings whose failure only shows in a second Maven run, which the test suite
 * cannot afford to start (issue 10 §4).
 */
class BuildConfigTest {

  @Test
  void thePlainJarIsAlwaysRebuiltSoTheShadedJarIsNeverShadedAgain() throws Exception {
    // Without it, after ./sisker built target/sisker.jar, `mvnw verify` found the jar "up to date"
    // and shaded the shaded jar: 70 "overlapping classes" warnings, order-dependent README
    // commands.
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document pom = f.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    String force =
        XPathFactory.newInstance()
            .newXPath()
            .evaluate(
                "//*[local-name()='plugin'][*[local-name()='artifactId']='maven-jar-plugin']"
                    + "/*[local-name()='configuration']/*[local-name()='forceCreation']",
                pom)
            .strip();
    assertEquals("true", force);
  }
}
