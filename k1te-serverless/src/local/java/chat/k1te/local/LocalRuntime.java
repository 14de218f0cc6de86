package chat.k1te.local;

import chat.k1te.local.engine.DynaliteEngine;
import chat.k1te.local.engine.S3Engine;
import chat.k1te.local.gateway.HttpApiGateway;
import chat.k1te.local.gateway.LambdaFailure;
import chat.k1te.local.gateway.LambdaFunction;
import chat.k1te.local.gateway.ManagementApi;
import chat.k1te.local.gateway.WebSocketGateway;
import chat.k1te.local.http.LocalHttpServer;
import chat.k1te.local.profile.RuntimeProfile;
import chat.k1te.local.profile.WorkMeter;
import chat.k1te.local.telegram.TelegramPoller;
import chat.k1te.local.telegram.TelegramStandIn;
import chat.k1te.local.web.DemoPages;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The whole Kite chat on this machine: dynalite, s3proxy, the Lambda handlers behind a local API
 * Gateway, a Telegram stand-in and the demo page, all on one loopback HTTP port. Closing it stops
 * everything it started (a JVM shutdown hook does the same on Ctrl-C or kill).
 */
public final class LocalRuntime implements AutoCloseable {
  public static final String DEMO_CHANNEL = "kite-demo";
  public static final long DEMO_CHAT_ID = -1001000000001L;
  public static final String DEMO_CHAT_TITLE = "Kite demo operators";
  public static final String BUCKET = "kite-local-objects";

  /**
   * Execution environments per function, like Lambda's concurrency: invocations run in parallel
   * (each environment one at a time), so the gateway serialises nothing but one socket's frames.
   * Bounded because every environment is a set of SDK clients in this JVM.
   */
  static final int HANDLER_CONCURRENCY = 32;

  private final LocalRuntimeOptions options;
  private final Engines engines;
  private final LocalHttpServer server;
  private final WebSocketGateway webSockets;
  private final LambdaFunction dispatcher;
  private final Optional<TelegramStandIn> standIn;
  private final Optional<TelegramPoller> poller;
  private final Thread shutdownHook;
  private final long startMillis;
  private volatile EngineSupervisor supervisor;
  private boolean stopped;

