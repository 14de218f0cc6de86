package chat.k1te.local.web;

import chat.k1te.local.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** Files under {@code kite-local/} on the classpath (so they also work from the local jar). */
public final class StaticResources {
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  private StaticResources() {}

  public static Optional<byte[]> read(String name) {
    if (name.contains("..")) {
      return Optional.empty();
    }
    ClassLoader loader = StaticResources.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream("kite-local/" + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource as a 200 response (no caching: the runtime is for development), or 404. */
  public static HttpResponse serve(String name) {
    return read(name)
        .map(
            bytes ->
                HttpResponse.of(200, type(name), bytes).withHeader("Cache-Control", "no-store"))
        .orElse(HttpResponse.notFound(name));
  }

  static String type(String name) {
    String ext = name.substring(name.lastIndexOf('.') + 1);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }
}
