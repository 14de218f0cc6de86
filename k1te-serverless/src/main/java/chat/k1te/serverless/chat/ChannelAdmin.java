package chat.k1te.serverless.chat;

import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Channel;
import chat.k1te.serverless.domain.ChannelName;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Language;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.store.ChannelStore;
import chat.k1te.serverless.store.ConnectionStore;
import chat.k1te.serverless.store.MemberStore;
import java.util.Optional;

/** Channels owned by host chats: create ({@code /host}) and drop ({@code /drop}, bot removed). */
public final class ChannelAdmin {
  private final ChannelStore channels;
  private final MemberStore members;
  private final ConnectionStore connections;
  private final Memberships memberships;

  public ChannelAdmin(
      ChannelStore channels,
      MemberStore members,
      ConnectionStore connections,
      Memberships memberships) {
    this.channels = channels;
    this.members = members;
    this.connections = connections;
    this.memberships = memberships;
  }

  /** Creates the channel with this chat as host; true if it was created now. */
  public boolean host(String name, String chatRaw, String title, Language language) {
    ChannelName.validate(name);
    if (name.contains("__")) {
      throw KiteException.badRequest(BotText.NAME_WITH_SEPARATOR, name);
    }
    Optional<Member> bound = memberships.byConnection(Connector.TG, chatRaw);
    if (bound.isPresent() && !bound.get().host()) {
      throw KiteException.conflict(BotText.CHAT_IS_A_MEMBER, bound.get().channelName());
    }
    boolean created = channels.host(name, chatRaw, language) == ChannelStore.HostOutcome.CREATED;
    Member host =
        Member.create(
            name,
            chatRaw,
            title.isBlank() ? name : title,
            true,
            Optional.empty(),
            Connector.TG,
            chatRaw);
    if (!members.create(host)) {
      members.update(host.ref(), m -> m.withConnection(Connector.TG, chatRaw));
    }
    connections.put(Connector.TG, chatRaw, host.ref());
    return created;
  }

  /** Drops the channel this chat hosts; returns its name. */
  public String drop(String chatRaw) {
    Optional<MemberRef> ref = connections.find(Connector.TG, chatRaw);
    if (ref.isEmpty()) {
      throw KiteException.notFound(BotText.NOTHING_TO_DROP);
    }
    Member member =
        members.find(ref.get()).orElseThrow(() -> KiteException.notFound(BotText.NOTHING_TO_DROP));
    if (!member.host()) {
      throw KiteException.badRequest(BotText.ONLY_HOST_DROPS);
    }
    dropChannel(ref.get().channelName(), chatRaw);
    return ref.get().channelName();
  }

  /** The bot was removed from a chat: drop what it hosts (nothing if it hosts nothing). */
  public Optional<String> dropHostedBy(String chatRaw) {
    Optional<Channel> hosted = channels.hostedBy(chatRaw);
    hosted.ifPresent(c -> dropChannel(c.name(), chatRaw));
    return hosted.map(Channel::name);
  }

  private void dropChannel(String name, String hostId) {
    for (Member m : members.listChannel(name)) {
      memberships.removeMember(m);
    }
    channels.drop(name, hostId);
  }
}
