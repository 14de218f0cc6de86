package chat.k1te.infra.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerraformValuesTest {
  private record Block(Map<String, Object> values) implements TerraformStruct {
    @Override
    public Map<String, Object> toTerraform() {
      return TerraformValues.object(values);
    }
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void unsetValuesAreLeftOutAndTheOrderIsKept() {
    Map<String, Object> object =
        TerraformValues.object(ordered("z_last", "a", "unset", null, "a_first", 1, "flag", false));

    assertThat(object)
        .containsExactly(
            Map.entry("z_last", "a"), Map.entry("a_first", 1), Map.entry("flag", false));
  }

  @Test
  void blocksBecomeObjectsAndListsOfBlocksListsOfObjects() {
    Block inner = new Block(ordered("name", "id", "type", "S", "unset", null));
    Map<String, Object> object =
        TerraformValues.object(
            ordered("single", inner, "list", List.of(inner, inner), "empty", List.of()));

    Map<String, Object> expected = ordered("name", "id", "type", "S");
    assertThat(object.get("single")).isEqualTo(expected);
    assertThat(object.get("list")).isEqualTo(List.of(expected, expected));
    assertThat(object.get("empty"))
        .as("an empty list stays, as the provider keeps it")
        .isEqualTo(new ArrayList<>());
  }

  @Test
  void stringsMapsAndTokensPassUnchanged() {
    Map<String, String> tags = ordered2("app", "kite");
    Map<String, Object> object =
        TerraformValues.object(ordered("tags", tags, "arn", "${TfToken[TOKEN.1]}"));

    assertThat(object.get("tags")).isSameAs(tags);
    assertThat(object.get("arn")).isEqualTo("${TfToken[TOKEN.1]}");
  }

  @Test
  void countIsANumberOrATerraformCount() {
    assertThatThrownBy(() -> new MetaArguments(null, "2", null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count");
  }

  @Test
  void theProviderJarIsNotOnTheClassPath() {
    // one of its classes, once initialized, makes the jsii kernel load the whole provider bundle
    assertThatThrownBy(
            () -> Class.forName("com.hashicorp.cdktf.providers.aws.provider.AwsProvider"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  private static Map<String, String> ordered2(String key, String value) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }
}
