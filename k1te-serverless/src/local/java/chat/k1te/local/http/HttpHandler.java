package chat.k1te.local.http;

/** Answers a plain HTTP request. */
@FunctionalInterface
public interface HttpHandler {
  HttpResponse handle(HttpRequest request) throws Exception;
}
