package chat.k1te.e2e.widget;

import com.microsoft.playwright.Locator;

/** One message bubble of the widget (a component object of {@link KiteWidget}). */
public record WidgetMessage(Locator root) {

  public Locator text() {
    return root.getByTestId("kite-message-text");
  }

  /** The file link; its text is the file name and its href the download URL. */
  public Locator file() {
    return root.getByTestId("kite-message-file");
  }

  public Locator image() {
    return root.getByTestId("kite-message-image");
  }

  /** The "edited" mark of a message whose author edited it. */
  public Locator edited() {
    return root.getByTestId("kite-message-edited");
  }

  /** {@code data-status}: sending, sent, delivered or failed. */
  public String status() {
    return root.getAttribute("data-status");
  }
}
