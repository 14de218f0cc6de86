package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Channel;
import chat.k1te.serverless.domain.ChannelName;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberId;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.store.ChannelStore;
import chat.k1te.serverless.store.ConnectionStore;
import chat.k1te.serverless.store.HistoryStore;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.store.NoticeBudget;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Memberships of channels: join (web and Telegram), switch to Telegram, leave. */
public final class Memberships {
  private static final System.Logger LOG = System.getLogger(Memberships.class.getName());
  private final ChannelStore channels;
  private final MemberStore members;
  private final ConnectionStore connections;
  private final HistoryStore history;
  private final Outbox outbox;
  private final TelegramLinks links;
  private final NoticeBudget joinedNotices;

  public Memberships(
      ChannelStore channels,
      MemberStore members,
      ConnectionStore connections,
      HistoryStore history,
      Outbox outbox,
      TelegramLinks links,
      NoticeBudget joinedNotices) {
    this.channels = channels;
    this.members = members;
    this.connections = connections;
    this.history = history;
    this.outbox = outbox;
    this.links = links;
    this.joinedNotices = joinedNotices;
  }

  public Channel channel(String name) {
    ChannelName.validate(name);
    return channels.find(name).orElseThrow(() -> KiteException.notFound(BotText.CHANNEL_NOT_FOUND));
  }

  public Optional<Member> byConnection(Connector connector, String raw) {
    return connections.find(connector, raw).flatMap(members::find);
  }

  /** Adds a Telegram chat as a client of the channel; false if it was a member already. */
  public boolean joinTelegram(String name, String chatRaw, String userName) {
    Channel channel = channel(name);
    if (channel.hostId().equals(chatRaw)) {
      throw KiteException.conflict(BotText.YOU_HOST_THIS_CHANNEL, name);
    }
    Optional<Member> bound = byConnection(Connector.TG, chatRaw);
    if (bound.isPresent()) {
      Member existing = bound.get();
      if (existing.host()) {
        throw KiteException.conflict(BotText.HOSTS_ANOTHER_CHANNEL, existing.channelName());
      }
      if (existing.channelName().equals(name)) {
        return false;
      }
      throw KiteException.conflict(BotText.ALREADY_MEMBER, existing.channelName());
    }
    Member member =
        Member.create(
            name,
            MemberId.ofTelegramChat(chatRaw),
            userName,
            false,
            Optional.of(channel.hostId()),
            Connector.TG,
            chatRaw);
    if (!members.create(member)) {
      members.update(member.ref(), m -> m.withConnection(Connector.TG, chatRaw));
    }
    connections.put(Connector.TG, chatRaw, member.ref());
    notifyJoined(channel, member);
    return true;
  }

  /**
   * Binds a web socket to a member, creating it on first JOIN (a later JOIN from a new socket moves
   * it there).
   */
  public Member joinWeb(
      String name, String memberId, String userName, String connectionId, Set<String> features) {
    if (!MemberId.isWebId(memberId)) {
      throw KiteException.badRequest(
          "Invalid member id "
              + memberId
              + ": use 1 to 64 letters, digits or '_', not starting with '"
              + MemberId.TELEGRAM_PREFIX
              + "'");
    }
    Channel channel = channel(name);
    if (channel.hostId().equals(memberId)) {
      throw KiteException.conflict("Member id " + memberId + " is taken in channel " + name);
    }
    String display = userName.length() > 64 ? userName.substring(0, 64) : userName;
    Member fresh =
        Member.create(
                name,
                memberId,
                display,
                false,
                Optional.of(channel.hostId()),
                Connector.WS,
                connectionId)
            .withWebFeatures(features);
    connections.put(Connector.WS, connectionId, fresh.ref());
    if (members.create(fresh)) {
      notifyJoined(channel, fresh);
      return fresh;
    }
    Member existing =
        members.find(fresh.ref()).orElseThrow(() -> KiteException.notFound("Member not found"));
    return bindWeb(existing, connectionId, Optional.of(features));
  }

  /**
   * Makes the socket the web connection of a member just read; the old socket's row goes. The
   * widget's features are replaced when it announced them (JOIN), kept otherwise.
   */
  public Member bindWeb(Member current, String connectionId, Optional<Set<String>> features) {
    MemberRef ref = current.ref();
    connections.put(Connector.WS, connectionId, ref);
    Member bound =
        members
            .update(
                current,
                m -> {
                  Member rebound =
                      m.withConnection(Connector.WS, connectionId).withReplayPending(true);
                  return features.map(rebound::withWebFeatures).orElse(rebound);
                })
            .orElseThrow(() -> KiteException.notFound("Member not found"));
    current
        .connection(Connector.WS)
        .filter(old -> !old.equals(connectionId))
        .ifPresent(old -> connections.delete(Connector.WS, old, ref));
    return bound;
  }

