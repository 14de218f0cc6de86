package chat.k1te.ci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrictJsonTest {
  private static void refused(String text, String message) {
    assertThatThrownBy(() -> StrictJson.parse("the input", text, 1000))
        .isInstanceOfSatisfying(
            CiException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.INVALID_INPUT))
        .hasMessageContaining("the input")
        .hasMessageContaining(message);
  }

  @Test
  void oneValueIsRead() {
    assertThat(StrictJson.parse("x", " {\"a\":[1,2,{\"b\":null}]} \n", 100).at("/a/2").has("b"))
        .isTrue();
    assertThat(StrictJson.parse("x", "42", 100).asInt()).isEqualTo(42);
  }

  @Test
  void trailingContentEmptinessAndBadSyntaxAreRefused() {
    refused("{\"a\":1}{\"a\":2}", "content after its JSON value");
    refused("[1] x", "not valid JSON");
    refused("{\"a\":1} 2", "content after its JSON value");
    refused("   ", "is empty");
    refused("{\"a\":1,\"a\":2}", "not valid JSON");
    refused("{\"a\":", "not valid JSON");
  }

  @Test
  void depthAndSizeAreBounded() {
    String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);
    refused(deep, "nested deeper than 64");
    // far deeper than any stack allows: refused by the streaming pass, no StackOverflowError
    assertThatThrownBy(() -> StrictJson.parse("x", "[".repeat(200_000), 1_000_000))
        .hasMessageContaining("nested deeper");
    String ok = "[".repeat(StrictJson.MAX_DEPTH) + "]".repeat(StrictJson.MAX_DEPTH);
    assertThat(StrictJson.parse("x", ok, 1000).isArray()).isTrue();
    refused("[" + "1,".repeat(600) + "1]", "larger than 1000 characters");
  }

  @Test
  void filesAreBoundedBeforeTheyAreRead(@TempDir Path dir) throws Exception {
    Path big = Files.writeString(dir.resolve("plan.json"), "{\"x\":\"" + "y".repeat(2000) + "\"}");
    assertThatThrownBy(() -> StrictJson.parse("--plan-json plan.json", big, 1000))
        .hasMessageContaining("larger than 1000 bytes");
  }
}
