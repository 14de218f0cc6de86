package chat.k1te.local.engine;

import java.net.URI;
import java.util.List;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3 endpoint inside this JVM: s3proxy with an in-memory blob store on a free loopback port,
 * path-style, signing with the fixed local credentials {@link #ACCESS_KEY}/{@link #SECRET_KEY}, and
 * CORS open to any origin for GET/PUT/HEAD like the stage bucket (the widget uploads from its
 * page).
 */
public final class S3Engine implements AutoCloseable {
  /** The only identity the engine accepts (also fine as fake AWS credentials for DynamoDB). */
  public static final String ACCESS_KEY = "kite-local";

  public static final String SECRET_KEY = "kite-local-secret";

  private final S3Proxy proxy;
  private final BlobStore blobStore;
  private final URI endpoint;

  private S3Engine(S3Proxy proxy, BlobStore blobStore) {
    this.proxy = proxy;
    this.blobStore = blobStore;
    this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
  }

  public static S3Engine start() {
    BlobStore blobStore = new TransientNio2BlobStore();
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(blobStore)
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .corsRules(
                new CrossOriginResourceSharing(
                    List.of("*"),
                    List.of("GET", "PUT", "HEAD"),
                    List.of("*"),
                    List.of("ETag"),
                    "false"))
            .stopTimeout(0)
            .build();
    try {
      proxy.start();
      long deadline = System.nanoTime() + 30_000_000_000L;
      while (!"STARTED".equals(proxy.getState())) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("s3proxy did not start: state " + proxy.getState());
        }
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting s3proxy", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start s3proxy: " + e.getMessage(), e);
    }
    return new S3Engine(proxy, blobStore);
  }

  /** False once s3proxy's server has stopped or failed. */
  public boolean isRunning() {
    return "STARTED".equals(proxy.getState());
  }

  /** The HTTP endpoint; use path-style access. */
  public URI endpoint() {
    return endpoint;
  }

  /** Creates a bucket (no error if it exists already). */
  public void createBucket(String name) {
    blobStore.createContainer(name);
  }

  @Override
  public void close() {
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop s3proxy: " + e.getMessage(), e);
    }
  }
}
