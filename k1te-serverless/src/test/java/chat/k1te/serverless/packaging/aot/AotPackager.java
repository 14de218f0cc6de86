package chat.k1te.serverless.packaging.aot;

import chat.k1te.serverless.config.AwsClients;
import chat.k1te.serverless.packaging.LambdaProcess;
import chat.k1te.serverless.runtime.RuntimeApiStub;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Builds the {@code jvm-aot} Lambda package from the JVM {@code function.zip}: jlinks a JDK 25
 * runtime, records an AOT cache with a training run of that very runtime on the zip's class path,
 * and zips {@code bootstrap}, {@code jre/}, {@code lib/} and {@code app.aot} for {@code
 * provided.al2023}. Run by {@code mvn package} (exec:java, execution {@code function-jvm-aot}) and
 * in CodeBuild for arm64: the cache is only valid for the JVM build and CPU architecture that made
 * it.
 */
@Command(
    name = "aot-package",
    mixinStandardHelpOptions = true,
    description = "Builds function-jvm-aot.zip from function.zip (jlink + AOT cache training).")
public final class AotPackager implements Callable<Integer> {
  /** Lambda's limit for a function's unzipped code. */
  static final long UNZIPPED_LIMIT = 250L * 1024 * 1024;

  @Option(names = "--zip", defaultValue = "target/function.zip", description = "The JVM package.")
  Path zip;

  @Option(
      names = "--out",
      defaultValue = "target/function-jvm-aot.zip",
      description = "The package to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(
      names = "--work",
      defaultValue = "target/jvm-aot",
      description = "Scratch folder, emptied first (default: ${DEFAULT-VALUE}).")
  Path work;

  @Option(
      names = "--jdk",
      description = "JDK 25+ home (default: $KITE_AOT_JDK, else the newest one installed).")
  Optional<Path> jdk;

  public static void main(String[] args) {
    int code = new CommandLine(new AotPackager()).execute(args);
    if (code != 0) {
      // exec:java runs this in Maven's JVM: an exception fails the build, System.exit would end it
      throw new IllegalStateException("aot-package failed with exit code " + code);
    }
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    Jdk25 jdk25 = Jdk25.locate(jdk, System.getenv());
    deleteRecursively(work);
    Path task = LambdaProcess.unpack(zip, Files.createDirectories(work.resolve("task")));
    jlink(jdk25, task.resolve(AotLayout.JRE));
    progress("jlinked " + String.join(",", AotLayout.MODULES), started);
    Path bootstrap = task.resolve(AotLayout.BOOTSTRAP);
    Files.writeString(bootstrap, AotLayout.bootstrap());
    Files.setPosixFilePermissions(bootstrap, executable());
    int trained = train(task);
    progress("trained", started);
    // the training's own log stays beside the task, out of the package
    Files.move(task.resolve("process.log"), work.resolve("training.log"));
    long unzipped = zipFolder(task, out);
    System.out.printf(
        "[jvm-aot] %s: %,d bytes zipped, %,d bytes unzipped (limit %,d), AOT cache %,d bytes,"
            + " %d training invocations, JDK %s, %d s%n",
        out.getFileName(),
        Files.size(out),
        unzipped,
        UNZIPPED_LIMIT,
        Files.size(task.resolve(AotLayout.CACHE)),
        trained,
        jdk25.home(),
        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    if (unzipped > UNZIPPED_LIMIT) {
      throw new IllegalStateException("the package exceeds Lambda's 250 MB unzipped limit");
    }
    return 0;
  }

  private static void progress(String step, long started) {
    System.out.printf(
        "[jvm-aot] %s (%d s)%n", step, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  private static void jlink(Jdk25 jdk, Path jre) throws IOException, InterruptedException {
    run(
        List.of(
            jdk.bin("jlink").toString(),
            "--add-modules",
            String.join(",", AotLayout.MODULES),
            "--strip-debug",
            "--no-header-files",
            "--no-man-pages",
            "--output",
            jre.toString()),
        jre.resolveSibling("jlink.log"));
  }

  /** Runs the dispatcher on the zip's class path with the bootstrap's options, recording. */
  private static int train(Path task) throws Exception {
    try (RuntimeApiStub api = new RuntimeApiStub();
        TrainingBackend backend = new TrainingBackend()) {
      List<String> ids = TrainingEvents.enqueue(api);
      Map<String, String> env =
          LambdaProcess.dispatcherEnvironment(
              api.address(),
              "request-dispatcher",
              new LambdaProcess.LocalEngines(
                  "training", "kite-training", backend.endpoint(), backend.endpoint()));
      env.put("TELEGRAM_API_BASE_URL", backend.endpoint() + "/telegram");
      env.put("WS_API_EXECUTION_ENDPOINT", backend.endpoint() + "/training");
      env.put("LAMBDA_TASK_ROOT", task.toString());
      List<String> options = new ArrayList<>(AotLayout.JVM_OPTIONS);
      options.add("-XX:AOTCacheOutput=" + task.resolve(AotLayout.CACHE));
      // the lazily built clients (S3, presigner, Management API) go into the cache too
      options.add("-D" + AwsClients.BUILD_ALL_AT_INIT + "=true");
      Process process =
          LambdaProcess.start(
              task.resolve(AotLayout.JRE).resolve("bin/java").toString(), task, options, env);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("the training run did not end in 5 minutes");
      }
      String log = LambdaProcess.output(task);
      long answered = ids.stream().filter(id -> api.responses().containsKey(id)).count();
      if (!api.initErrors().isEmpty() || answered != ids.size()) {
        throw new IllegalStateException(
            "the training run answered " + answered + " of " + ids.size() + " events:\n" + log);
      }
      if (!Files.isRegularFile(task.resolve(AotLayout.CACHE))) {
        throw new IllegalStateException("the training run wrote no AOT cache:\n" + log);
      }
      return ids.size();
    }
  }

  /** Zips the folder keeping each file's POSIX permissions (bootstrap and jre/bin are run). */
  static long zipFolder(Path folder, Path zip) throws IOException {
    Files.deleteIfExists(zip);
    long unzipped = 0;
    URI uri = URI.create("jar:" + zip.toAbsolutePath().toUri());
    try (FileSystem fs =
            FileSystems.newFileSystem(
                uri, Map.of("create", "true", "enablePosixFileAttributes", "true"));
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted().toList()) {
        if (file.equals(folder)) {
          continue;
        }
        Path target = fs.getPath(folder.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
          continue;
        }
        Files.copy(file, target);
        Files.getFileAttributeView(target, PosixFileAttributeView.class)
            .setPermissions(Files.getPosixFilePermissions(file));
        unzipped += Files.size(file);
      }
    }
    return unzipped;
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed:\n" + Files.readString(log));
    }
  }

  private static Set<PosixFilePermission> executable() {
    return java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x");
  }

  private static void deleteRecursively(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
