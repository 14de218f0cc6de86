package chat.k1te.local.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * dynalite (an in-memory DynamoDB implementation on Node) in a child process on a free loopback
 * port. The child exits when its standard input closes, which happens on {@link #close()}, on JVM
 * shutdown (hook) and also when the JVM is killed (the pipe breaks), so it never outlives us.
 */
public final class DynaliteEngine implements AutoCloseable {
  private static final String SCRIPT = "kite-local/engine/dynalite-start.cjs";

  private final Process process;
  private final BufferedReader output;
  private final URI endpoint;
  private final Thread shutdownHook;

  private DynaliteEngine(Process process, BufferedReader output, URI endpoint) {
    this.process = process;
    this.output = output;
    this.endpoint = endpoint;
    this.shutdownHook = new Thread(this::stopProcess, "dynalite-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts dynalite with the Node tools of the repository ({@code kite.root}). */
  public static DynaliteEngine start() {
    return start(KiteRoot.nodeModules());
  }

  public static DynaliteEngine start(Path nodeModules) {
    return start(nodeModules, 0);
  }

  /** Starts dynalite on that loopback port (0 = any free one), e.g. again after it died. */
  public static DynaliteEngine start(Path nodeModules, int port) {
    Path script = extractScript();
    Process process;
    try {
      process =
          new ProcessBuilder(
                  "node", script.toString(), nodeModules.toString(), String.valueOf(port))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
    } catch (IOException e) {
      deleteQuietly(script);
      throw new IllegalStateException("cannot start node for dynalite: " + e.getMessage(), e);
    }
    BufferedReader output =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
    try {
      int listening = readPort(process, output);
      return new DynaliteEngine(process, output, URI.create("http://127.0.0.1:" + listening));
    } catch (RuntimeException e) {
      process.destroyForcibly();
      throw e;
    } finally {
      // node has loaded the script once it reports its port (or it failed): no temp file is left
      deleteQuietly(script);
    }
  }

  private static int readPort(Process process, BufferedReader output) {
    String text;
    try {
      text = readLine(output, 30);
    } catch (Exception e) {
      throw new IllegalStateException("dynalite did not report its port within 30 s", e);
    }
    if (text == null || !text.strip().matches("\\d{1,5}")) {
      throw new IllegalStateException(
          "dynalite did not start (exit code "
              + (process.isAlive() ? "n/a" : String.valueOf(process.exitValue()))
              + ", output: "
              + text
              + ")");
    }
    return Integer.parseInt(text.strip());
  }

  private static String readLine(BufferedReader output, int seconds) throws Exception {
    CompletableFuture<String> line =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return output.readLine();
              } catch (IOException e) {
                return null;
              }
            });
    return line.get(seconds, TimeUnit.SECONDS);
  }

  /** The engine's own account of its work so far (see {@link DynaliteStats}). */
  public synchronized DynaliteStats stats() {
    try {
      process.getOutputStream().write("stats\n".getBytes(StandardCharsets.US_ASCII));
      process.getOutputStream().flush();
      String line = readLine(output, 10);
      if (line == null) {
        throw new IllegalStateException("dynalite ended before reporting its stats");
      }
      return DynaliteStats.parse(line);
    } catch (IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("dynalite did not report its stats: " + e, e);
    }
  }

  private static Path extractScript() {
    try (InputStream in = DynaliteEngine.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException("missing class path resource " + SCRIPT);
      }
      Path file = Files.createTempFile("kite-dynalite-", ".cjs");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the dynalite start script: " + e, e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      file.toFile().deleteOnExit();
    }
  }

  /** The HTTP endpoint for {@code DynamoDbClient.builder().endpointOverride(...)}. */
  public URI endpoint() {
    return endpoint;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }

  public int port() {
    return endpoint.getPort();
  }

  /** Completes with the exit code when the process ends, whoever ended it. */
  public CompletableFuture<Integer> onExit() {
    return process.onExit().thenApply(Process::exitValue);
  }

  @Override
  public void close() {
    stopProcess();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private void stopProcess() {
    if (!process.isAlive()) {
      return;
    }
    try {
      process.getOutputStream().close();
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (IOException e) {
      process.destroyForcibly();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
