package id.sisker.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The floor of issue 9's benchmarks: the bare snakeyaml event parse (the parser sisker itself uses,
 * the version of the pom) of every {@code *.yaml} file under the given folders, one after another
 * in one thread, reading each file as UTF-8 and pulling every event, building nothing. Whatever
 * sisker does beyond this is the cost of its own work. Used by scripts/bench.sh as a whole process
 * ({@code java -cp target/sisker.jar:target/test-classes id.sisker.bench.EventParse DIR...}) and by
 * the JMH benchmarks in one JVM.
 */
public final class EventParse {

  private EventParse() {}

  public static void main(String[] args) throws IOException {
    long t = System.nanoTime();
    List<Path> files = files(args);
    long bytes = 0;
    long events = 0;
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      bytes += text.length();
      events += parse(text);
    }
    System.out.printf(
        Locale.ROOT,
        "%d files, %,d chars, %,d events in %.2f s%n",
        files.size(),
        bytes,
        events,
        (System.nanoTime() - t) / 1e9);
  }

  /** Every {@code .yaml}/{@code .yml} file under {@code roots} (files or folders), sorted. */
  public static List<Path> files(String... roots) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String r : roots) {
      try (Stream<Path> s = Files.walk(Path.of(r))) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted()
            .forEach(out::add);
      }
    }
    return out;
  }

  /** Pulls every event of {@code text}; returns how many there were. */
  public static long parse(String text) {
    LoaderOptions opts = new LoaderOptions();
    opts.setCodePointLimit(Integer.MAX_VALUE); // as sisker: size is limited before parsing
    Parser p = new ParserImpl(new StreamReader(text), opts);
    long n = 0;
    while (true) {
      Event e = p.getEvent();
      n++;
      if (e.getEventId() == Event.ID.StreamEnd) {
        return n;
      }
    }
  }
}
