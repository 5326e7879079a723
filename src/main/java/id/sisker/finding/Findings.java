package id.sisker.finding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A collector that every stage appends to, so a run reports all problems, not the first. */
public final class Findings {

  private final List<Finding> list = new ArrayList<>();

  public void add(Finding f) {
    list.add(f);
  }

  public void addAll(List<Finding> fs) {
    list.addAll(fs);
  }

  public List<Finding> list() {
    return Collections.unmodifiableList(list);
  }

  public boolean isEmpty() {
    return list.isEmpty();
  }

  public int size() {
    return list.size();
  }
}
