package id.sisker.diagram;

import java.util.List;
import java.util.Optional;

/**
 * One diagram as plain data, independent of any output format: nodes, edges, clusters (boxes around
 * groups) and sibling orders, all in the order of the YAML files. Renderers only translate.
 *
 * @param orders groups of nodes to keep side by side from left to right in the given order
 * @param legend the node and edge kinds the diagram uses, and the unit colours of a team view
 * @param marked the data paths whose findings the overlay draws (for the findings list)
 */
public record Graph(
    String title,
    List<Cluster> clusters,
    List<Node> nodes,
    List<Edge> edges,
    List<Order> orders,
    List<LegendEntry> legend,
    List<String> marked) {

  public Graph {
    clusters = List.copyOf(clusters);
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    orders = List.copyOf(orders);
    legend = List.copyOf(legend);
    marked = List.copyOf(marked);
  }

  /** What a node stands for; renderers choose shape and fill from it. */
  public enum Shape {
    /** The head of a perangkat daerah (its top unit). */
    KEPALA,
    /** A unit directly below the head: sekretariat, bidang, bagian, asisten, inspektur pembantu. */
    UNIT,
    /** A unit below that: seksi, subbagian, subbidang. */
    SUBUNIT,
    KECAMATAN,
    KELURAHAN,
    UPT,
    /** A unit led by a jabatan fungsional (puskesmas, satuan pendidikan, unit kerja mandiri). */
    UNIT_JF,
    /** The Kelompok Jabatan Fungsional of a struktur chart. */
    KELOMPOK,
    STRUKTURAL,
    FUNGSIONAL,
    PELAKSANA,
    KEPALA_DAERAH,
    /** A person in a team (pegawai of the daerah). */
    ORANG,
    PIHAK_LUAR,
    /** An instansi outside the daerah (lintas instansi assignment). */
    INSTANSI
  }

  /** What an edge means. */
  public enum EdgeKind {
    ATASAN,
    SUBUNIT,
    /** From a unit to its Kelompok Jabatan Fungsional (struktur). */
    KELOMPOK,
    KOORDINATOR,
    PENILAI,
    ANGGOTA,
    /** The ketua's reporting line as the profile names it. */
    MELAPOR,
    /** A reporting line recorded in the data that the profile does not name. */
    MELAPOR_TERCATAT,
    PENANGGUNG_JAWAB,
    PENUGASAN,
    PENUGASAN_TIM
  }

  /** The findings overlay of a node: none, amber (warnings) or red (errors). */
  public enum Mark {
    NONE,
    WARNING,
    ERROR
  }

  /**
   * A box around nodes.
   *
   * @param parent the enclosing cluster's id, if nested
   */
  public record Cluster(String id, String label, Optional<String> parent, boolean kelompok) {}

  /**
   * A node.
   *
   * @param key the data id it stands for ({@code pd/jabatan}, {@code pd/unit}, a NIP …), for tests
   *     and tooltips; {@code id} is its stable, sanitised id in the output
   * @param label the lines of its label, drawn literally
   * @param cluster the cluster it sits in, if any
   * @param colour the index of its unit colour in a team view (see {@link Graph#legend})
   * @param rules the rule ids of its findings, for tooltips
   */
  public record Node(
      String id,
      String key,
      Shape shape,
      List<String> label,
      Optional<String> cluster,
      Mark mark,
      Optional<Integer> colour,
      List<String> rules) {
    public Node {
      label = List.copyOf(label);
      rules = List.copyOf(rules);
    }
  }

  /**
   * An edge from {@code from} to {@code to} (node ids).
   *
   * @param toCluster the box {@code to} heads, when the edge points at the whole box
   */
  public record Edge(
      String from,
      String to,
      EdgeKind kind,
      Optional<String> label,
      Mark mark,
      Optional<String> toCluster) {

    public Edge(String from, String to, EdgeKind kind, Optional<String> label, Mark mark) {
      this(from, to, kind, label, mark, Optional.empty());
    }

    // Written out rather than left to the record: the record's are linked through invokedynamic on
    // first use, a cost a short run notices (ADR 0083). Edges are hashed only to drop duplicates.
    @Override
    public boolean equals(Object o) {
      return o instanceof Edge e
          && from.equals(e.from)
          && to.equals(e.to)
          && kind == e.kind
          && label.equals(e.label)
          && mark == e.mark
          && toCluster.equals(e.toCluster);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(from, to, kind, label, mark, toCluster);
    }
  }

  /**
   * Nodes kept in the given order: side by side from left to right, or (vertical) stacked from top
   * to bottom. Graphviz would otherwise order siblings as its layout likes.
   */
  public record Order(List<String> nodes, boolean vertical) {
    public Order {
      nodes = List.copyOf(nodes);
    }
  }

  /**
   * One legend line: a node shape, an edge kind or a unit colour, and its text.
   *
   * @param colour the unit colour index, for colour entries
   */
  public record LegendEntry(
      Optional<Shape> shape, Optional<EdgeKind> edge, Optional<Integer> colour, String text) {}

  /** The node with {@code id}, if any. */
  public Optional<Node> node(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }
}
