package chat.k1te.infra;

import static org.assertj.core.api.Assertions.assertThat;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.Artifacts;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.config.InfraInputs;
import chat.k1te.infra.config.LambdaPackaging;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every packaging synthesizes for both architectures, with the key and build that go with it. */
class ArchitectureTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");

  static List<Arguments> packagingsAndArchitectures() {
    return java.util.Arrays.stream(LambdaPackaging.values())
        .flatMap(p -> java.util.Arrays.stream(Architecture.values()).map(a -> Arguments.of(p, a)))
        .toList();
  }

  private static InfraInputs inputs(LambdaPackaging packaging, Architecture architecture) {
    return new InfraInputs(
            InfraInputs.defaults().repository(), java.util.Optional.empty(), packaging)
        .withArchitecture(architecture);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("packagingsAndArchitectures")
  void eachStageRunsItsPackagingOnTheChosenArchitecture(
      LambdaPackaging packaging, Architecture architecture) {
    Synthesized synthesized = Synthesized.with(inputs(packaging, architecture));
    for (Stack stage : List.of(Stack.KITE_DEV, Stack.KITE_PROD)) {
      Map<String, JsonNode> functions =
          Synthesized.resources(synthesized.json(stage), "aws_lambda_function");
      assertThat(functions).as(stage.stackName()).hasSize(3);
      String key =
          Artifacts.functionKey("0".repeat(40), architecture, packaging.packageFile())
              .replace("0".repeat(40), "${var.artifact_commit}");
      functions.forEach(
          (id, function) -> {
            assertThat(function.path("architectures").toString())
                .as(id)
                .isEqualTo("[\"" + architecture.id() + "\"]");
            assertThat(function.path("runtime").asText()).as(id).isEqualTo(packaging.runtime());
            assertThat(function.path("s3_key").asText()).as(id).isEqualTo(key);
          });
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("packagingsAndArchitectures")
  void kiteBuildHasANativeBuildForArm64AndTheStagesArchitecture(
      LambdaPackaging packaging, Architecture architecture) {
    JsonNode build = Synthesized.with(inputs(packaging, architecture)).json(Stack.KITE_BUILD);
    Map<String, JsonNode> projects = Synthesized.resources(build, "aws_codebuild_project");
    Map<String, String> typeByProject = new TreeMap<>();
    projects
        .values()
        .forEach(
            p ->
                typeByProject.put(
                    p.path("name").asText(), p.path("environment").path("type").asText()));
    Map<String, String> expected = new TreeMap<>();
    expected.put(Artifacts.CODEBUILD_PROJECT, "ARM_CONTAINER");
    if (architecture == Architecture.X86_64) {
      expected.put("kite-native-x86-64", "LINUX_CONTAINER");
    }
    assertThat(typeByProject).isEqualTo(expected);
    projects.values().stream()
        .filter(p -> p.path("name").asText().endsWith("x86-64"))
        .forEach(
            p ->
                assertThat(p.path("artifacts").path("path").asText())
                    .isEqualTo(Architecture.X86_64.artifactPrefix()));
    // the build role may start and read exactly these projects
    String buildRole =
        StreamSupport.stream(
                Synthesized.dataSources(build, "aws_iam_policy_document").values().spliterator(),
                false)
            .map(JsonNode::toString)
            .filter(policy -> policy.contains("RunNativeBuild"))
            .findFirst()
            .orElseThrow();
    expected.keySet().forEach(project -> assertThat(buildRole).contains("project/" + project));
    // and the drift role reads each of them, or the nightly plan of kite-build is denied
    String driftRole =
        StreamSupport.stream(
                Synthesized.dataSources(build, "aws_iam_policy_document").values().spliterator(),
                false)
            .map(JsonNode::toString)
            .filter(policy -> policy.contains("ReadConfiguration"))
            .findFirst()
            .orElseThrow();
    expected
        .keySet()
        .forEach(
            project ->
                assertThat(driftRole)
                    .contains("project/" + project)
                    .contains("log-group:/aws/codebuild/" + project));
  }

  @Test
  void x86GoldenSnapshots() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    Synthesized x86 = Synthesized.with(inputs(LambdaPackaging.NATIVE, Architecture.X86_64));
    for (Stack stack : List.of(Stack.KITE_BUILD, Stack.KITE_DEV)) {
      String actual =
          mapper.writeValueAsString(mapper.treeToValue(x86.json(stack), TreeMap.class)) + "\n";
      Path file = GOLDEN.resolve(stack.stackName() + "-x86_64.tf.json");
      if (Boolean.getBoolean("kite.golden.update")) {
        Files.writeString(file, actual);
      }
      assertThat(actual)
          .as(file + " (-Dkite.golden.update=true rewrites it)")
          .isEqualTo(Files.readString(file));
    }
  }
}
