package chat.k1te.e2e.telegram.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * Telegram Web (the K client at web.telegram.org/k/) logged in through a stored session: the chat
 * list and the chat that is open. Telegram Web allows one active tab per session, so both chats of
 * a test share this one page and are opened in turn.
 */
public final class TelegramWebClient {
  public static final String URL = "https://web.telegram.org/k/";

  private final Page page;
  private final Locator chatList;
  private final Locator search;
  private final Locator openChatTitle;
  private final Locator menu;

  public TelegramWebClient(Page page) {
    this.page = page;
    this.chatList = page.locator("#page-chats");
    this.search = page.locator(".sidebar-header .input-search input");
    this.openChatTitle = page.locator(".chat-info .peer-title").first();
    this.menu = page.locator(".sidebar-tools-button").first();
  }

  public static TelegramWebClient open(Page page) {
    page.navigate(URL);
    TelegramWebClient client = new TelegramWebClient(page);
    client.chatList.waitFor();
    return client;
  }

  public Page page() {
    return page;
  }

  /** The page where the chat list shows: the session is logged in. */
  public Locator chatList() {
    return chatList;
  }

  /** Opens the chat titled {@code title} unless it is already the open one. */
  public void openChat(String title) {
    if (openChatTitle.isVisible() && openChatTitle.innerText().strip().equals(title)) {
      return;
    }
    search.fill(title);
    page.locator(".search-super-content-chats a.chatlist-chat, #search-container a.chatlist-chat")
        .filter(new Locator.FilterOptions().setHas(page.getByText(title, exactText())))
        .first()
        .click();
    page.locator(".chat-info .peer-title", new Page.LocatorOptions().setHasText(title))
        .first()
        .waitFor();
    search.fill("");
  }

  /** The logged-in user's display name, read from Settings. */
  public String accountName() {
    menu.click();
    page.locator(".btn-menu-item", new Page.LocatorOptions().setHasText("Settings"))
        .first()
        .click();
    Locator name = page.locator(".profile-name").first();
    name.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
    String text = name.innerText().strip();
    page.keyboard().press("Escape");
    return text;
  }

  private static Page.GetByTextOptions exactText() {
    return new Page.GetByTextOptions().setExact(true);
  }
}
