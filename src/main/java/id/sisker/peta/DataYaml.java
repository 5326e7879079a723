package id.sisker.peta;

import id.sisker.finding.Messages;
import id.sisker.finding.UnreadableInputException;
import id.sisker.source.SourceFile;
import id.sisker.yaml.ScalarType;
import id.sisker.yaml.YEntry;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YNode;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YSequence;
import id.sisker.yaml.YamlDocument;
import id.sisker.yaml.YamlLimits;
import id.sisker.yaml.YamlReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The YAML of the "Data sisker" cells of {@code rekap --lengkap} and {@code impor}: the keys of a
 * perangkat daerah, unit, jabatan, pegawai or of the daerah root that the table does not show,
 * written from the YAML nodes as read as one flow mapping (quoted with {@link ImporYaml#q}, so
 * nothing is read as syntax), and such a cell read back with the project's YAML reader.
 */
public final class DataYaml {

  private DataYaml() {}

  /** Keys of a perangkat daerah or unit the table shows (or that are its rows). */
  public static final Set<String> UNIT = Set.of("id", "nama", "jabatan", "unit");

  /** Keys of a jabatan the table's columns carry; {@code atasan} is added back when outside. */
  public static final Set<String> JABATAN =
      Set.of("id", "nama", "jenis", "kategori", "jenjang", "kelas", "kebutuhan", "atasan");

  public static final Set<String> PEGAWAI = Set.of("nip", "nama");

  /** Keys of the daerah root the Daerah sheet shows in its own column. */
  public static final Set<String> DAERAH = Set.of("nama");

  /** The superior outside the table's hierarchy that is written as a plain word. */
  public static final String KEPALA_DAERAH = "kepala_daerah";

  /**
   * Ids, keys and references ({@code kaban}, {@code setda/sekda}) stay unquoted, as people write
   * them.
   */
  private static final Pattern POLOS = Pattern.compile("^[a-z][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?$");

  private static final Pattern PLAIN_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*$");

  /**
   * A jabatan's cell; with {@code atasan} (the Kepala Daerah, or a superior in another perangkat
   * daerah, which the table's hierarchy within one perangkat daerah cannot show) written first.
   */
  public static String jabatan(YMapping j, java.util.Optional<String> atasan) {
    StringBuilder s = new StringBuilder(alir(j, JABATAN));
    if (atasan.isPresent()) {
      String ref = atasan.get();
      String a = "atasan: " + (ref.equals(KEPALA_DAERAH) ? ref : ImporYaml.q(ref));
      s.insert(1, s.length() > 2 ? a + ", " : a);
    }
    return s.toString();
  }

  /** A mapping without {@code skip} as one flow mapping: {@code {model: x, kop: {alamat: "…"}}}. */
  public static String alir(YMapping m, Set<String> skip) {
    StringBuilder s = new StringBuilder("{");
    for (YEntry e : m.entries()) {
      if (skip.contains(e.key().value())) {
        continue;
      }
      if (s.length() > 1) {
        s.append(", ");
      }
      s.append(kunci(e.key().value())).append(": ").append(alir(e.value()));
    }
    return s.append('}').toString();
  }

  /** Any node as flow YAML; every string double-quoted, so nothing is read as syntax. */
  public static String alir(YNode n) {
    if (n instanceof YScalar s) {
      return switch (s.type()) {
        case STRING ->
            POLOS.matcher(s.value()).matches()
                    && ScalarType.resolvePlain(s.value()) == ScalarType.STRING
                ? s.value()
                : ImporYaml.q(s.value());
        case NULL -> "null";
        default -> s.value();
      };
    }
    if (n instanceof YSequence q) {
      List<String> items = new ArrayList<>();
      q.items().forEach(i -> items.add(alir(i)));
      return "[" + String.join(", ", items) + "]";
    }
    return alir((YMapping) n, Set.of());
  }

  private static String kunci(String k) {
    return PLAIN_KEY.matcher(k).matches() ? k : ImporYaml.q(k);
  }

  /**
   * Reads data cells with the project's YAML reader (same limits, tags refused, duplicate keys
   * reported); the values come back re-written by {@link #alir(YNode)}, and why a cell is unusable
   * worded with {@code messages}.
   */
  public static DataSel pembaca(Messages messages) {
    return text -> {
      YamlDocument doc;
      try {
        doc = YamlReader.parse(SourceFile.named("sel"), text, YamlLimits.DEFAULTS);
      } catch (UnreadableInputException e) {
        return DataSel.Hasil.gagal(messages.format(e.finding().message()));
      }
      if (!doc.findings().isEmpty()) {
        return DataSel.Hasil.gagal(messages.format(doc.findings().get(0).message()));
      }
      if (!(doc.root() instanceof YMapping m)) {
        return DataSel.Hasil.gagal(text.length() > 40 ? text.substring(0, 40) + "…" : text);
      }
      Map<String, String> isi = new LinkedHashMap<>();
      Map<String, Integer> banyak = new HashMap<>();
      for (YEntry e : m.entries()) {
        isi.put(kunci(e.key().value()), alir(e.value()));
        if (e.value() instanceof YSequence q) {
          banyak.put(e.key().value(), q.items().size());
        }
      }
      return new DataSel.Hasil(isi, banyak, "");
    };
  }
}
