package id.sisker.rule;

import id.sisker.finding.Cause;
import id.sisker.finding.Finding;
import id.sisker.model.DataPath;
import id.sisker.model.Indeks;
import id.sisker.model.Jabatan;
import id.sisker.model.JabatanId;
import id.sisker.model.Unit;
import id.sisker.source.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One finding per mistake (issue #8 §5, ADR 50): the step after every check has run. A finding that
 * follows from another, by a relation the {@link Catalogue} declares ({@link Penyebab}), is marked
 * as a consequence of the root of its causes and is then shown under it and not counted. Checks
 * know nothing of this; the relations are data.
 *
 * <p>A consequence is never more severe than its cause, so attaching never lowers the exit code;
 * fatal findings neither cause nor follow. Among several causes the one of the earliest declared
 * relation wins, then the most severe, then the first by path and position, so the result does not
 * depend on the order the checks ran in.
 */
public final class Akibat {

  private final Catalogue catalogue;
  private final Indeks indeks;
  private Map<String, Jabatan> jabatanByPath;
  private Map<String, Unit> unitByPath;

  private Akibat(Catalogue catalogue, Indeks indeks) {
    this.catalogue = catalogue;
    this.indeks = indeks;
  }

  /** {@code findings} in the same order, each consequence marked with the root of its causes. */
  public static List<Finding> lampirkan(
      List<Finding> findings, Optional<Indeks> indeks, Catalogue catalogue) {
    return new Akibat(catalogue, indeks.orElse(null)).attach(findings);
  }

  private List<Finding> attach(List<Finding> findings) {
    int n = findings.size();
    // Candidate causes, indexed by what a consequence is looked up by.
    Map<String, List<Integer>> byPath = new HashMap<>();
    Map<Span, List<Integer>> byRelated = new HashMap<>();
    Map<String, List<Integer>> byEntity = new HashMap<>();
    Map<JabatanId, List<Integer>> byLed = new HashMap<>();
    List<Integer> inProfile = new ArrayList<>();
    // Only findings that may cause others are indexed, each only for the scopes it causes in.
    Map<String, Set<Cakupan>> causeScopes = new HashMap<>();
    for (Finding f : findings) {
      for (Penyebab p : catalogue.penyebab()) {
        if (p.sebabnya(f.rule())) {
          causeScopes.computeIfAbsent(f.rule().value(), k -> new HashSet<>()).add(p.cakupan());
        }
      }
    }
    for (int i = 0; i < n; i++) {
      Finding f = findings.get(i);
      Set<Cakupan> scopes = causeScopes.getOrDefault(f.rule().value(), Set.of());
      if (f.fatal() || scopes.isEmpty()) {
        continue;
      }
      String path = f.path().value();
      if (scopes.contains(Cakupan.TEMPAT)) {
        byPath.computeIfAbsent(path, k -> new ArrayList<>()).add(i);
        for (Span s : f.related()) {
          byRelated.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
        }
      }
      if (scopes.contains(Cakupan.ENTITAS)) {
        byEntity.computeIfAbsent(top(path), k -> new ArrayList<>()).add(i);
      }
      if (scopes.contains(Cakupan.BAWAHAN)) {
        for (JabatanId j : led(path)) {
          byLed.computeIfAbsent(j, k -> new ArrayList<>()).add(i);
        }
      }
      if (scopes.contains(Cakupan.PROFIL) && inProfile(path)) {
        inProfile.add(i);
      }
    }
    int[] cause = new int[n];
    java.util.Arrays.fill(cause, -1);
    for (int i = 0; i < n; i++) {
      Finding g = findings.get(i);
      if (g.fatal()) {
        continue;
      }
      List<Penyebab> relations = catalogue.penyebab(g.rule());
      int best = -1;
      int bestRank = Integer.MAX_VALUE;
      for (int r = 0; r < relations.size(); r++) {
        Penyebab p = relations.get(r);
        for (int c : candidates(p.cakupan(), g, byPath, byRelated, byEntity, byLed, inProfile)) {
          Finding f = findings.get(c);
          if (c == i || !p.sebabnya(f.rule()) || !f.severity().atLeast(g.severity())) {
            continue;
          }
          if (best < 0
              || r < bestRank
              || r == bestRank && ORDER.compare(f, findings.get(best)) < 0) {
            best = c;
            bestRank = r;
          }
        }
        if (best >= 0) {
          break;
        }
      }
      cause[i] = best;
    }
    List<Finding> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int root = root(cause, i);
      out.add(
          root == i
              ? findings.get(i)
              : findings.get(i).consequenceOf(Cause.of(findings.get(root))));
    }
    return out;
  }

  /** Most severe first, then by path, position and rule: a stable choice among equal causes. */
  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.severity())
          .thenComparing(f -> f.path().value())
          .thenComparingInt(f -> f.span().map(Span::line).orElse(0))
          .thenComparing(f -> f.rule().value());

  /**
   * The root of {@code i}'s causes; a finding on a loop of causes (none are declared) is its own.
   */
  private static int root(int[] cause, int i) {
    Set<Integer> seen = new LinkedHashSet<>();
    int at = i;
    while (cause[at] >= 0 && seen.add(at)) {
      at = cause[at];
    }
    return cause[at] >= 0 ? i : at;
  }

  private List<Integer> candidates(
      Cakupan scope,
      Finding g,
      Map<String, List<Integer>> byPath,
      Map<Span, List<Integer>> byRelated,
      Map<String, List<Integer>> byEntity,
      Map<JabatanId, List<Integer>> byLed,
      List<Integer> inProfile) {
    String path = g.path().value();
    return switch (scope) {
      case TEMPAT -> {
        // At the cause's place or within it (a position's atasan under a finding on the position).
        List<Integer> out = new ArrayList<>();
        String stop = owner(path);
        for (String p = path; p.length() >= stop.length() && !p.isEmpty(); p = parent(p)) {
          out.addAll(byPath.getOrDefault(p, List.of()));
        }
        g.span().ifPresent(s -> out.addAll(byRelated.getOrDefault(s, List.of())));
        yield out;
      }
      case ENTITAS -> byEntity.getOrDefault(top(path), List.of());
      case BAWAHAN -> {
        Optional<Jabatan> j = jabatanAt(path);
        yield j.isEmpty() ? List.of() : byLed.getOrDefault(j.get().id(), List.of());
      }
      case PROFIL -> inProfile(path) ? List.of() : inProfile;
    };
  }

  /** The path one step up: {@code a.b[x]} of {@code a.b[x].c}, {@code a.b} of {@code a.b[x]}. */
  static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut < 0 ? "" : path.substring(0, cut);
  }

  /** The top-level entity of a path: {@code tim_kerja[t]} of {@code tim_kerja[t].anggota[2]}. */
  static String top(String path) {
    int close = path.indexOf(']');
    if (close >= 0) {
      return path.substring(0, close + 1);
    }
    int dot = path.indexOf('.');
    return dot < 0 ? path : path.substring(0, dot);
  }

  /** Whether a path lies in a profile file rather than in the daerah's data. */
  static boolean inProfile(String path) {
    return path.equals("profil") || path.startsWith("profil.") || path.startsWith("profil[");
  }

  /** The entity that owns a path: the path up to its last id ({@code ...jabatan[x]}). */
  private static String owner(String path) {
    int close = path.lastIndexOf(']');
    return close < 0 ? path : path.substring(0, close + 1);
  }

  /** The position a path is about, if it is about one. */
  private Optional<Jabatan> jabatanAt(String path) {
    index();
    return Optional.ofNullable(jabatanByPath.get(owner(path)));
  }

  /**
   * The positions a cause at {@code path} leads: for a unit, its positions, its head and those
   * under the head; for a position, itself and those under it.
   */
  private Set<JabatanId> led(String path) {
    Set<JabatanId> out = new LinkedHashSet<>();
    if (indeks == null) {
      return out;
    }
    index();
    String owner = owner(path);
    Jabatan j = jabatanByPath.get(owner);
    Unit u = unitByPath.get(owner);
    if (j != null) {
      out.add(j.id());
      indeks.bawahan(j.id()).forEach(b -> out.add(b.id()));
    } else if (u != null) {
      indeks.jabatanIn(u.id()).forEach(b -> out.add(b.id()));
      u.kepala()
          .ifPresent(
              k -> {
                out.add(k);
                indeks.bawahan(k).forEach(b -> out.add(b.id()));
              });
    }
    return out;
  }

  private void index() {
    if (jabatanByPath != null) {
      return;
    }
    jabatanByPath = new HashMap<>();
    unitByPath = new HashMap<>();
    if (indeks == null) {
      return;
    }
    for (Jabatan j : indeks.semuaJabatan()) {
      jabatanByPath.putIfAbsent(DataPath.jabatan(j.id()), j);
    }
    for (Unit u : indeks.semuaUnit()) {
      unitByPath.putIfAbsent(DataPath.unit(u.id()), u);
    }
  }
}
