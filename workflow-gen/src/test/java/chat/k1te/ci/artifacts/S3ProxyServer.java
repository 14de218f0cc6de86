package chat.k1te.ci.artifacts;

import java.net.URI;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** An embedded s3proxy with an in-memory store on a free loopback port (SigV4, path-style). */
final class S3ProxyServer implements AutoCloseable {
  static final String ACCESS_KEY = "kite-test";
  static final String SECRET_KEY = "kite-test-secret";

  private final S3Proxy proxy;
  private final BlobStore store;

  S3ProxyServer() throws Exception {
    store = new TransientNio2BlobStore();
    proxy =
        S3Proxy.builder()
            .blobStore(store)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .stopTimeout(0)
            .build();
    proxy.start();
    long deadline = System.nanoTime() + 30_000_000_000L;
    while (!"STARTED".equals(proxy.getState())) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
      }
      Thread.sleep(10);
    }
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  void createBucket(String name) {
    store.createContainer(name);
  }

  @Override
  public void close() throws Exception {
    proxy.stop();
  }
}
