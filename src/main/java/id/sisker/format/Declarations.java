package id.sisker.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A format declared in code: its objects and named enumerations in declaration order. The daerah,
 * profile and column-mapping formats fill these maps in their constructors.
 */
abstract class Declarations implements Format {

  protected final Map<String, ObjectSpec> objects = new LinkedHashMap<>();
  protected final Map<String, ScalarSpec> enums = new LinkedHashMap<>();

  @Override
  public ObjectSpec object(String name) {
    ObjectSpec o = objects.get(name);
    if (o == null) {
      throw new IllegalArgumentException("no object " + name);
    }
    return o;
  }

  @Override
  public List<ObjectSpec> objects() {
    return List.copyOf(objects.values());
  }

  @Override
  public List<ScalarSpec> enums() {
    return List.copyOf(enums.values());
  }
}
