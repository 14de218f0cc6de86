package chat.k1te.serverless.telegram;

import chat.k1te.serverless.json.JsonObject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The parts of a Telegram {@code Update} that Kite reacts to. */
public record TgUpdate(
    long updateId,
    Optional<TgMessage> message,
    Optional<TgMessage> edited,
    Optional<MemberStatusChange> myChatMember) {

  /** A Telegram user; {@code languageCode} is the IETF tag of the user's app language, if sent. */
  public record User(
      long id,
      String firstName,
      Optional<String> lastName,
      Optional<String> username,
      Optional<String> languageCode) {
    public String displayName() {
      String full = (firstName + lastName.map(l -> " " + l).orElse("")).strip();
      return full.isEmpty() ? username.orElse(Long.toString(id)) : full;
    }
  }

  public record Chat(long id, String type, Optional<String> title) {}

  /**
   * A text entity; offsets count UTF-16 units, like Java strings. Parsed entities always lie inside
   * their text ({@link #inside}); others are dropped as the untrusted input they are.
   */
  public record Entity(String type, int offset, int length) {
    public String of(String text) {
      long end = Math.min(text.length(), (long) offset + length);
      return offset < 0 || offset >= end ? "" : text.substring(offset, (int) end);
    }

    /** The text after the entity. */
    public String after(String text) {
      long end = Math.max(0, Math.min(text.length(), (long) offset + length));
      return text.substring((int) end);
    }

    static boolean inside(long offset, long length, Optional<String> text) {
      return text.isPresent()
          && offset >= 0
          && length > 0
          && offset + length <= text.get().length();
    }
  }

  public record File(String fileId, String fileName, String mimeType, long size) {}

  /** The bot's own membership in a chat changed (added, promoted, left, kicked). */
  public record MemberStatusChange(
      Chat chat, Optional<User> from, String oldStatus, String newStatus) {}

  public record TgMessage(
      long messageId,
      Chat chat,
      Optional<User> from,
      Optional<String> text,
      List<Entity> entities,
      Optional<String> caption,
      List<Entity> captionEntities,
      Optional<TgMessage> replyTo,
      Optional<File> document,
      Optional<File> photo,
      boolean pinService,
      boolean membershipService) {

    /** The command token (lower case, {@code @bot} stripped) if the first entity is a command. */
    public Optional<String> command() {
      if (text.isEmpty() || entities.isEmpty() || !"bot_command".equals(entities.get(0).type())) {
        return Optional.empty();
      }
      Entity e = entities.get(0);
      if (e.offset() != 0) {
        return Optional.empty();
      }
      String token = e.of(text.get()).toLowerCase(java.util.Locale.ROOT);
      int at = token.indexOf('@');
      return Optional.of(at < 0 ? token : token.substring(0, at));
    }

    public String commandArgument() {
      return text.filter(t -> !entities.isEmpty())
          .map(t -> entities.get(0).after(t).strip())
          .orElse("");
    }

    /** The first non-empty hashtag of the text or caption, without '#'. */
    public Optional<String> firstHashtag() {
      Optional<String> tag = hashtag(text, entities);
      return tag.isPresent() ? tag : hashtag(caption, captionEntities);
    }

    private static Optional<String> hashtag(Optional<String> source, List<Entity> entities) {
      if (source.isEmpty()) {
        return Optional.empty();
      }
      for (Entity e : entities) {
        if ("hashtag".equals(e.type())) {
          String tag = e.of(source.get());
          tag = tag.startsWith("#") ? tag.substring(1) : tag;
          if (!tag.isEmpty()) { // an empty member id would be refused as a DynamoDB key
            return Optional.of(tag);
          }
        }
      }
      return Optional.empty();
    }
  }

  public static TgUpdate parse(JsonObject update) {
    long id = update.number("update_id").orElse(-1L);
    Optional<TgMessage> message =
        update
            .optionalObject("message")
            .or(() -> update.optionalObject("channel_post"))
            .map(TgUpdate::message);
    Optional<TgMessage> edited =
        update
            .optionalObject("edited_message")
            .or(() -> update.optionalObject("edited_channel_post"))
            .map(TgUpdate::message);
    Optional<MemberStatusChange> change =
        update
            .optionalObject("my_chat_member")
            .map(
                m ->
                    new MemberStatusChange(
                        chat(m.object("chat")),
                        m.has("from") ? Optional.of(user(m.object("from"))) : Optional.empty(),
                        m.object("old_chat_member").string("status").orElse(""),
                        m.object("new_chat_member").string("status").orElse("")));
    return new TgUpdate(id, message, edited, change);
  }

  static TgMessage message(JsonObject m) {
    return new TgMessage(
        m.number("message_id").orElse(0L),
        chat(m.object("chat")),
        m.optionalObject("from").map(TgUpdate::user),
        m.string("text"),
        entities(m, "entities", m.string("text")),
        m.string("caption"),
        entities(m, "caption_entities", m.string("caption")),
        m.optionalObject("reply_to_message").map(TgUpdate::message),
        m.optionalObject("document")
            .map(
                d ->
                    new File(
                        d.string("file_id").orElse(""),
                        d.string("file_name").orElse("file"),
                        d.string("mime_type").orElse("application/octet-stream"),
                        d.number("file_size").orElse(0L))),
        m.objects("photo").stream()
            .max(
                Comparator.comparingLong(
                    p -> p.number("width").orElse(0L) * p.number("height").orElse(0L)))
            .map(
                p ->
                    new File(
                        p.string("file_id").orElse(""),
                        "file.jpg",
                        "image/jpeg",
                        p.number("file_size").orElse(0L))),
        m.has("pinned_message"),
        m.has("new_chat_members")
            || m.has("left_chat_member")
            || m.bool("group_chat_created")
            || m.bool("supergroup_chat_created"));
  }

  private static Chat chat(JsonObject c) {
    return new Chat(c.number("id").orElse(0L), c.string("type").orElse(""), c.string("title"));
  }

  private static User user(JsonObject u) {
    return new User(
        u.number("id").orElse(0L),
        u.string("first_name").orElse(""),
        u.string("last_name"),
        u.string("username"),
        u.string("language_code"));
  }

  private static List<Entity> entities(JsonObject m, String key, Optional<String> text) {
    return m.objects(key).stream()
        .filter(
            e ->
                e.number("offset").isPresent()
                    && e.number("length").isPresent()
                    && Entity.inside(e.number("offset").get(), e.number("length").get(), text))
        .map(
            e ->
                new Entity(
                    e.string("type").orElse(""),
                    e.number("offset").orElseThrow().intValue(),
                    e.number("length").orElseThrow().intValue()))
        .toList();
  }
}
