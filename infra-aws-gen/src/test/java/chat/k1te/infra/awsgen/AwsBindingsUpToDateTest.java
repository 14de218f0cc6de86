package chat.k1te.infra.awsgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * infra's committed AWS bindings are exactly what the generator makes from the provider jar for
 * infra's imports: a new import, a removed one or a hand edit shows up here. Regenerate with {@code
 * ./mvnw -q -pl infra-aws-gen -am compile exec:java}.
 */
class AwsBindingsUpToDateTest {
  @Test
  void infraBindingsAreWhatTheGeneratorMakes() throws IOException {
    var sources = AwsBindingsGen.defaultSources();
    assertThat(AwsBindings.stale(AwsBindings.generate(sources), AwsBindings.committed(sources)))
        .as("stale generated AWS bindings (./mvnw -q -pl infra-aws-gen -am compile exec:java)")
        .isEmpty();
  }
}
