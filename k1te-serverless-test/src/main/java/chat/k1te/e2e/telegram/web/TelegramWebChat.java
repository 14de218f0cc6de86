package chat.k1te.e2e.telegram.web;

import chat.k1te.e2e.files.SampleFile;
import chat.k1te.e2e.telegram.TelegramChat;
import chat.k1te.e2e.telegram.TgMessage;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.MouseButton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One group in Telegram Web, driven as its logged-in user. Only that user and the bot are in the
 * groups the suites use, so incoming bubbles are the bot's. Message ids are Telegram's ({@code
 * data-mid}); service bubbles ("… pinned …") are left out. The reply target and the pin state are
 * not in the bubble DOM, so replyToId is empty and a message counts as pinned when the pinned bar
 * shows its text.
 */
public final class TelegramWebChat implements TelegramChat {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String READ_BUBBLES =
      """
      () => [...document.querySelectorAll('.bubbles-inner .bubble[data-mid]:not(.service)')].map(b => ({
        mid: b.dataset.mid,
        out: b.classList.contains('is-out'),
        text: (b.querySelector('.message .translatable-message, .message') || {}).innerText || '',
        file: (b.querySelector('.document-name') || {}).innerText || null,
        photo: !!b.querySelector('.media-photo')
      }))
      """;

  private final TelegramWebClient client;
  private final String title;
  private final String botName;
  private final String userName;
  private final Page page;
  private final Locator input;
  private final Locator pinnedBar;

  public TelegramWebChat(TelegramWebClient client, String title, String botName, String userName) {
    this.client = client;
    this.title = title;
    this.botName = botName;
    this.userName = userName;
    this.page = client.page();
    this.input = page.locator(".chat-input .input-message-input[contenteditable=true]").first();
    this.pinnedBar = page.locator(".pinned-message .pinned-message-subtitle").first();
  }

  @Override
  public String userName() {
    return userName;
  }

  @Override
  public TgMessage sendText(String text) {
    client.openChat(title);
    long before = lastId();
    input.fill(text);
    page.keyboard().press("Enter");
    return awaitOwn(before, text);
  }

  @Override
  public TgMessage sendCommand(String command, String arguments) {
    String addressed = command + "@" + botName;
    return sendText(arguments.isEmpty() ? addressed : addressed + " " + arguments);
  }

  @Override
  public TgMessage replyTo(TgMessage message, String text) {
    client.openChat(title);
    startReply(message);
    return sendText(text);
  }

  @Override
  public TgMessage sendFile(SampleFile file, String caption) {
    client.openChat(title);
    long before = lastId();
    attach(file, caption);
    return awaitOwn(before, caption);
  }

  @Override
  public TgMessage replyWithFile(TgMessage message, SampleFile file, String caption) {
    client.openChat(title);
    startReply(message);
    long before = lastId();
    attach(file, caption);
    return awaitOwn(before, caption);
  }

  @Override
  public List<TgMessage> messages() {
    client.openChat(title);
    String pinned = pinnedBar.isVisible() ? pinnedBar.innerText().strip() : "";
    return bubbles().stream().map(b -> toMessage(b, pinned)).toList();
  }

  @Override
  public Duration patience() {
    return PATIENCE;
  }

  @Override
  public String toString() {
    return "Telegram Web chat '" + title + "'";
  }

  private void startReply(TgMessage message) {
    page.locator(".bubble[data-mid='" + message.id() + "']")
        .first()
        .click(new Locator.ClickOptions().setButton(MouseButton.RIGHT));
    page.locator(".btn-menu-item", new Page.LocatorOptions().setHasText("Reply")).first().click();
  }

  private void attach(SampleFile file, String caption) {
    page.locator(".attach-file").first().click();
    // jpeg and png go as photos (as a person would send them); gif would become an animation
    boolean photo = file.mimeType().equals("image/jpeg") || file.mimeType().equals("image/png");
    String item = photo ? "Photo or Video" : "Document";
    FileChooser chooser =
        page.waitForFileChooser(
            () ->
                page.locator(".btn-menu-item", new Page.LocatorOptions().setHasText(item))
                    .first()
                    .click());
    chooser.setFiles(file.toPayload());
    Locator popup = page.locator(".popup-send-photo").first();
    if (!caption.isEmpty()) {
      popup.locator(".input-message-input[contenteditable=true]").first().fill(caption);
    }
    popup.locator("button.btn-primary").first().click();
  }

  private TgMessage awaitOwn(long before, String text) {
    return awaitMessage(
        "of mine after #" + before + " with '" + text + "'",
        m -> !m.fromBot() && m.id() > before && m.contains(text));
  }

  private long lastId() {
    return messages().stream().mapToLong(TgMessage::id).max().orElse(0);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> bubbles() {
    return (List<Map<String, Object>>) page.evaluate(READ_BUBBLES);
  }

  private static TgMessage toMessage(Map<String, Object> bubble, String pinnedText) {
    String text = String.valueOf(bubble.get("text")).strip();
    Optional<String> file = Optional.ofNullable(bubble.get("file")).map(Object::toString);
    boolean photo = Boolean.TRUE.equals(bubble.get("photo"));
    return new TgMessage(
        messageId(String.valueOf(bubble.get("mid"))),
        !Boolean.TRUE.equals(bubble.get("out")),
        text,
        Optional.empty(),
        isPinned(text, pinnedText),
        photo,
        file,
        photo ? Optional.of("image/jpeg") : Optional.empty(),
        file.or(() -> photo ? Optional.of("photo") : Optional.empty()));
  }

  /** The pinned bar shows the start of the pinned text on one line, cut with an ellipsis. */
  private static boolean isPinned(String text, String pinnedBar) {
    String shown = oneLine(pinnedBar.replace("…", ""));
    return !shown.isEmpty() && oneLine(text).startsWith(shown);
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  /**
   * {@code data-mid} of a message still being sent has a fractional part; the integer orders it.
   */
  private static long messageId(String mid) {
    int dot = mid.indexOf('.');
    return Long.parseLong(dot < 0 ? mid : mid.substring(0, dot));
  }
}
