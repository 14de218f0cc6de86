package chat.k1te.e2e.telegram.web;

import chat.k1te.e2e.config.DevSettings;
import chat.k1te.e2e.config.Setting;
import chat.k1te.e2e.telegram.TelegramSide;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;

/**
 * The Telegram side of the dev target: real Telegram through Telegram Web, logged in with the
 * stored session. The two groups are made once by a person (see the module README), so tests
 * against dev run one at a time and each cleans up its channel.
 */
public final class TelegramWeb implements TelegramSide {
  private final DevSettings settings;
  private final BrowserContext context;
  private final TelegramWebClient client;
  private String userName;

  public TelegramWeb(DevSettings settings, BrowserContext context) {
    this.settings = settings;
    this.context = context;
    this.client = TelegramWebClient.open(context.newPage());
  }

  /** A context carrying the stored Telegram Web session. */
  public static Browser.NewContextOptions contextOptions(DevSettings settings) {
    return new Browser.NewContextOptions().setStorageStatePath(settings.authState());
  }

  @Override
  public TelegramWebChat hostChat() {
    return new TelegramWebChat(client, settings.hostChat(), settings.botName(), userName());
  }

  @Override
  public TelegramWebChat memberChat() {
    return new TelegramWebChat(client, settings.memberChat(), settings.botName(), userName());
  }

  public TelegramWebClient client() {
    return client;
  }

  private String userName() {
    if (userName == null) {
      userName =
          Setting.of("e2e.telegram.user", "KITE_E2E_TELEGRAM_USER").orElseGet(client::accountName);
    }
    return userName;
  }

  @Override
  public void close() {
    context.close();
  }
}
