package chat.k1te.e2e.support;

import chat.k1te.e2e.browser.Browsers;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium per test class, a fresh {@link Kite} (fresh browser contexts, fresh chats) per test,
 * and a trace plus screenshots kept for every failed test.
 */
public final class E2eExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterTestExecutionCallback,
        AfterEachCallback,
        ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(E2eExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    KiteTarget target = Targets.of(context);
    PlaywrightAssertions.setDefaultAssertionTimeout(target.patience().toMillis());
    context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent("chromium", key -> ClassBrowser.launch(target), ClassBrowser.class);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    // stores are hierarchical: this finds the class's browser from any test or invocation
    Browser browser = context.getStore(NAMESPACE).get("chromium", ClassBrowser.class).browser();
    context.getStore(NAMESPACE).put("kite", new Kite(Targets.of(context), browser));
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    Kite kite = kite(context);
    FailureArtifacts artifacts =
        new FailureArtifacts(
            context.getRequiredTestClass().getSimpleName(),
            context.getRequiredTestMethod().getName() + "-" + context.getDisplayName());
    if (context.getExecutionException().isPresent()) {
      artifacts.keep(kite.contexts());
    } else {
      artifacts.discard(kite.contexts());
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    kite(context).close();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Kite.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return kite(context);
  }

  private static Kite kite(ExtensionContext context) {
    return context.getStore(NAMESPACE).get("kite", Kite.class);
  }

  /** Playwright and its Chromium for one test class; JUnit closes them after the class. */
  private record ClassBrowser(Playwright playwright, Browser browser) implements AutoCloseable {
    static ClassBrowser launch(KiteTarget target) {
      Playwright playwright = Browsers.playwright(target.browser());
      try {
        return new ClassBrowser(playwright, Browsers.launch(playwright, target.browser()));
      } catch (RuntimeException e) {
        playwright.close();
        throw e;
      }
    }

    @Override
    public void close() {
      browser.close();
      playwright.close();
    }
  }
}
