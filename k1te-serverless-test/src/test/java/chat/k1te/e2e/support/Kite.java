package chat.k1te.e2e.support;

import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TelegramSide;
import chat.k1te.e2e.telegram.TgMessage;
import chat.k1te.e2e.widget.KiteWidget;
import chat.k1te.serverless.domain.RandomText;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One test's world: its own channel names, visitors (a browser context each) and Telegram chats.
 * Made and closed by {@link E2eExtension}; tests receive it as a parameter.
 */
public final class Kite implements AutoCloseable {

  private final KiteTarget target;
  private final Browser browser;
  private final List<BrowserContext> contexts = new ArrayList<>();
  private final Deque<Runnable> cleanups = new ArrayDeque<>();
  private TelegramSide telegram;
  private boolean closed;

  Kite(KiteTarget target, Browser browser) {
    this.target = target;
    this.browser = browser;
  }

  /** A fresh valid channel name ({@code [A-Za-z0-9_-]{8,32}}), unique to this test. */
  public String newChannel() {
    return "e2e-" + random(12);
  }

  /** A random word, for message texts that must be unique. */
  public static String random(int length) {
    return RandomText.of(length, RandomText.ALPHANUMERIC);
  }

  /**
   * A new visitor (own browser context, so own member id) opening the widget of {@code channel}.
   */
  public KiteWidget openWidget(String channel) {
    BrowserContext context = browser.newContext();
    track(context);
    return KiteWidget.open(context.newPage(), target.widgetPage(channel), channel).awaitOnline();
  }

  /** The same visitor opening the widget again in a new tab (same member id). */
  public KiteWidget reopen(KiteWidget widget) {
    return KiteWidget.open(
            widget.page().context().newPage(),
            target.widgetPage(widget.channel()),
            widget.channel())
        .awaitOnline();
  }

  public TelegramChat hostChat() {
    return telegram().hostChat();
  }

  public TelegramChat memberChat() {
    return telegram().memberChat();
  }

  /** A host chat that hosts a new channel; it is dropped when the test ends. */
  public Hosted hostChannel() {
    TelegramChat chat = hostChat();
    String channel = newChannel();
    TgMessage command = chat.sendCommand("/host", channel);
    chat.awaitBotReply(command, "Created channel " + channel);
    afterwards(chat, "/drop");
    return new Hosted(chat, channel);
  }

  /**
   * The visitor writes {@code text}; returns the message as the host sees it, once the widget also
   * has the backend's ACK (the backend has finished with it: routing state such as the host's
   * current peer is updated). An operator who answers only after that is what the tests model.
   */
  public TgMessage visitorSays(KiteWidget visitor, TelegramChat host, String text) {
    visitor.sendText(text);
    TgMessage relayed = host.awaitBotMessage(text);
    PlaywrightAssertions.assertThat(
            visitor.outgoing().filter(new Locator.FilterOptions().setHasText(text)).last())
        .hasAttribute("data-status", "delivered");
    return relayed;
  }

  /** {@code chat} joins {@code channel}; it leaves when the test ends. */
  public TelegramChat join(TelegramChat chat, String channel) {
    TgMessage command = chat.sendCommand("/join", channel);
    chat.awaitBotReply(command, "You joined channel " + channel);
    afterwards(chat, "/leave");
    return chat;
  }

  /**
   * Sends {@code command} in {@code chat} when the test ends and waits for the bot's answer, so the
   * long-lived dev chats are clean for the next test (the answer may be an error: fine).
   */
  public void afterwards(TelegramChat chat, String command) {
    cleanups.push(
        () -> {
          TgMessage sent = chat.sendCommand(command);
          chat.awaitMessage("answering " + command, m -> m.fromBot() && m.isAfter(sent));
        });
  }

  List<BrowserContext> contexts() {
    return List.copyOf(contexts);
  }

  private TelegramSide telegram() {
    if (telegram == null) {
      telegram = target.openTelegram(browser, this::track);
    }
    return telegram;
  }

  private void track(BrowserContext context) {
    context.setDefaultTimeout(target.patience().toMillis());
    FailureArtifacts.startTracing(context);
    contexts.add(context);
  }

  /** Runs the clean-up commands, then closes every context; the first failure is rethrown. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    RuntimeException failure = null;
    while (!cleanups.isEmpty()) {
      try {
        cleanups.pop().run();
      } catch (RuntimeException | AssertionError e) {
        failure = failure == null ? new IllegalStateException("clean-up failed", e) : failure;
      }
    }
    if (telegram != null) {
      telegram.close();
    }
    contexts.forEach(BrowserContext::close);
    if (failure != null) {
      throw failure;
    }
  }

  /** A channel and the chat hosting it. */
  public record Hosted(TelegramChat chat, String channel) {}
}
