package chat.k1te.serverless.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuntimeLoopTest {
  private final List<String> log = new ArrayList<>();
  private final LambdaLogger logger =
      new LambdaLogger() {
        @Override
        public void log(String message) {
          log.add(message);
        }

        @Override
        public void log(byte[] message) {
          log(new String(message, StandardCharsets.UTF_8));
        }
      };
  private final FunctionSettings function =
      new FunctionSettings("dev-request-dispatcher", "7", 256, "/aws/lambda/dev", "2026/11/28/x");
  private RuntimeApiStub api;

  @BeforeEach
  void start() throws IOException {
    api = new RuntimeApiStub();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  private int runLoop(RuntimeLoop.HandlerInit init) {
    return new RuntimeLoop(new RuntimeApiClient(api.address()), function, logger, () -> 1_000L)
        .run(init);
  }

  private static RequestStreamHandler upperCase() {
    return (in, out, context) ->
        out.write(
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .toUpperCase()
                .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void postsTheHandlersOutputAsTheInvocationResponse() {
    api.enqueue("req-1", "{\"hello\":\"kite\"}");

    int exit = runLoop(RuntimeLoopTest::upperCase);

    assertThat(api.responses().get("req-1").body()).isEqualTo("{\"HELLO\":\"KITE\"}");
    assertThat(api.errors()).isEmpty();
    assertThat(api.initErrors()).isEmpty();
    assertThat(exit).as("the loop ends only when the Runtime API fails").isEqualTo(1);
    assertThat(log).anyMatch(line -> line.contains("stub drained"));
  }

  @Test
  void buildsTheContextFromTheInvocationHeadersAndTheFunctionSettings() {
    List<Context> seen = new ArrayList<>();
    List<String> traces = new ArrayList<>();
    api.enqueue("req-ctx", "{}", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
    api.enqueue("req-untraced", "{}");

    runLoop(
        () ->
            (in, out, context) -> {
              seen.add(context);
              traces.add(System.getProperty(RuntimeLoop.SDK_TRACE_PROPERTY));
              traces.add(System.getProperty(RuntimeLoop.TRACE_PROPERTY));
              context.getLogger().log("inside " + context.getAwsRequestId());
            });

    Context context = seen.get(0);
    assertThat(context.getAwsRequestId()).isEqualTo("req-ctx");
    assertThat(context.getInvokedFunctionArn())
        .isEqualTo("arn:aws:lambda:eu-central-1:123456789012:function:dev-request-dispatcher");
    assertThat(context.getFunctionName()).isEqualTo("dev-request-dispatcher");
    assertThat(context.getFunctionVersion()).isEqualTo("7");
    assertThat(context.getMemoryLimitInMB()).isEqualTo(256);
    assertThat(context.getLogGroupName()).isEqualTo("/aws/lambda/dev");
    // the stub sets the deadline 30 s after "now"; the loop's clock says 1000 ms since the epoch
    assertThat(context.getRemainingTimeInMillis()).isEqualTo(Integer.MAX_VALUE);
    assertThat(traces)
        .as("traced, then untraced: the header does not leak into the next invocation")
        .containsExactly(
            "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
            "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1",
            null,
            null);
    assertThat(seen.get(1).getAwsRequestId()).isEqualTo("req-untraced");
    assertThat(log).contains("inside req-ctx");
    assertThat(api.responses().get("req-ctx").body()).isEmpty();
  }

  @Test
  void aHandlerExceptionGoesToTheErrorEndpointAndTheLoopGoesOn() throws IOException {
    api.enqueue("bad", "boom");
    api.enqueue("good", "fine");

    runLoop(
        () ->
            (in, out, context) -> {
              String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
              if (text.equals("boom")) {
                throw new IllegalStateException("cannot route", new IOException("table missing"));
              }
              out.write(text.getBytes(StandardCharsets.UTF_8));
            });

    RuntimeApiStub.Posted error = api.errors().get("bad");
    assertThat(error.errorType()).isEqualTo("Function.Unhandled");
    Map<String, Object> body = JSON.std.mapFrom(error.body());
    assertThat(body.get("errorType")).isEqualTo("java.lang.IllegalStateException");
    assertThat((String) body.get("errorMessage"))
        .isEqualTo("cannot route (caused by java.io.IOException: table missing)");
    assertThat((List<?>) body.get("stackTrace")).isNotEmpty();
    assertThat(api.responses()).containsOnlyKeys("good");
    assertThat(api.responses().get("good").body()).isEqualTo("fine");
  }

  @Test
  void anInitFailureGoesToInitErrorAndNoEventIsFetched() {
    api.enqueue("never", "{}");

    int exit =
        runLoop(
            () -> {
              throw new IllegalStateException("KITE_STAGE is not set");
            });

    assertThat(exit).isEqualTo(1);
    assertThat(api.initErrors()).hasSize(1);
    RuntimeApiStub.Posted init = api.initErrors().get(0);
    assertThat(init.errorType()).isEqualTo("Runtime.HandlerInitFailed");
    assertThat(init.body()).contains("KITE_STAGE is not set");
    assertThat(api.nextCalls()).isZero();
    assertThat(api.responses()).isEmpty();
  }

  @Test
  void handlesEventsInSequenceWithOneHandlerInstance() {
    AtomicInteger constructed = new AtomicInteger();
    AtomicInteger handled = new AtomicInteger();
    for (int i = 0; i < 5; i++) {
      api.enqueue("seq-" + i, "event " + i);
    }

    runLoop(
        () -> {
          constructed.incrementAndGet();
          return (in, out, context) ->
              out.write(
                  (handled.incrementAndGet() + ":" + new String(in.readAllBytes(), "UTF-8"))
                      .getBytes(StandardCharsets.UTF_8));
        });

    assertThat(constructed).hasValue(1);
    assertThat(api.responses()).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(api.responses().get("seq-" + i).body()).isEqualTo((i + 1) + ":event " + i);
    }
    assertThat(api.nextCalls()).as("five events and the final drained call").isEqualTo(6);
  }

  @Test
  void aRejectedResponseFailsThatInvocationOnly() {
    api.enqueue("huge", "x");
    api.enqueue("after", "y");
    api.rejectResponseOf("huge");

    runLoop(RuntimeLoopTest::upperCase);

    RuntimeApiStub.Posted error = api.errors().get("huge");
    assertThat(error.errorType()).isEqualTo("Runtime.ResponseRejected");
    assertThat(error.body()).contains("HTTP 413");
    assertThat(api.responses().get("after").body()).isEqualTo("Y");
  }
}
