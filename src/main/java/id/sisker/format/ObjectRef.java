package id.sisker.format;

/** A field whose value is an object declared elsewhere by name (objects may nest themselves). */
public record ObjectRef(String name) implements Type {}
