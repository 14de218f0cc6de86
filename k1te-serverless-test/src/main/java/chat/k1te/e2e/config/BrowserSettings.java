package chat.k1te.e2e.config;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How Chromium is started.
 *
 * @param executable the Chromium binary; empty means Playwright's own downloaded Chromium
 * @param headless false only for a human watching ({@code -De2e.headed=true})
 * @param offline map every host name except 127.0.0.1 to NOTFOUND (local target: no outside DNS)
 * @param node the Node.js binary that runs Playwright's driver (its bundled node is not on the
 *     classpath)
 * @param downloadBrowser let Playwright download its Chromium (only when no executable is given)
 */
public record BrowserSettings(
    Optional<Path> executable,
    boolean headless,
    boolean offline,
    Path node,
    boolean downloadBrowser) {

  /** The value of {@code e2e.browser} that selects Playwright's own Chromium. */
  public static final String PLAYWRIGHT_CHROMIUM = "playwright";

  public static final String DEBIAN_CHROMIUM = "/usr/bin/chromium";

  public BrowserSettings {
    executable.ifPresent(
        path -> {
          if (!Files.isExecutable(path)) {
            throw new IllegalStateException(
                "Chromium not found at "
                    + path
                    + ": install it (Debian: apt-get install chromium) or set -De2e.browser=<path>"
                    + " (or -De2e.browser=playwright for Playwright's own Chromium)");
          }
        });
  }

  /** System browsers tried, in order, on PATH when nothing is configured (local target). */
  public static final List<String> SYSTEM_BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  public static BrowserSettings forTarget(E2eTarget target) {
    String browser =
        Setting.of("e2e.browser", "E2E_BROWSER")
            .orElseGet(
                () ->
                    target == E2eTarget.LOCAL
                        ? systemBrowser(System.getenv("PATH"))
                            .map(Path::toString)
                            .orElse(PLAYWRIGHT_CHROMIUM)
                        : PLAYWRIGHT_CHROMIUM);
    Optional<Path> executable =
        browser.equals(PLAYWRIGHT_CHROMIUM) ? Optional.empty() : Optional.of(Path.of(browser));
    boolean headed = Boolean.parseBoolean(Setting.of("e2e.headed", "E2E_HEADED").orElse("false"));
    return new BrowserSettings(
        executable, !headed, target == E2eTarget.LOCAL, findNode(), executable.isEmpty());
  }

  /**
   * The system's Chromium (Debian's {@code chromium}) or Chrome (GitHub's Ubuntu runners carry
   * {@code google-chrome}) on the given PATH; empty means Playwright installs its own Chromium.
   */
  static Optional<Path> systemBrowser(String path) {
    for (String name : SYSTEM_BROWSERS) {
      Optional<Path> found = onPath(path, name);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Node.js: {@code -De2e.node}, else PLAYWRIGHT_NODEJS_PATH, else the first node on PATH. */
  public static Path findNode() {
    return Setting.of("e2e.node", "PLAYWRIGHT_NODEJS_PATH")
        .map(Path::of)
        .or(BrowserSettings::nodeOnPath)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Node.js not found on PATH: Playwright's driver needs it; set -De2e.node=<path>"
                        + " or PLAYWRIGHT_NODEJS_PATH"));
  }

  private static Optional<Path> nodeOnPath() {
    return onPath(System.getenv("PATH"), "node");
  }

  static Optional<Path> onPath(String path, String name) {
    return Arrays.stream(Optional.ofNullable(path).orElse("").split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
