package chat.k1te.e2e.support;

import chat.k1te.e2e.config.DevSettings;
import chat.k1te.e2e.config.E2eTarget;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The one target of a test JVM, made on first use and closed when the whole run ends. */
final class Targets {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Targets.class);

  private Targets() {}

  static KiteTarget of(ExtensionContext context) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("target", key -> new Holder(create()), Holder.class)
        .target();
  }

  private static KiteTarget create() {
    return switch (E2eTarget.current()) {
      case LOCAL -> LocalKiteTarget.startOrAttach();
      case DEV -> new DevKiteTarget(DevSettings.fromEnvironment());
    };
  }

  /** Closed by JUnit at the end of the run: stops a runtime this JVM started. */
  private record Holder(KiteTarget target) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      if (target instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }
}
