package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.Channel;
import chat.k1te.serverless.domain.ChannelName;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberId;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.domain.TelegramIds;
import chat.k1te.serverless.store.ChannelStore;
import chat.k1te.serverless.store.ConnectionStore;
import chat.k1te.serverless.store.HistoryStore;
import chat.k1te.serverless.store.MemberStore;
import java.util.Map;
import java.util.Optional;

/** Memberships of channels: join (web and Telegram), switch to Telegram, leave. */
public final class Memberships {
  private final ChannelStore channels;
  private final MemberStore members;
  private final ConnectionStore connections;
  private final HistoryStore history;
  private final Outbox outbox;

  public Memberships(
      ChannelStore channels,
      MemberStore members,
      ConnectionStore connections,
      HistoryStore history,
      Outbox outbox) {
    this.channels = channels;
    this.members = members;
    this.connections = connections;
    this.history = history;
    this.outbox = outbox;
  }

  public Channel channel(String name) {
    ChannelName.validate(name);
    return channels.find(name).orElseThrow(() -> KiteException.notFound("Channel not found"));
  }

  public Optional<Member> byConnection(Connector connector, String raw) {
    return connections.find(connector, raw).flatMap(members::find);
  }

  /** Adds a Telegram chat as a client of the channel; false if it was a member already. */
  public boolean joinTelegram(String name, String chatRaw, String userName) {
    Channel channel = channel(name);
    if (channel.hostId().equals(chatRaw)) {
      throw KiteException.conflict("You are the host of channel " + name);
    }
    Optional<Member> bound = byConnection(Connector.TG, chatRaw);
    if (bound.isPresent()) {
      Member existing = bound.get();
      if (existing.host()) {
        throw KiteException.conflict(
            "This chat hosts channel " + existing.channelName() + " and cannot join another");
      }
      if (existing.channelName().equals(name)) {
        return false;
      }
      throw KiteException.conflict(
          "You are already a member of channel " + existing.channelName() + ". Use /leave first");
    }
    Member member =
        Member.create(
            name, chatRaw, userName, false, Optional.of(channel.hostId()), Connector.TG, chatRaw);
    if (!members.create(member)) {
      members.update(member.ref(), m -> m.withConnection(Connector.TG, chatRaw));
    }
    connections.put(Connector.TG, chatRaw, member.ref());
    notifyHost(channel, member, "joined channel " + name);
    return true;
  }

  /** Binds a web socket to a member, creating it on first JOIN (§8.9: rebinding is stored). */
  public Member joinWeb(String name, String memberId, String userName, String connectionId) {
    if (!MemberId.isValid(memberId)) {
      throw KiteException.badRequest(
          "Invalid member id " + memberId + ": use 1 to 64 letters, digits or '_'");
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
            connectionId);
    connections.put(Connector.WS, connectionId, fresh.ref());
    if (members.create(fresh)) {
      notifyHost(channel, fresh, "joined channel " + name);
      return fresh;
    }
    Member existing =
        members.find(fresh.ref()).orElseThrow(() -> KiteException.notFound("Member not found"));
    return bindWeb(existing, connectionId);
  }

  /** Makes the socket the web connection of a member just read; the old socket's row goes. */
  public Member bindWeb(Member current, String connectionId) {
    MemberRef ref = current.ref();
    connections.put(Connector.WS, connectionId, ref);
    Member bound =
        members
            .update(
                current, m -> m.withConnection(Connector.WS, connectionId).withReplayPending(true))
            .orElseThrow(() -> KiteException.notFound("Member not found"));
    current
        .connection(Connector.WS)
        .filter(old -> !old.equals(connectionId))
        .ifPresent(old -> connections.delete(Connector.WS, old, ref));
    return bound;
  }

  /** Moves an existing (web) member to a Telegram chat; returns it as stored. */
  public Member switchToTelegram(String name, String memberId, String chatRaw) {
    Channel channel = channel(name);
    MemberRef ref = new MemberRef(name, memberId);
    members.find(ref).orElseThrow(() -> KiteException.notFound("Not found member"));
    Optional<MemberRef> bound = connections.find(Connector.TG, chatRaw);
    if (bound.isPresent() && !bound.get().equals(ref)) {
      throw KiteException.conflict(
          "This chat is already in channel " + bound.get().channelName() + ". Use /leave first");
    }
    connections.put(Connector.TG, chatRaw, ref);
    Member member =
        members
            .update(ref, m -> m.withConnection(Connector.TG, chatRaw))
            .orElseThrow(() -> KiteException.notFound("Not found member"));
    notifyHost(channel, member, "switched to Telegram");
    return member;
  }

  /** Removes a client from its channel; returns the channel name. */
  public String leave(String chatRaw) {
    MemberRef ref =
        connections
            .find(Connector.TG, chatRaw)
            .orElseThrow(() -> KiteException.notFound("You are not a member of any channel"));
    Member member =
        members
            .find(ref)
            .orElseThrow(() -> KiteException.notFound("You are not a member of any channel"));
    if (member.host()) {
      throw KiteException.badRequest("Host member cannot leave channel. You can only drop it");
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
          notifyHost(c, member, "left channel " + c.name());
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
    } catch (RuntimeException ignored) {
      // the pin is gone already
    }
  }

  /** "#id name" then "✅ name <what>" to the host chat (the hashtag lets the host reply). */
  private void notifyHost(Channel channel, Member member, String what) {
    try {
      outbox.notice(
          channel.hostId(),
          "#" + member.id() + " " + member.userName() + "\n✅ " + member.userName() + " " + what);
    } catch (RuntimeException e) {
      // a notice must not undo the membership change
    }
  }
}
