package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Stack;
import chat.k1te.contracts.tables.KeyAttribute;
import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.contracts.tables.TableDefinition;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One source of truth: the DynamoDB tables in every synthesized stack, read back into {@link
 * TableDefinition}s, equal {@link KiteTables#ALL} (the same definitions the Lambda and the local
 * runtime use).
 */
class TableSchemaTest {
  private static Synthesized synthesized;

  @BeforeAll
  static void synth() {
    synthesized = Synthesized.defaults();
  }

  @Test
  void everyStageStackHoldsExactlyTheSharedTables() {
    for (Stack stack : List.of(Stack.LOCAL, Stack.KITE_DEV, Stack.KITE_PROD)) {
      String stage = stack == Stack.LOCAL ? "local" : stack.stage().orElseThrow();
      Map<String, TableDefinition> expected = new LinkedHashMap<>();
      KiteTables.ALL.forEach(t -> expected.put(t.tableName(stage), t));
      Map<String, TableDefinition> actual = new LinkedHashMap<>();
      Synthesized.resources(synthesized.json(stack), "aws_dynamodb_table")
          .values()
          .forEach(t -> actual.put(t.path("name").asText(), readBack(t)));
      assertThat(actual).as(stack.stackName()).isEqualTo(expected);
    }
  }

  @Test
  void tablesArePayPerRequestAndProtectedOnlyInProd() {
    for (Stack stack : List.of(Stack.LOCAL, Stack.KITE_DEV, Stack.KITE_PROD)) {
      boolean prod = stack == Stack.KITE_PROD;
      Synthesized.resources(synthesized.json(stack), "aws_dynamodb_table")
          .values()
          .forEach(
              t -> {
                assertThat(t.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
                assertThat(t.path("deletion_protection_enabled").asBoolean()).isEqualTo(prod);
                assertThat(t.path("lifecycle").path("prevent_destroy").asBoolean()).isEqualTo(prod);
              });
    }
  }

  private static TableDefinition readBack(JsonNode table) {
    Map<String, KeyAttribute> attributes = new LinkedHashMap<>();
    for (JsonNode a : table.path("attribute")) {
      String code = a.path("type").asText();
      attributes.put(
          a.path("name").asText(),
          new KeyAttribute(
              a.path("name").asText(),
              List.of(chat.k1te.contracts.tables.AttributeType.values()).stream()
                  .filter(t -> t.code().equals(code))
                  .findFirst()
                  .orElseThrow()));
    }
    List<chat.k1te.contracts.tables.LocalIndex> indexes = new ArrayList<>();
    for (JsonNode i : table.path("local_secondary_index")) {
      assertThat(i.path("projection_type").asText()).isEqualTo("ALL");
      indexes.add(
          new chat.k1te.contracts.tables.LocalIndex(
              i.path("name").asText(), attributes.get(i.path("range_key").asText())));
    }
    String name = table.path("name").asText();
    TableDefinition definition =
        new TableDefinition(
            name.substring(name.indexOf('.') + 1),
            attributes.get(table.path("hash_key").asText()),
            Optional.ofNullable(table.path("range_key").asText(null)).map(attributes::get),
            indexes,
            Optional.ofNullable(table.path("ttl").path("attribute_name").asText(null))
                .filter(x -> table.path("ttl").path("enabled").asBoolean()));
    // no attribute is declared that no key uses (DynamoDB rejects those)
    assertThat(
            StreamSupport.stream(table.path("attribute").spliterator(), false)
                .map(a -> a.path("name").asText()))
        .containsExactlyElementsOf(
            definition.keyAttributes().stream().map(KeyAttribute::name).toList());
    return definition;
  }
}
