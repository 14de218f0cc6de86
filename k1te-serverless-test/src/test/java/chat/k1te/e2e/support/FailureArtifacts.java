package chat.k1te.e2e.support;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Tracing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Traces and screenshots of one test under {@code target/e2e-artifacts/<class>/<method>/}: kept
 * when the test failed, deleted when it passed. Only the contexts {@link Kite} traces (visitors)
 * are ever given here; contexts holding a Telegram session are not.
 */
final class FailureArtifacts {
  private final Path directory;

  FailureArtifacts(String testClass, String testName) {
    this(Path.of(System.getProperty("e2e.artifacts", "target/e2e-artifacts")), testClass, testName);
  }

  FailureArtifacts(Path root, String testClass, String testName) {
    this.directory = root.resolve(safe(testClass)).resolve(safe(testName));
  }

  static void startTracing(BrowserContext context) {
    context
        .tracing()
        .start(
            new Tracing.StartOptions().setScreenshots(true).setSnapshots(true).setSources(false));
  }

  /** Screenshots every open page, then saves each context's trace. */
  Path keep(List<BrowserContext> contexts) {
    if (contexts.isEmpty()) {
      return directory; // only Telegram stand-in calls: the surefire report says it all
    }
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (int c = 0; c < contexts.size(); c++) {
      BrowserContext context = contexts.get(c);
      List<Page> pages = context.pages();
      for (int p = 0; p < pages.size(); p++) {
        Path shot = directory.resolve("screenshot-" + c + "-" + p + ".png");
        pages.get(p).screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
      }
      context
          .tracing()
          .stop(new Tracing.StopOptions().setPath(directory.resolve("trace-" + c + ".zip")));
    }
    return directory;
  }

  /** Stops tracing without saving and removes what an earlier failing run left for this test. */
  void discard(List<BrowserContext> contexts) {
    contexts.forEach(context -> context.tracing().stop());
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        files.sorted(Comparator.reverseOrder()).forEach(FailureArtifacts::delete);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]+", "_");
  }
}
