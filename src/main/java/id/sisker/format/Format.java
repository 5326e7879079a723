package id.sisker.format;

import java.util.List;

/** A YAML format: named objects, named enumerations, and the object every file is. */
public interface Format {

  /** The name of the object each file of this format is. */
  String root();

  ObjectSpec object(String name);

  /** All objects, the root first, in declaration order. */
  List<ObjectSpec> objects();

  /** All named enumerations, in declaration order. */
  List<ScalarSpec> enums();

  /** The title shown in the schema and docs. */
  Doc title();
}
