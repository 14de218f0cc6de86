package chat.k1te.ci.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributeDiffTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @Test
  void aBlockThatBecomesUnknownHidesItsNestedSensitiveValues() throws Exception {
    ResourceChange change =
        new ResourceChange(
            "aws_lambda_function.dispatcher",
            Optional.empty(),
            List.of("update"),
            json("{\"environment\":{\"variables\":{\"TOKEN\":\"s3cr3t\",\"STAGE\":\"dev\"}}}"),
            json("{}"),
            json("{\"environment\":true}"),
            json("{\"environment\":{\"variables\":{\"TOKEN\":true}}}"),
            json("{}"));

    assertThat(AttributeDiff.of(change))
        .containsExactly(
            new AttributeDiff.Change(
                "environment", AttributeDiff.SENSITIVE, AttributeDiff.UNKNOWN));
  }

  @Test
  void aValueChangingTypeHidesNestedSensitiveParts() throws Exception {
    ResourceChange change =
        new ResourceChange(
            "x.y",
            Optional.empty(),
            List.of("update"),
            json("{\"config\":\"plain\"}"),
            json("{\"config\":{\"password\":\"s3cr3t\",\"user\":\"kite\"}}"),
            json("{}"),
            json("{}"),
            json("{\"config\":{\"password\":true}}"));

    assertThat(AttributeDiff.of(change))
        .containsExactly(new AttributeDiff.Change("config", "\"plain\"", AttributeDiff.SENSITIVE));
  }

  @Test
  void nonSensitiveSiblingsOfASensitiveLeafStayVisible() throws Exception {
    ResourceChange change =
        new ResourceChange(
            "x.y",
            Optional.empty(),
            List.of("update"),
            json("{\"a\":{\"secret\":\"old\",\"size\":1}}"),
            json("{\"a\":{\"secret\":\"new\",\"size\":2}}"),
            json("{}"),
            json("{\"a\":{\"secret\":true}}"),
            json("{\"a\":{\"secret\":true}}"));

    assertThat(AttributeDiff.of(change))
        .containsExactly(
            new AttributeDiff.Change("a.secret", AttributeDiff.SENSITIVE, AttributeDiff.SENSITIVE),
            new AttributeDiff.Change("a.size", "1", "2"));
  }
}
