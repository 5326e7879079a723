package id.sisker.app;

import id.sisker.finding.UnreadableInputException;
import id.sisker.load.LoadResult;
import id.sisker.model.Daerah;
import id.sisker.model.Jabatan;
import id.sisker.model.PerangkatDaerah;
import id.sisker.peta.DataLengkap;
import id.sisker.peta.DataYaml;
import id.sisker.source.SourceFile;
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

/**
 * The "Data sisker" cells of {@code rekap --lengkap}: every key of a perangkat daerah, unit,
 * jabatan, pegawai or of the daerah root that the peta jabatan table does not show. The daerah's
 * files are read again node by node (so a key the format gains later travels without a change
 * here); {@link DataYaml} writes each as one YAML flow mapping and reads such cells back for {@code
 * impor}.
 */
final class DataLembar {

  private DataLembar() {}

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
              daerah = DataYaml.alir(m, DataYaml.DAERAH);
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
                        nip.get(), teks(p, "nama").orElse(""), DataYaml.alir(p, DataYaml.PEGAWAI)));
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
    data.put(akar ? DataLengkap.pd(pd) : DataLengkap.unit(pd, id), DataYaml.alir(u, DataYaml.UNIT));
    YNode jab = u.entry("jabatan") == null ? null : u.entry("jabatan").value();
    for (YMapping j : mappings(jab)) {
      Optional<String> jid = teks(j, "id");
      if (jid.isEmpty()) {
        continue;
      }
      String key = DataLengkap.jabatan(pd, jid.get());
      Jabatan m = model.get(key);
      // The Kepala Daerah, or a superior in another perangkat daerah: the table's hierarchy
      // (within one perangkat daerah) cannot show it.
      Optional<String> atasan = Optional.empty();
      if (teks(j, "atasan").filter(DataYaml.KEPALA_DAERAH::equals).isPresent()) {
        atasan = Optional.of(DataYaml.KEPALA_DAERAH);
      } else if (m != null && m.atasan().isPresent() && !m.atasan().get().pd().equals(pd)) {
        atasan = Optional.of(m.atasan().get().toString());
      }
      data.put(key, DataYaml.jabatan(j, atasan));
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
}
