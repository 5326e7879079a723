package id.sisker.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sisker.yaml.YEntry;
import id.sisker.yaml.YMapping;
import id.sisker.yaml.YNode;
import id.sisker.yaml.YScalar;
import id.sisker.yaml.YSequence;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts a YAML tree to JSON with the YAML 1.2 core-schema types editors use, so an off-the-shelf
 * JSON Schema validator sees what yaml-language-server would.
 */
public final class YamlToJson {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private YamlToJson() {}

  public static JsonNode convert(YNode node) {
    if (node instanceof YMapping m) {
      ObjectNode o = F.objectNode();
      for (YEntry e : m.entries()) {
        o.set(e.key().value(), convert(e.value()));
      }
      return o;
    }
    if (node instanceof YSequence s) {
      ArrayNode a = F.arrayNode();
      for (YNode i : s.items()) {
        a.add(convert(i));
      }
      return a;
    }
    YScalar s = (YScalar) node;
    String v = s.value();
    return switch (s.type()) {
      case NULL -> F.nullNode();
      case BOOLEAN -> F.booleanNode(v.equalsIgnoreCase("true"));
      case INTEGER -> F.numberNode(integer(v));
      case FLOAT ->
          v.contains("inf")
                  || v.contains("nan")
                  || v.contains("Inf")
                  || v.contains("NaN")
                  || v.contains("INF")
                  || v.contains("NAN")
              ? F.textNode(v)
              : F.numberNode(new BigDecimal(v));
      case STRING -> F.textNode(v);
    };
  }

  private static BigInteger integer(String v) {
    if (v.startsWith("0x")) {
      return new BigInteger(v.substring(2), 16);
    }
    if (v.startsWith("0o")) {
      return new BigInteger(v.substring(2), 8);
    }
    return new BigInteger(v.startsWith("+") ? v.substring(1) : v);
  }
}
