package chat.k1te.serverless.chat;

import chat.k1te.serverless.config.AwsClients;
import chat.k1te.serverless.config.DispatcherConfig;
import chat.k1te.serverless.config.Lazy;
import chat.k1te.serverless.files.FileStore;
import chat.k1te.serverless.store.ChannelStore;
import chat.k1te.serverless.store.ConnectionStore;
import chat.k1te.serverless.store.HistoryStore;
import chat.k1te.serverless.store.MemberStore;
import chat.k1te.serverless.store.NoticeBudget;
import chat.k1te.serverless.store.Tables;
import chat.k1te.serverless.store.TelegramLinkStore;
import chat.k1te.serverless.store.UpdateLog;
import chat.k1te.serverless.telegram.TelegramClient;
import chat.k1te.serverless.ws.EmfMetrics;
import chat.k1te.serverless.ws.WsPusher;
import java.time.Clock;

/** The dispatcher's object graph, wired once at init from its configuration. */
public record KiteBackend(WebSocketService webSocket, WebhookService webhook) {

  public static KiteBackend create(DispatcherConfig config) {
    return create(config, AwsClients.create(config), Clock.systemUTC());
  }

  public static KiteBackend create(DispatcherConfig config, AwsClients aws, Clock clock) {
    Tables tables = Tables.of(config.stage());
    ChannelStore channels = new ChannelStore(aws.dynamo(), tables, clock);
    MemberStore members = new MemberStore(aws.dynamo(), tables);
    ConnectionStore connections = new ConnectionStore(aws.dynamo(), tables);
    HistoryStore history = new HistoryStore(aws.dynamo(), tables);
    FileStore files = new FileStore(aws.s3(), aws.presigner(), config.bucket(), clock);
    TelegramClient telegram =
        new TelegramClient(
            TelegramClient.defaultHttpClient(), config.telegramApiBase(), config.botToken());
    Outbox outbox =
        new Outbox(
            new WsPusher(aws.management(), new EmfMetrics(config.stage(), System.out)),
            telegram,
            files);
    Router router = new Router(members, connections, history, outbox, clock);
    Replay replay = new Replay(members, history, outbox, router);
    TelegramLinks links =
        new TelegramLinks(
            new TelegramLinkStore(aws.dynamo(), tables, clock),
            Lazy.of(telegram::botUsername),
            clock);
    Memberships memberships =
        new Memberships(
            channels,
            members,
            connections,
            history,
            outbox,
            links,
            new NoticeBudget(aws.dynamo(), tables, clock));
    ChannelAdmin admin = new ChannelAdmin(channels, members, connections, memberships);
    BotCommands commands = new BotCommands(memberships, admin, replay, config.wsPublicUrl());
    UpdateLog progress = new UpdateLog(aws.dynamo(), tables, clock);
    Corrections corrections = new Corrections(members, history, progress, outbox, clock);
    TelegramService telegramService =
        new TelegramService(
            memberships, admin, members, router, commands, telegram, corrections, progress, clock);
    WebSocketService webSocket =
        new WebSocketService(
            memberships, members, connections, router, replay, files, progress, links);
    WebhookService webhook = new WebhookService(config.secretToken(), progress, telegramService);
    return new KiteBackend(webSocket, webhook);
  }
}
