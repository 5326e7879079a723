package id.sisker.format;

/** One allowed value of an enumeration. */
public record EnumValue(String value, Doc doc) {}
