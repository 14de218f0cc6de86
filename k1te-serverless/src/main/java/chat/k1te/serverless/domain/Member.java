package chat.k1te.serverless.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A participant of a channel: the host (a Telegram chat) or a client (a web visitor or a Telegram
 * chat that joined). {@code version} guards conditional updates against lost writes.
 *
 * @param peerMemberId whom this member last talked to; unaddressed messages go there
 * @param lastActiveConnector the connector the member used last (its preferred destination)
 * @param connections live connections: connector → raw id (socket id, base-36 chat id)
 * @param pinnedMessages for each recipient, the message of this member pinned (unanswered) there
 * @param webSeen time of the newest history item the web client has seen (replay starts after it)
 * @param replayPending a web connection opened and has not been sent the missed history yet
 * @param webFeatures what the member's widget announced in JOIN beyond the first protocol revision
 */
public record Member(
    String channelName,
    String id,
    String userName,
    boolean host,
    Optional<String> peerMemberId,
    Optional<Connector> lastActiveConnector,
    Map<Connector, String> connections,
    Map<String, String> pinnedMessages,
    Optional<Instant> webSeen,
    boolean replayPending,
    Set<String> webFeatures,
    long version) {

  /** The widget acknowledges what it displayed ({@code SEEN}) and drops repeated ids. */
  public static final String ACKNOWLEDGES = "seen";

  /** The widget applies {@code EDIT} and {@code DEL} to messages it shows. */
  public static final String EDITS = "edit";

  public Member {
    connections = Map.copyOf(connections);
    pinnedMessages = Map.copyOf(pinnedMessages);
    webFeatures = Set.copyOf(webFeatures);
  }

  public static Member create(
      String channelName,
      String id,
      String userName,
      boolean host,
      Optional<String> peer,
      Connector connector,
      String raw) {
    return new Member(
        channelName,
        id,
        userName,
        host,
        peer,
        Optional.of(connector),
        Map.of(connector, raw),
        Map.of(),
        Optional.empty(),
        false,
        Set.of(),
        0);
  }

  public MemberRef ref() {
    return new MemberRef(channelName, id);
  }

  /** The connection messages go to: the last active one, else any; empty when offline. */
  public Optional<Map.Entry<Connector, String>> destination() {
    if (lastActiveConnector.isPresent() && connections.containsKey(lastActiveConnector.get())) {
      return Optional.of(
          Map.entry(lastActiveConnector.get(), connections.get(lastActiveConnector.get())));
    }
    return connections.entrySet().stream().findFirst();
  }

  public Optional<String> connection(Connector connector) {
    return Optional.ofNullable(connections.get(connector));
  }

  public Member withPeer(Optional<String> peer) {
    return new Member(
        channelName,
        id,
        userName,
        host,
        peer,
        lastActiveConnector,
        connections,
        pinnedMessages,
        webSeen,
        replayPending,
        webFeatures,
        version);
  }

  /** Adds or replaces the connection and makes its connector the active one. */
  public Member withConnection(Connector connector, String raw) {
    Map<Connector, String> next = new LinkedHashMap<>(connections);
    next.put(connector, raw);
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        Optional.of(connector),
        next,
        pinnedMessages,
        webSeen,
        replayPending,
        webFeatures,
        version);
  }

  /** Makes an existing connection the preferred destination. */
  public Member withLastActive(Connector connector) {
    if (!connections.containsKey(connector)) {
      return this;
    }
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        Optional.of(connector),
        connections,
        pinnedMessages,
        webSeen,
        replayPending,
        webFeatures,
        version);
  }

  public Member withoutConnection(Connector connector) {
    Map<Connector, String> next = new LinkedHashMap<>(connections);
    next.remove(connector);
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        lastActiveConnector,
        next,
        pinnedMessages,
        webSeen,
        replayPending,
        webFeatures,
        version);
  }

  public Member withPin(String recipientId, Optional<String> messageId) {
    Map<String, String> next = new LinkedHashMap<>(pinnedMessages);
    messageId.ifPresentOrElse(m -> next.put(recipientId, m), () -> next.remove(recipientId));
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        lastActiveConnector,
        connections,
        next,
        webSeen,
        replayPending,
        webFeatures,
        version);
  }

  /** Records that the web client has seen history up to {@code time} (never moves back). */
  public Member seenOnWeb(Instant time) {
    Instant latest = webSeen.filter(t -> t.isAfter(time)).orElse(time);
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        lastActiveConnector,
        connections,
        pinnedMessages,
        Optional.of(latest),
        replayPending,
        webFeatures,
        version);
  }

  public Member withReplayPending(boolean pending) {
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        lastActiveConnector,
        connections,
        pinnedMessages,
        webSeen,
        pending,
        webFeatures,
        version);
  }

  public Member withWebFeatures(Set<String> features) {
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        lastActiveConnector,
        connections,
        pinnedMessages,
        webSeen,
        replayPending,
        features,
        version);
  }

  /** The widget acknowledges what it displayed: only its acknowledgements move {@code webSeen}. */
  public boolean acknowledges() {
    return webFeatures.contains(ACKNOWLEDGES);
  }

  public Member withVersion(long newVersion) {
    return new Member(
        channelName,
        id,
        userName,
        host,
        peerMemberId,
        lastActiveConnector,
        connections,
        pinnedMessages,
        webSeen,
        replayPending,
        webFeatures,
        newVersion);
  }
}
