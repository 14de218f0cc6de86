package chat.k1te.e2e.support;

import chat.k1te.e2e.config.DevSettings;
import chat.k1te.e2e.config.E2eTarget;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** The one target of a test JVM, made on first use and closed when the whole run ends. */
final class Targets {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Targets.class);

  private Targets() {}

  /** The run's target; for a {@link ServedWidgetPage} class, its widget on the served page. */
  static KiteTarget of(ExtensionContext context) {
    KiteTarget target = shared(context, "target", Targets::create);
    if (!AnnotationSupport.isAnnotated(context.getTestClass(), ServedWidgetPage.class)) {
      return target;
    }
    if (!(target instanceof LocalKiteTarget local)) {
      throw new IllegalStateException(
          "@ServedWidgetPage classes run against the local target only (tag local-only), not "
              + target);
    }
    return shared(context, "served-page", () -> new ServedPageTarget(local));
  }

  private static KiteTarget shared(
      ExtensionContext context, String key, java.util.function.Supplier<KiteTarget> create) {
    return context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(key, k -> new Holder(create.get()), Holder.class)
        .target();
  }

  private static KiteTarget create() {
    return switch (E2eTarget.current()) {
      case LOCAL -> LocalKiteTarget.startOrAttach();
      case DEV -> new DevKiteTarget(DevSettings.fromEnvironment());
    };
  }

  /** Closed by JUnit at the end of the run: stops a runtime or page server this JVM started. */
  private record Holder(KiteTarget target) implements AutoCloseable {
    @Override
    public void close() throws Exception {
      if (target instanceof AutoCloseable closeable) {
        closeable.close();
      }
    }
  }
}