  /**
   * Moves a web member to a Telegram chat with a token its own socket was given (see {@link
   * TelegramLinks}); returns it as stored. A host is never moved, and a chat that hosts a channel
   * is never rebound.
   */
  public Member switchToTelegram(String name, String token, String chatRaw) {
    Channel channel = channel(name);
    Optional<MemberRef> bound = connections.find(Connector.TG, chatRaw);
    if (channel.hostId().equals(chatRaw)
        || bound.flatMap(members::find).filter(Member::host).isPresent()) {
      throw KiteException.conflict(BotText.CHAT_HOSTS_A_CHANNEL);
    }
    MemberRef ref = links.redeem(name, token);
    Member found =
        members.find(ref).orElseThrow(() -> KiteException.notFound(BotText.MEMBER_NOT_FOUND));
    if (found.host()) {
      throw KiteException.conflict(BotText.HOST_CANNOT_BE_MOVED);
    }
    if (bound.isPresent() && !bound.get().equals(ref)) {
      throw KiteException.conflict(BotText.CHAT_IN_OTHER_CHANNEL, bound.get().channelName());
    }
    connections.put(Connector.TG, chatRaw, ref);
    Member member =
        members
            .update(ref, m -> m.withConnection(Connector.TG, chatRaw))
            .orElseThrow(() -> KiteException.notFound(BotText.MEMBER_NOT_FOUND));
    notifyHost(channel, member, BotText.NOTICE_SWITCHED);
    return member;
  }

  /** Removes a client from its channel; returns the channel name. */
  public String leave(String chatRaw) {
    MemberRef ref =
        connections
            .find(Connector.TG, chatRaw)
            .orElseThrow(() -> KiteException.notFound(BotText.NOT_A_MEMBER));
    Member member =
        members.find(ref).orElseThrow(() -> KiteException.notFound(BotText.NOT_A_MEMBER));
    if (member.host()) {
      throw KiteException.badRequest(BotText.HOST_CANNOT_LEAVE);
    }
    removeMember(member);
    Optional<Channel> channel = channels.find(ref.channelName());
    channel.ifPresent(
        c -> {
          MemberRef hostRef = new MemberRef(c.name(), c.hostId());
          Optional<String> pinned = Optional.ofNullable(member.pinnedMessages().get(c.hostId()));
          pinned.ifPresent(p -> unpinQuietly(c.hostId(), p));
          members.clearPeer(hostRef, member.id());
          members.update(hostRef, h -> h.withPin(member.id(), Optional.empty()));
          notifyHost(c, member, BotText.NOTICE_LEFT);
        });
    return ref.channelName();
  }

  /** Deletes the member with its connection rows and (for clients) its history. */
  void removeMember(Member member) {
    for (Map.Entry<Connector, String> c : member.connections().entrySet()) {
      connections.delete(c.getKey(), c.getValue(), member.ref());
    }
    if (!member.host()) {
      history.deleteAll(member.ref());
    }
    members.delete(member.ref());
  }

  private void unpinQuietly(String chatRaw, String messageRaw) {
    try {
      outbox.telegram().unpin(TelegramIds.decode(chatRaw), TelegramIds.decode(messageRaw));
    } catch (RuntimeException e) {
      // the pin is gone already (unpinned by hand, message deleted): the membership change goes on
      Log.warn("unpin failed", e, Map.of("chat", chatRaw, "message", messageRaw));
    }
  }

  /**
   * Joining costs nothing, so a script could flood the host group with notices: past {@link
   * NoticeBudget#JOINED_PER_MINUTE} a minute, one notice says so and the rest are only logged. The
   * joins themselves still count; the members' first messages reach the group as usual.
   */
  private void notifyJoined(Channel channel, Member member) {
    switch (joinedNotices.spend(channel.name())) {
      case SEND -> notifyHost(channel, member, BotText.NOTICE_JOINED);
      case SUMMARIZE -> {
        LOG.log(
            System.Logger.Level.WARNING,
            "joined notices of channel {0} paused for this minute",
            channel.name());
        try {
          outbox.notice(
              channel.hostId(),
              BotText.NOTICE_JOINS_PAUSED.in(channel.language(), NoticeBudget.JOINED_PER_MINUTE));
        } catch (RuntimeException e) {
          // a notice must not undo the membership change
        }
      }
      case DROP ->
          LOG.log(
              System.Logger.Level.INFO,
              "joined notice of channel {0} dropped (over the per-minute bound)",
              channel.name());
    }
  }

  /**
   * "#id name" then the notice (e.g. "✅ name joined channel c") to the host chat, in the channel's
   * language (the hashtag lets the host reply).
   */
  private void notifyHost(Channel channel, Member member, BotText notice) {
    try {
      outbox.notice(
          channel.hostId(),
          "#"
              + member.id()
              + " "
              + member.userName()
              + "\n"
              + notice.in(channel.language(), member.userName(), channel.name()));
    } catch (RuntimeException e) {
      // a notice must not undo the membership change
      Log.warn("host notice failed", e, Map.of("channel", channel.name()));
    }
  }
}