  private LocalRuntime(
      LocalRuntimeOptions options,
      Engines engines,
      LocalHttpServer server,
      WebSocketGateway webSockets,
      LambdaFunction dispatcher,
      Optional<TelegramStandIn> standIn,
      Optional<TelegramPoller> poller,
      long startMillis) {
    this.options = options;
    this.engines = engines;
    this.server = server;
    this.webSockets = webSockets;
    this.dispatcher = dispatcher;
    this.standIn = standIn;
    this.poller = poller;
    this.startMillis = startMillis;
    this.shutdownHook = new Thread(this::stop, "kite-local-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts everything with the real Lambda handlers. */
  public static LocalRuntime start(LocalRuntimeOptions options) {
    return start(options, LambdaHandlers.kite());
  }

  public static LocalRuntime start(LocalRuntimeOptions options, LambdaHandlers handlers) {
    QuietLogging.apply();
    long started = System.nanoTime();
    RuntimeWiring wiring = RuntimeWiring.bind(options);
    try {
      Engines engines = Engines.start(options.stage(), BUCKET);
      wiring.engines(engines);
      LocalLog.info(
          "runtime",
          "dynalite and s3proxy ready after " + (System.nanoTime() - started) / 1_000_000 + " ms");
      Map<String, String> env = wiring.environment();
      LambdaFunction dispatcher =
          new LambdaFunction(
              options.stage() + "-request-dispatcher",
              HANDLER_CONCURRENCY,
              () -> handlers.dispatcher().apply(env));
      LambdaFunction authorizer =
          new LambdaFunction(
              options.stage() + "-tg-authorizer",
              HANDLER_CONCURRENCY,
              () -> handlers.authorizer().apply(env));
      CompletableFuture<Void> authorizerReady = CompletableFuture.runAsync(authorizer::warmUp);
      dispatcher.warmUp();
      authorizerReady.join();
      LocalLog.info(
          "runtime",
          "handlers initialised after " + (System.nanoTime() - started) / 1_000_000 + " ms");
      WebSocketGateway webSockets = new WebSocketGateway("local", options.stage(), dispatcher);
      HttpApiGateway httpApi = new HttpApiGateway("local", options.stage(), authorizer, dispatcher);
      ManagementApi management = new ManagementApi(options.stage(), webSockets);
      Optional<TelegramStandIn> standIn =
          options.telegramToken().isPresent()
              ? Optional.empty()
              : Optional.of(
                  new TelegramStandIn(wiring.botToken(), RuntimeWiring.STAND_IN_BOT_USERNAME));
      DemoPages pages = new DemoPages(options.stage());
      wiring.serve(
          request -> {
            if (standIn.isPresent() && standIn.get().matches(request)) {
              return standIn.get().handle(request);
            }
            if (httpApi.matches(request)) {
              return httpApi.handle(request);
            }
            if (management.matches(request)) {
              return management.handle(request);
            }
            return pages.handle(request);
          },
          webSockets);
      standIn.ifPresent(t -> registerWebhook(t, handlers, env, wiring));
      Optional<TelegramPoller> poller =
          options
              .telegramToken()
              .map(token -> TelegramPoller.start(token, wiring.webhookUrl(), wiring.secretToken()));
      LocalRuntime runtime =
          new LocalRuntime(
              options,
              engines,
              wiring.server(),
              webSockets,
              dispatcher,
              standIn,
              poller,
              (System.nanoTime() - started) / 1_000_000);
      if (options.demoChannel()) {
        standIn.ifPresent(t -> DemoChannel.host(runtime));
      }
      runtime.supervise();
      return runtime;
    } catch (RuntimeException | Error e) {
      wiring.close();
      throw e;
    }
  }

  /**
   * Like Terraform's lifecycle invocation when a stage is deployed: the lifecycle Lambda calls
   * setWebhook (on the stand-in). Without one, the webhook is set directly.
   */
  private static void registerWebhook(
      TelegramStandIn standIn,
      LambdaHandlers handlers,
      Map<String, String> env,
      RuntimeWiring wiring) {
    if (handlers.lifecycle().isPresent()) {
      LambdaFunction lifecycle =
          new LambdaFunction(
              env.get("KITE_STAGE") + "-lifecycle", 1, () -> handlers.lifecycle().get().apply(env));
      try {
        LocalLog.info("lifecycle", lifecycle.invoke(Map.of("tf", Map.of("action", "create"))));
      } catch (LambdaFailure e) {
        LocalLog.info("lifecycle", e.getMessage());
      }
    }
    if (standIn.webhook().isEmpty()) {
      standIn.setWebhook(wiring.webhookUrl(), wiring.secretToken(), List.of());
    }
  }

  private void supervise() {
    supervisor =
        new EngineSupervisor(engines, () -> standIn.ifPresent(t -> DemoChannel.host(this)));
    supervisor.failure().thenRun(() -> CompletableFuture.runAsync(this::stop));
  }

  /**
   * Completes with the reason when an engine died for good (the runtime then stops itself); a
   * restarted dynalite does not complete it.
   */
  public CompletableFuture<String> failure() {
    return supervisor.failure();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + server.port();
  }

  public String wsUrl() {
    return "ws://127.0.0.1:" + server.port() + "/" + options.stage();
  }

  public String webhookUrl() {
    return baseUrl() + "/" + options.stage() + "/tg";
  }

  /** Base of the Telegram stand-in: control API and operator page ({@code <telegramUrl>/}). */
  public String telegramUrl() {
    return baseUrl() + TelegramStandIn.PREFIX;
  }

  public String demoPageUrl() {
    return baseUrl() + "/?c=" + DEMO_CHANNEL;
  }

  public String stage() {
    return options.stage();
  }

  public String demoChannel() {
    return DEMO_CHANNEL;
  }

  public long demoChatId() {
    return DEMO_CHAT_ID;
  }

  /** Milliseconds from {@link #start} until the runtime served requests (demo hosting excluded). */
  public long startupMillis() {
    return startMillis;
  }

  /** The Telegram stand-in, absent in real-Telegram mode. */
  public Optional<TelegramStandIn> telegram() {
    return standIn;
  }

  /**
   * Where the time went so far: dynalite's own account, the dispatcher's invocations, the Telegram
   * stand-in's Bot API requests, this JVM's CPU (for benchmarks: subtract two readings).
   */
  public RuntimeProfile profile() {
    return new RuntimeProfile(
        System.nanoTime(),
        RuntimeProfile.processCpuNanos(),
        engines.dynalite().stats(),
        dispatcher.invocations(),
        standIn.map(TelegramStandIn::botRequests).orElse(new WorkMeter.Reading(0, 0, 0)));
  }

  /** The dynalite engine (tests check that its process is gone after {@link #close}). */
  public DynaliteEngine dynalite() {
    return engines.dynalite();
  }

  public S3Engine s3() {
    return engines.s3();
  }

  /** Stops everything this runtime started. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down
    }
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (supervisor != null) {
      supervisor.close();
    }
    webSockets.stop();
    poller.ifPresent(TelegramPoller::close);
    server.close();
    standIn.ifPresent(TelegramStandIn::close);
    engines.close();
  }
}
