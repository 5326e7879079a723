package id.sisker.peta.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sisker.peta.BedaHasil;
import id.sisker.peta.Perubahan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The difference as JSON for other tools: {@code {tool, bedaVersion, lama, baru, ringkasan,
 * perangkatDaerah: [{id, nama, perubahan: [{jenis, subjek, uraian, dari, ke, lama, baru}]}]}}.
 * Absent values are left out; the order is the text report's.
 */
public final class BedaJson {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private BedaJson() {}

  public static String render(BedaHasil h) {
    ObjectNode root = JSON.createObjectNode();
    root.put("tool", "sisker");
    root.put("bedaVersion", 1);
    root.put("lama", h.lama());
    root.put("baru", h.baru());
    ObjectNode sum = root.putObject("ringkasan");
    long baru = h.jumlah(Perubahan.Jenis.TEMUAN_BARU);
    long hilang = h.jumlah(Perubahan.Jenis.TEMUAN_HILANG);
    sum.put("perubahan", h.jumlah() - baru - hilang);
    sum.put("temuanBaru", baru);
    sum.put("temuanHilang", hilang);
    ArrayNode groups = root.putArray("perangkatDaerah");
    for (BedaHasil.Kelompok k : h.kelompok()) {
      ObjectNode g = groups.addObject();
      g.put("id", k.pd());
      g.put("nama", k.nama());
      ArrayNode a = g.putArray("perubahan");
      for (Perubahan p : k.perubahan()) {
        ObjectNode n = a.addObject();
        n.put("jenis", p.jenis().key());
        n.put("subjek", p.subjek());
        n.put("uraian", p.uraian());
        put(n, "dari", p.dari());
        put(n, "ke", p.ke());
        put(n, "lama", p.lama());
        put(n, "baru", p.baru());
      }
    }
    try {
      return JSON.writeValueAsString(root).replace("\r\n", "\n") + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void put(ObjectNode n, String key, Optional<String> v) {
    v.ifPresent(x -> n.put(key, x));
  }
}
