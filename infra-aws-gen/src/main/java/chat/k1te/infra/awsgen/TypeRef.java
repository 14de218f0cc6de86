package chat.k1te.infra.awsgen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A jsii type reference: a primitive, a named type, a list or map of one, or a union. */
sealed interface TypeRef {
  record Primitive(String name) implements TypeRef {}

  record Named(String fqn) implements TypeRef {}

  record ListOf(TypeRef element) implements TypeRef {}

  record MapOf(TypeRef element) implements TypeRef {}

  record Union(List<TypeRef> members) implements TypeRef {}

  String RESOLVABLE = "cdktf.IResolvable";

  static TypeRef of(JsonNode node) {
    if (node.has("primitive")) {
      return new Primitive(node.get("primitive").asText());
    }
    if (node.has("fqn")) {
      return new Named(node.get("fqn").asText());
    }
    if (node.has("collection")) {
      JsonNode collection = node.get("collection");
      TypeRef element = of(collection.get("elementtype"));
      return switch (collection.get("kind").asText()) {
        case "array" -> new ListOf(element);
        case "map" -> new MapOf(element);
        default -> throw new IllegalArgumentException("collection kind in " + node);
      };
    }
    if (node.has("union")) {
      List<TypeRef> members = new ArrayList<>();
      node.get("union").get("types").forEach(t -> members.add(of(t)));
      return new Union(members);
    }
    throw new IllegalArgumentException("unknown jsii type " + node);
  }

  /** The alternatives a builder accepts: the members of a union, else the type itself. */
  default List<TypeRef> alternatives() {
    return this instanceof Union union ? union.members() : List.of(this);
  }
}
