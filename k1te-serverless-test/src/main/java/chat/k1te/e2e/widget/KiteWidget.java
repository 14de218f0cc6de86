package chat.k1te.e2e.widget;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.net.URI;
import java.nio.file.Path;

/**
 * The visitor's side: the {@code <kite-chat>} widget on a web page. Test ids pierce its open shadow
 * root, so every locator is built once from {@code getByTestId}/{@code getByRole}.
 */
public final class KiteWidget {
  private final Page page;
  private final String channel;
  private final Locator status;
  private final Locator messages;
  private final Locator input;
  private final Locator send;
  private final Locator fileInput;
  private final Locator error;

  public KiteWidget(Page page, String channel) {
    this.page = page;
    this.channel = channel;
    this.status = page.getByTestId("kite-status");
    this.messages = page.getByTestId("kite-messages").getByTestId("kite-message");
    this.input = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Message"));
    this.send = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send"));
    this.fileInput = page.getByTestId("kite-file-input");
    this.error = page.getByTestId("kite-error");
  }

  /** Opens the page that hosts the widget for {@code channel}. */
  public static KiteWidget open(Page page, URI widgetPage, String channel) {
    page.navigate(widgetPage.toString());
    return new KiteWidget(page, channel);
  }

  public Page page() {
    return page;
  }

  public String channel() {
    return channel;
  }

  public KiteWidget sendText(String text) {
    input.fill(text);
    send.click();
    return this;
  }

  /** Picks a file in the widget's file input; the widget uploads it on its own. */
  public KiteWidget attachFile(FilePayload file) {
    fileInput.setInputFiles(file);
    return this;
  }

  /** Picks a file from disk; the browser takes its media type from the extension. */
  public KiteWidget attachFile(Path file) {
    fileInput.setInputFiles(file);
    return this;
  }

  /** Reloads the page and waits until the widget is connected again. */
  public KiteWidget reload() {
    page.reload();
    return awaitOnline();
  }

  /** Waits until the widget's socket is open: what a visitor waits for before typing. */
  public KiteWidget awaitOnline() {
    status.filter(new Locator.FilterOptions().setHasText("online")).waitFor();
    return this;
  }

  /** Leaves the page, closing the widget's WebSocket: the visitor is offline until it returns. */
  public KiteWidget leave() {
    page.navigate("about:blank");
    return this;
  }

  /** {@code connecting}, {@code online} or {@code offline}. */
  public Locator status() {
    return status;
  }

  /** The latest error from the backend, verbatim. */
  public Locator error() {
    return error;
  }

  public Locator messages() {
    return messages;
  }

  public Locator incoming() {
    return messages.and(page.locator("[data-direction=in]"));
  }

  public Locator outgoing() {
    return messages.and(page.locator("[data-direction=out]"));
  }

  public WidgetMessage lastIncoming() {
    return new WidgetMessage(incoming().last());
  }

  public WidgetMessage lastOutgoing() {
    return new WidgetMessage(outgoing().last());
  }

  /** The incoming message whose text contains {@code text}. */
  public WidgetMessage incomingWithText(String text) {
    return new WidgetMessage(incoming().filter(new Locator.FilterOptions().setHasText(text)));
  }

  /** The incoming message carrying a file named {@code fileName}. */
  public WidgetMessage incomingWithFile(String fileName) {
    return new WidgetMessage(
        incoming()
            .filter(new Locator.FilterOptions().setHas(page.getByTestId("kite-message-file")))
            .filter(new Locator.FilterOptions().setHasText(fileName)));
  }

  /**
   * Asks the widget for its one-time "continue in Telegram" link and returns the link's {@code
   * start} parameter (what Telegram passes to the bot as {@code /start <parameter>}).
   */
  public String telegramStartParameter() {
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue in Telegram"))
        .click();
    Locator link = page.getByTestId("kite-telegram-link");
    link.waitFor();
    String href = link.getAttribute("href");
    String query = URI.create(href).getRawQuery();
    if (query == null || !query.startsWith("start=")) {
      throw new IllegalStateException("the widget's Telegram link has no start parameter: " + href);
    }
    return query.substring("start=".length());
  }

  /** The WebSocket URL the page gave the widget ({@code <kite-chat endpoint>}). */
  public String endpoint() {
    return page.locator("kite-chat").getAttribute("endpoint");
  }

  /** The visitor's member id, kept by the widget in localStorage once it has joined. */
  public String memberId() {
    Object id =
        page.evaluate(
            "channel => localStorage.getItem('kite-chat:' + channel + ':member')", channel);
    if (id == null) {
      throw new IllegalStateException(
          "the widget has no member id for channel " + channel + " (has it joined yet?)");
    }
    return id.toString();
  }
}
