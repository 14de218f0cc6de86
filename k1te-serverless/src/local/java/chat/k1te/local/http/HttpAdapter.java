package chat.k1te.local.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Hands Jetty's plain HTTP requests to an {@link HttpHandler} as our immutable records. */
final class HttpAdapter extends Handler.Abstract {
  private final HttpHandler handler;

  HttpAdapter(HttpHandler handler) {
    this.handler = handler;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    byte[] body;
    try {
      body = Content.Source.asInputStream(request).readAllBytes();
    } catch (IOException e) {
      // cut short, too large or malformed chunking: nothing is handed on
      write(
          HttpResponse.text(400, "unreadable request body: " + e.getMessage()), response, callback);
      return true;
    }
    HttpResponse answer;
    try {
      answer = handler.handle(toRecord(request, body));
    } catch (Exception e) {
      // a bug in our own handler: say so without a stack trace on the wire
      e.printStackTrace();
      answer = HttpResponse.text(500, "Internal error: " + e.getClass().getSimpleName());
    }
    write(answer, response, callback);
    return true;
  }

  static HttpRequest toRecord(Request request, byte[] body) {
    List<Header> headers = new ArrayList<>();
    for (HttpField field : request.getHeaders()) {
      headers.add(new Header(field.getName(), field.getValue()));
    }
    String query = request.getHttpURI().getQuery();
    return new HttpRequest(
        request.getMethod(),
        request.getHttpURI().getPath(),
        query == null ? "" : query,
        request.getConnectionMetaData().getProtocol(),
        headers,
        body,
        Request.getRemoteAddr(request));
  }

  static void write(HttpResponse answer, Response response, Callback callback) {
    response.setStatus(answer.status());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.getHeaders().put(header.getKey(), header.getValue());
    }
    response.getHeaders().put("Content-Length", String.valueOf(answer.body().length));
    response.write(true, ByteBuffer.wrap(answer.body()), callback);
  }
}
