package chat.k1te.serverless.chat;

import chat.k1te.serverless.chat.Content.File;
import chat.k1te.serverless.chat.Content.StoredFile;
import chat.k1te.serverless.chat.Content.Text;
import chat.k1te.serverless.domain.BotText;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.MediaPolicy;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.domain.MemberId;
import chat.k1te.serverless.domain.MemberRef;
import chat.k1te.serverless.files.FileStore;
import chat.k1te.serverless.log.Log;
import chat.k1te.serverless.protocol.Payload;
import chat.k1te.serverless.protocol.PayloadCodec;
import chat.k1te.serverless.protocol.ProtocolException;
import chat.k1te.serverless.store.ConnectionStore;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.store.UpdateLog;
import chat.k1te.serverless.telegram.TelegramApiException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The browser side: socket connect/disconnect and the frames of {@code k1te.chat.v1}. */
public final class WebSocketService {
  private final Memberships memberships;
  private final MemberStore members;
  private final ConnectionStore connections;
  private final Router router;
  private final Replay replay;
  private final FileStore files;
  private final UpdateLog progress;
  private final TelegramLinks links;

  public WebSocketService(
      Memberships memberships,
      MemberStore members,
      ConnectionStore connections,
      Router router,
      Replay replay,
      FileStore files,
      UpdateLog progress,
      TelegramLinks links) {
    this.memberships = memberships;
    this.members = members;
    this.connections = connections;
    this.router = router;
    this.replay = replay;
    this.files = files;
    this.progress = progress;
    this.links = links;
  }

  /**
   * {@code $connect}: {@code c} must name a channel; with {@code m} the member must exist, and the
   * socket becomes its web connection (missed history follows with the first frame).
   */
  public void connect(String connectionId, Map<String, String> query) {
    String channel = Optional.ofNullable(query.get("c")).filter(c -> !c.isBlank()).orElse(null);
    if (channel == null) {
      throw KiteException.badRequest("No ChannelName was passed");
    }
    memberships.channel(channel);
    Optional<String> memberId = Optional.ofNullable(query.get("m")).filter(m -> !m.isBlank());
    if (memberId.isPresent()) {
      Member member =
          memberId
              .filter(MemberId::isWebId)
              .flatMap(id -> members.find(new MemberRef(channel, id)))
              .filter(m -> !m.host()) // a socket must never take the host's place
              .orElseThrow(() -> KiteException.notFound("Member not found"));
      memberships.bindWeb(member, connectionId, Optional.empty());
    }
  }

  public void disconnect(String connectionId) {
    connections
        .find(Connector.WS, connectionId)
        .ifPresent(
            ref -> {
              members.update(
                  ref,
                  m ->
                      connectionId.equals(m.connections().get(Connector.WS))
                          ? m.withoutConnection(Connector.WS)
                          : m);
              connections.delete(Connector.WS, connectionId, ref);
            });
  }

  /**
   * Handles one frame and returns the reply frame, none for {@code SEEN}; never throws for bad
   * input.
   */
  public Optional<Payload> onFrame(String connectionId, String frame) {
    try {
      Payload payload = PayloadCodec.decode(frame);
      if (payload instanceof Payload.Seen seen) {
        acknowledged(connectionId, seen);
        return Optional.empty();
      }
      return Optional.of(handle(connectionId, payload));
    } catch (ProtocolException e) {
      return Optional.of(new Payload.Err(e.getMessage(), 400));
    } catch (KiteException e) {
      return Optional.of(new Payload.Err(e.getMessage(), e.code()));
    } catch (TelegramApiException e) {
      return Optional.of(new Payload.Err(e.getMessage(), 502));
    }
  }

  /**
   * An acknowledgement is never answered, not even with an error: the widget matches an ERR with
   * its oldest unacknowledged message, and a lost acknowledgement only means a repeat on replay.
   */
  private void acknowledged(String connectionId, Payload.Seen seen) {
    try {
      current(connectionId).ifPresent(m -> replay.acknowledged(m, seen.messageId()));
    } catch (RuntimeException e) {
      System.err.println("SEEN " + seen.messageId() + " not recorded: " + e);
    }
  }

