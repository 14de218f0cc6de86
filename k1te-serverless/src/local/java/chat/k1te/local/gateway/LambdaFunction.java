package chat.k1te.local.gateway;

import chat.k1te.local.Json;
import chat.k1te.local.profile.WorkMeter;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A Lambda function run in-process the way Lambda runs it: each execution environment (handler
 * instance) serves one invocation at a time; a new one is initialised when all are busy, up to a
 * concurrency limit.
 */
public final class LambdaFunction {
  private final String name;
  private final Supplier<? extends RequestStreamHandler> factory;
  private final LinkedBlockingDeque<RequestStreamHandler> idle = new LinkedBlockingDeque<>();
  private final Semaphore concurrency;
  private final WorkMeter invocations = new WorkMeter();

  public LambdaFunction(
      String name, int maxConcurrency, Supplier<? extends RequestStreamHandler> factory) {
    this.name = name;
    this.factory = factory;
    this.concurrency = new Semaphore(maxConcurrency, true);
  }

  public String name() {
    return name;
  }

  /** Invocations so far with their wall and CPU time (initialisation not included). */
  public WorkMeter.Reading invocations() {
    return invocations.reading();
  }

  /** Initialises one execution environment ahead of the first request (a warm start). */
  public void warmUp() {
    idle.add(factory.get());
  }

  /** Invokes the handler with the event serialised as JSON; returns what it wrote. */
  public String invoke(Map<String, Object> event) throws LambdaFailure {
    return invoke(Json.write(event));
  }

  public String invoke(String event) throws LambdaFailure {
    try {
      concurrency.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LambdaFailure(name, e);
    }
    try {
      RequestStreamHandler handler = idle.pollFirst();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        if (handler == null) {
          handler = factory.get();
        }
        RequestStreamHandler ready = handler;
        invocations.measure(
            () -> {
              ready.handleRequest(
                  new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)),
                  out,
                  LocalContext.start(UUID.randomUUID().toString(), name));
              return null;
            });
      } catch (Exception | Error e) {
        // like Lambda: a failed invocation's environment is discarded
        throw new LambdaFailure(name, e);
      }
      idle.addFirst(handler);
      return out.toString(StandardCharsets.UTF_8);
    } finally {
      concurrency.release();
    }
  }
}
