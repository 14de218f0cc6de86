package chat.k1te.serverless.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The entry point with a process environment: what the bootstrap does before any event. */
class LambdaRuntimeMainTest {
  private RuntimeApiStub api;

  @BeforeEach
  void start() throws IOException {
    api = new RuntimeApiStub();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void anUnknownHandlerIsAnInitErrorNamingItAndTheAcceptedOnes() throws IOException {
    api.enqueue("never", "{}");

    int exit =
        LambdaRuntimeMain.run(
            Map.of("AWS_LAMBDA_RUNTIME_API", api.address(), "_HANDLER", "hello.handler"));

    assertThat(exit).isEqualTo(1);
    RuntimeApiStub.Posted init = api.initErrors().get(0);
    assertThat(init.errorType()).isEqualTo("Runtime.NoSuchHandler");
    String message = (String) JSON.std.mapFrom(init.body()).get("errorMessage");
    assertThat(message)
        .startsWith("_HANDLER 'hello.handler' names no Kite handler; expected one of ")
        .contains("chat.k1te.serverless.RequestDispatcher::handleRequest (or request-dispatcher)")
        .contains("chat.k1te.serverless.LifecycleHandler::handleRequest (or lifecycle)")
        .contains("chat.k1te.serverless.TelegramAuthorizer::handleRequest (or tg-authorizer)");
    assertThat(api.nextCalls()).isZero();
  }

  @Test
  void aMissingHandlerSettingIsAnInitError() throws IOException {
    int exit = LambdaRuntimeMain.run(Map.of("AWS_LAMBDA_RUNTIME_API", api.address()));

    assertThat(exit).isEqualTo(1);
    RuntimeApiStub.Posted init = api.initErrors().get(0);
    assertThat(init.errorType()).isEqualTo("Runtime.NoSuchHandler");
    assertThat((String) JSON.std.mapFrom(init.body()).get("errorMessage"))
        .startsWith("_HANDLER is not set; expected one of ");
  }

  @Test
  void aBadMemorySettingIsAnInitErrorNamingTheVariable() throws IOException {
    int exit =
        LambdaRuntimeMain.run(
            Map.of(
                "AWS_LAMBDA_RUNTIME_API", api.address(),
                "_HANDLER", "request-dispatcher",
                "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "lots"));

    assertThat(exit).isEqualTo(1);
    assertThat((String) JSON.std.mapFrom(api.initErrors().get(0).body()).get("errorMessage"))
        .startsWith("AWS_LAMBDA_FUNCTION_MEMORY_SIZE is not a number: 'lots'");
  }

  @Test
  void withoutARuntimeApiAddressTheProcessExitsWithUsageError() {
    assertThat(LambdaRuntimeMain.run(Map.of("_HANDLER", "request-dispatcher"))).isEqualTo(2);
    assertThat(LambdaRuntimeMain.run(Map.of("AWS_LAMBDA_RUNTIME_API", "http://x/y"))).isEqualTo(2);
  }
}
