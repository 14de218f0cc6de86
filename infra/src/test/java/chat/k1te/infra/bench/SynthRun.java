package chat.k1te.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One synth process tree: exit code, wall time, largest summed resident set size seen. */
record SynthRun(int exitCode, long wallMillis, long peakRssKib) {
  private static final long SAMPLE_MILLIS = 10;

  static SynthRun of(ProcessBuilder builder) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process process = builder.start();
    long peak = 0;
    while (process.isAlive()) {
      peak = Math.max(peak, treeRssKib(process.toHandle()));
      Thread.sleep(SAMPLE_MILLIS);
    }
    int exit = process.waitFor();
    long wall = (System.nanoTime() - start) / 1_000_000;
    return new SynthRun(exit, wall, peak);
  }

  private static long treeRssKib(ProcessHandle root) {
    return Stream.concat(Stream.of(root), root.descendants())
        .mapToLong(handle -> rssKib(handle.pid()))
        .sum();
  }

  /** VmRSS of /proc/PID/status; 0 once the process is gone. */
  private static long rssKib(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
      return lines
          .filter(line -> line.startsWith("VmRSS:"))
          .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
          .findFirst()
          .orElse(0);
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