  private Payload handle(String connectionId, Payload payload) {
    Log.annotate("frame", payload.getClass().getSimpleName().toUpperCase(Locale.ROOT));
    if (payload instanceof Payload.Ping) {
      current(connectionId).ifPresent(m -> catchUp(m, connectionId));
      return new Payload.Pong();
    }
    if (payload instanceof Payload.Join j) {
      Member member =
          memberships.joinWeb(
              j.channelName(), j.memberId(), j.displayName(), connectionId, j.features());
      catchUp(member, connectionId);
      return new Payload.Ok();
    }
    if (payload instanceof Payload.Txt t) {
      MediaPolicy.checkText(t.text());
      Member from = joined(connectionId);
      return send(from, new ChatMessage(t.messageId(), new Text(t.text()), t.created(), true));
    }
    if (payload instanceof Payload.Upl u) {
      Member from = joined(connectionId);
      MediaPolicy.checkFile(u.fileType(), u.fileSize());
      FileStore.UploadSlot slot =
          files.uploadSlot(from.channelName(), from.id(), u.fileName(), u.fileType(), u.fileSize());
      return new Payload.UplSlot(u.messageId(), slot.getUrl(), slot.putUrl());
    }
    if (payload instanceof Payload.Bin b) {
      Member from = joined(connectionId);
      MediaPolicy.checkFile(b.fileType(), b.fileSize());
      String key =
          files
              .keyOf(b.url())
              .filter(k -> k.startsWith(from.channelName() + "/" + from.id() + "/"))
              .orElseThrow(
                  () ->
                      KiteException.badRequest(
                          "Unknown file URL: send the URL returned by UPL for this upload"));
      File file = new File(new StoredFile(key), b.fileName(), b.fileType(), uploaded(key, b));
      return send(from, new ChatMessage(b.messageId(), file, b.created(), true));
    }
    if (payload instanceof Payload.LinkRequest) {
      TelegramLinks.Link link = links.issue(joined(connectionId));
      return new Payload.Link(link.url(), link.expires());
    }
    throw KiteException.badRequest("Unexpected frame from a client");
  }

  /**
   * The size of the object a BIN names, as S3 reports it: it must exist and have the type the BIN
   * declares within that type's size limit, whatever the client claimed (the PUT URL bounds both,
   * this check holds even for an object put some other way).
   */
  private long uploaded(String key, Payload.Bin b) {
    if (!files.freshUpload(key)) {
      throw KiteException.badRequest(
          "This upload is too old to send: upload the file again (UPL, PUT, then BIN)");
    }
    FileStore.StoredObject object =
        files
            .stat(key)
            .orElseThrow(
                () ->
                    KiteException.badRequest(
                        "No file was uploaded to this URL: PUT the file to the URL returned by UPL"
                            + " first"));
    if (!object.contentType().equals(b.fileType())) {
      throw KiteException.badRequest(
          "The uploaded file is " + object.contentType() + ", not " + b.fileType());
    }
    MediaPolicy.checkFile(object.contentType(), object.size());
    return object.size();
  }

  /**
   * Sends a visitor's message once per message id: a resend of a message that went out (its ACK was
   * lost, or an error followed the delivery) is acknowledged again without a second delivery.
   */
  private Payload send(Member from, ChatMessage message) {
    String key = UpdateLog.messageKey(from.channelName(), from.id(), message.id());
    Attempt attempt = attempt(key, progress.begin(key), message.id());
    try {
      return route(from, message, attempt);
    } catch (RuntimeException e) {
      if (!attempt.delivered()) {
        progress.release(key);
      }
      throw e;
    }
  }

  private Attempt attempt(String key, UpdateLog.Progress found, String messageId) {
    if (found instanceof UpdateLog.Progress.Delivered d) {
      return Attempt.after(progress, key, d.destinationId());
    }
    if (found instanceof UpdateLog.Progress.InProgress) {
      throw KiteException.conflict(
          "Message " + messageId + " is being delivered: wait for its ACK");
    }
    return Attempt.claimed(progress, key); // Begun; a visitor's message is never Done
  }

  private Payload route(Member from, ChatMessage message, Attempt attempt) {
    Member ready = catchUp(from, from.connections().getOrDefault(Connector.WS, ""));
    String peer = ready.peerMemberId().orElseThrow(() -> KiteException.routing(BotText.NO_ROUTE));
    Member to =
        members
            .find(new MemberRef(ready.channelName(), peer))
            .orElseThrow(() -> KiteException.routing(BotText.NO_ROUTE));
    return router.route(ready, to, message, Connector.WS, attempt);
  }

  private Optional<Member> current(String connectionId) {
    return memberships.byConnection(Connector.WS, connectionId);
  }

  private Member joined(String connectionId) {
    return current(connectionId)
        .orElseThrow(
            () ->
                KiteException.notFound(
                    "This connection has not joined a channel: send JOIN first"));
  }

  private Member catchUp(Member member, String connectionId) {
    if (member.replayPending() && connectionId.equals(member.connections().get(Connector.WS))) {
      return replay.toWeb(member, connectionId);
    }
    return member;
  }
}
