package id.sisker.app;

import id.sisker.finding.Messages;
import id.sisker.finding.UnreadableInputException;
import id.sisker.load.LoadResult;
import id.sisker.model.Daerah;
import id.sisker.model.Jabatan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.peta.DataLengkap;
import id.sisker.peta.DataSel;
import id.sisker.peta.ImporYaml;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The "Data sisker" cells of {@code rekap --lengkap} and {@code impor}: every key of a perangkat
 * daerah, unit, jabatan, pegawai or of the daerah root that the peta jabatan table does not show,
 * as one YAML flow mapping. Written from the YAML nodes as read (so a key the format gains later
 * travels without a change here) and read back with the same YAML reader as any daerah file.
 */
final class DataLembar {

  private DataLembar() {}

  /** Keys of a perangkat daerah or unit the table shows (or that are its rows). */
  private static final Set<String> UNIT = Set.of("id", "nama", "jabatan", "unit");

  /** Keys of a jabatan the table's columns carry; {@code atasan} is added back when outside. */
  private static final Set<String> JABATAN =
      Set.of("id", "nama", "jenis", "kategori", "jenjang", "kelas", "kebutuhan", "atasan");

  private static final Set<String> PEGAWAI = Set.of("nip", "nama");

  private static final String KEPALA_DAERAH = "kepala_daerah";

  /**
   * Ids, keys and references ({@code kaban}, {@code setda/sekda}) stay unquoted, as people write
   * them.
   */
  private static final Pattern POLOS = Pattern.compile("^[a-z][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?$");

  private static final Pattern PLAIN_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*$");

  /** The data of a loaded daerah: its files are read again, node by node. */
  static DataLengkap dari(LoadResult load) {
    Daerah d = load.daerah().orElseThrow();
    Map<String, Jabatan> jabatan = new HashMap<>();
    for (PerangkatDaerah p : d.perangkatDaerah()) {
      for (Jabatan j : p.jabatan()) {
        jabatan.putIfAbsent(DataLengkap.jabatan(p.id(), j.id().id()), j);
      }
    }
    Map<String, String> data = new LinkedHashMap<>();
    List<DataLengkap.Pegawai> pegawai = new ArrayList<>();
    String daerah = "";
    for (SourceFile f : load.files()) {
      YamlDocument doc;
      try {
        doc = YamlReader.read(f, YamlLimits.DEFAULTS);
      } catch (UnreadableInputException e) {
        continue; // it was read once already; a file that went away since has nothing to add
      }
      if (!(doc.root() instanceof YMapping root)) {
        continue;
      }
      for (YEntry e : root.entries()) {
        switch (e.key().value()) {
          case "daerah" -> {
            if (e.value() instanceof YMapping m) {
              daerah = alir(m, Set.of("nama"));
            }
          }
          case "perangkat_daerah" -> {
            for (YMapping pd : mappings(e.value())) {
              teks(pd, "id").ifPresent(id -> unit(pd, id, true, "", data, jabatan));
            }
          }
          case "pegawai" -> {
            for (YMapping p : mappings(e.value())) {
              Optional<String> nip = teks(p, "nip");
              if (nip.isPresent()) {
                pegawai.add(
                    new DataLengkap.Pegawai(
                        nip.get(), teks(p, "nama").orElse(""), alir(p, PEGAWAI)));
              }
            }
          }
          default -> {}
        }
      }
    }
    data.values().removeIf(v -> v.equals("{}"));
    return new DataLengkap(d.nama(), daerah, data, pegawai);
  }

  private static void unit(
      YMapping u,
      String pd,
      boolean akar,
      String id,
      Map<String, String> data,
      Map<String, Jabatan> model) {
    data.put(akar ? DataLengkap.pd(pd) : DataLengkap.unit(pd, id), alir(u, UNIT));
    YNode jab = u.entry("jabatan") == null ? null : u.entry("jabatan").value();
    for (YMapping j : mappings(jab)) {
      Optional<String> jid = teks(j, "id");
      if (jid.isEmpty()) {
        continue;
      }
      String key = DataLengkap.jabatan(pd, jid.get());
      StringBuilder s = new StringBuilder(alir(j, JABATAN));
      Jabatan m = model.get(key);
      String a = "";
      if (teks(j, "atasan").filter(KEPALA_DAERAH::equals).isPresent()) {
        a = "atasan: " + KEPALA_DAERAH;
      } else if (m != null && m.atasan().isPresent() && !m.atasan().get().pd().equals(pd)) {
        a = "atasan: " + ImporYaml.q(m.atasan().get().toString());
      }
      if (!a.isEmpty()) {
        // The Kepala Daerah, or a superior in another perangkat daerah: the table's hierarchy
        // (within one perangkat daerah) cannot show it.
        s.insert(1, s.length() > 2 ? a + ", " : a);
      }
      data.put(key, s.toString());
    }
    YNode sub = u.entry("unit") == null ? null : u.entry("unit").value();
    for (YMapping c : mappings(sub)) {
      teks(c, "id").ifPresent(cid -> unit(c, pd, false, cid, data, model));
    }
  }

  private static List<YMapping> mappings(YNode n) {
    List<YMapping> out = new ArrayList<>();
    if (n instanceof YSequence s) {
      for (YNode i : s.items()) {
        if (i instanceof YMapping m) {
          out.add(m);
        }
      }
    }
    return out;
  }

  private static Optional<String> teks(YMapping m, String key) {
    YEntry e = m.entry(key);
    return e != null && e.value() instanceof YScalar s && !s.isNull()
        ? Optional.of(s.value())
        : Optional.empty();
  }

  /** A mapping without {@code skip} as one flow mapping: {@code {model: x, kop: {alamat: "…"}}}. */
  static String alir(YMapping m, Set<String> skip) {
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
  static String alir(YNode n) {
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
   * reported); the values come back re-written by {@link #alir(YNode)}.
   */
  static DataSel pembaca(Messages messages) {
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
