package id.sisker.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Emits a JSON Schema (draft 2020-12) of a format, for editor completion and hover help with
 * yaml-language-server. The schema and the loader are generated from the same declaration, so they
 * cannot drift; the loader still checks more (references, integrity) than a schema can express.
 */
public final class JsonSchema {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Format format;
  private final String lang;

  public JsonSchema(Format format, String lang) {
    this.format = format;
    this.lang = lang;
  }

  public ObjectNode build(String id) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", id);
    root.put("title", format.title().in(lang));
    ObjectSpec top = format.object(format.root());
    object(root, top);
    ObjectNode defs = root.putObject("$defs");
    for (ObjectSpec o : format.objects()) {
      if (!o.name().equals(format.root())) {
        object(defs.putObject(o.name()), o);
      }
    }
    for (ScalarSpec e : format.enums()) {
      ObjectNode n = defs.putObject(e.name());
      n.put("type", "string");
      ArrayNode values = n.putArray("enum");
      StringBuilder doc = new StringBuilder();
      for (EnumValue v : e.values()) {
        values.add(v.value());
        String d = v.doc().in(lang);
        if (!d.isEmpty()) {
          doc.append(doc.length() == 0 ? "" : "; ").append(v.value()).append(": ").append(d);
        }
      }
      if (doc.length() > 0) {
        n.put("description", doc.toString());
      }
    }
    return root;
  }

  /** The schema as pretty-printed JSON with a final newline. */
  public String render(String id) {
    try {
      return JSON.writeValueAsString(build(id)).replace("\r\n", "\n") + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private void object(ObjectNode n, ObjectSpec o) {
    n.put("type", "object");
    n.put("description", o.doc().in(lang));
    ObjectNode props = n.putObject("properties");
    ArrayNode required = JSON.createArrayNode();
    for (FieldSpec f : o.fields()) {
      ObjectNode p = type(f.type());
      String d = f.doc().in(lang);
      ObjectNode withDoc = JSON.createObjectNode();
      withDoc.put("description", d);
      if (!f.required()) {
        // An optional key written without a value counts as absent for the checker (a warning,
        // yaml.kosong); the editor must not call it an error either.
        withDoc.set(
            "anyOf",
            JSON.createArrayNode().add(p).add(JSON.createObjectNode().put("type", "null")));
      } else {
        withDoc.setAll(p);
      }
      props.set(f.key(), withDoc);
      if (f.required()) {
        required.add(f.key());
      }
    }
    if (!required.isEmpty()) {
      n.set("required", required);
    }
    n.put("additionalProperties", false);
  }

  private ObjectNode type(Type t) {
    ObjectNode n = JSON.createObjectNode();
    if (t instanceof ObjectRef r) {
      n.put("$ref", "#/$defs/" + r.name());
      return n;
    }
    if (t instanceof ListSpec l) {
      n.put("type", "array");
      n.set("items", type(l.item()));
      return n;
    }
    ScalarSpec s = (ScalarSpec) t;
    switch (s.kind()) {
      case TEXT -> n.put("type", "string");
      case ID, REF -> n.put("type", "string");
      case DATE -> {
        n.put("type", "string");
        n.put("format", "date");
      }
      case CODE -> n.set("type", JSON.createArrayNode().add("string").add("number"));
      case NIP, PERSON -> {
        n.set("type", JSON.createArrayNode().add("string").add("integer"));
        // Unquoted, a NIP is an 18-digit number; `nip: 5` is no NIP (the checker says so too).
        n.put("minimum", 100_000_000_000_000_000L);
        n.put("maximum", 999_999_999_999_999_999L);
      }
      case INTEGER -> {
        n.put("type", "integer");
        s.min().ifPresent(v -> n.put("minimum", v));
        // The checker reads numbers as Java ints: larger is bilangan-terlalu-besar there.
        n.put("maximum", s.max().orElse(Integer.MAX_VALUE));
      }
      case BOOLEAN -> n.put("type", "boolean");
      case ENUM -> {
        n.put("$ref", "#/$defs/" + s.name());
        return n;
      }
    }
    s.pattern().ifPresent(p -> n.put("pattern", p));
    return n;
  }

  /** For tests: parse a rendered schema back. */
  public static JsonNode parse(String json)
      throws com.fasterxml.jackson.core.JsonProcessingException {
    return JSON.readTree(json);
  }
}
