package id.sisker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * graphviz-java and json-schema-validator log through SLF4J 1.7: with no binding, or with two,
 * SLF4J prints its "no providers"/"multiple bindings" warnings on stderr of every render and test
 * run (issue 10 §4). Exactly one binding is on the class path (the no-op one, from the pom), and no
 * SLF4J 2 provider that would make 1.7 warn again.
 */
class QuietLoggingTest {

  private static List<URL> resources(String name) throws IOException {
    return Collections.list(QuietLoggingTest.class.getClassLoader().getResources(name));
  }

  @Test
  void exactlyOneSlf4jBindingAndNoSlf4j2Provider() throws IOException {
    List<URL> bindings = resources("org/slf4j/impl/StaticLoggerBinder.class");
    assertEquals(1, bindings.size(), bindings.toString());
    assertEquals(
        List.of(), resources("META-INF/services/org.slf4j.spi.SLF4JServiceProvider"), "SLF4J 2");
  }
}
