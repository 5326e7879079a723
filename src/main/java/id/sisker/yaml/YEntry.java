package id.sisker.yaml;

/** One key and its value. */
public record YEntry(YScalar key, YNode value) {}
