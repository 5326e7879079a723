package id.sisker.format;

/** A YAML sequence of values of one type. */
public record ListSpec(Type item) implements Type {}
