package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTable;
import chat.k1te.infra.aws.ssm_parameter.SsmParameter;
import chat.k1te.infra.cloudflare.CloudflareProvider;
import chat.k1te.infra.cloudflare.CloudflareZone;
import chat.k1te.infra.cloudflare.CustomDomain;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.constructs.ApiStage;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.HttpApi;
import chat.k1te.infra.constructs.KiteTable;
import chat.k1te.infra.constructs.PrivateBucket;
import chat.k1te.infra.constructs.SecretParameter;
import chat.k1te.infra.constructs.WebSocketApi;
import chat.k1te.infra.ops.StageOperations;
import com.hashicorp.cdktf.TerraformStack;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * {@code kite-dev} and {@code kite-prod}: one class, one instance per stage. The runtime of Kite
 * chat: the widget's WebSocket API, the Telegram webhook, the three Lambdas, tables, file bucket,
 * secrets, logs and an optional custom domain.
 */
public final class StageStack extends TerraformStack {

  public StageStack(Construct scope, StageProps props) {
    super(scope, props.stack().stackName());
    String stage = props.stage();
    // the stage as the installation names it: dev, or acme-dev (names, table prefix, tags)
    String scopedStage = props.scopedStage();
    Installation installation = props.installation();
    AwsStacks.configure(this, props.stack(), installation);
    AwsAccount account = AwsAccount.lookUp(this);
    StageVariables variables = StageVariables.declare(this, props.domain().isPresent());

    List<DynamodbTable> tables =
        KiteTables.ALL.stream()
            .map(table -> KiteTable.create(this, table, scopedStage, props.production(), List.of()))
            .toList();
    PrivateBucket files =
        new PrivateBucket(
            this,
            "object-store",
            new PrivateBucket.Props(
                objectStorePrefix(scopedStage),
                !props.production(),
                List.of(
                    new PrivateBucket.Expiry("expire-objects", "", Defaults.OBJECT_EXPIRY_DAYS))));
    files.allowBrowserTransfers();
    SsmParameter botToken =
        SecretParameter.create(
            this,
            "telegram-bot-token",
            installation.parameterPath(stage) + "telegram-bot-token",
            "Telegram bot token of the " + stage + " stage",
            variables.telegramBotToken(),
            variables.secretsVersion());
    SsmParameter secretToken =
        SecretParameter.create(
            this,
            "telegram-secret-token",
            installation.parameterPath(stage) + "telegram-secret-token",
            "Telegram webhook secret of the " + stage + " stage",
            variables.telegramSecretToken(),
            variables.secretsVersion());

    WebSocketApi ws =
        new WebSocketApi(
            this,
            "ws",
            scopedStage + "-kite-ws",
            account.lambdaInvokeUri(KiteFunction.REQUEST_DISPATCHER.functionName(scopedStage)),
            apiStage(props, "ws"));
    HttpApi http =
        new HttpApi(
            this,
            "http",
            scopedStage + "-kite-http",
            account.lambdaInvokeUri(KiteFunction.REQUEST_DISPATCHER.functionName(scopedStage)),
            account.lambdaInvokeUri(KiteFunction.TG_AUTHORIZER.functionName(scopedStage)),
            Defaults.AUTHORIZER_CACHE_SECONDS,
            apiStage(props, "http"));
    String wsUrl = props.wsHost().map(host -> "wss://" + host + "/" + stage).orElse(ws.invokeUrl());
    String webhookUrl =
        props.apiHost().map(host -> "https://" + host + "/" + stage).orElse(http.invokeUrl())
            + HttpApi.WEBHOOK_PATH;

    StageFunctions functions =
        new StageFunctions(
            this,
            "functions",
            new StageFunctions.Wiring(
                props,
                account,
                variables,
                tables,
                files,
                botToken,
                secretToken,
                ws,
                http,
                wsUrl,
                webhookUrl));

    operations(props, account, functions, tables, ws, http);

    variables
        .cloudflareApiToken()
        .ifPresent(
            token -> {
              CloudflareProvider cloudflare =
                  new CloudflareProvider(this, "cloudflare", token.getStringValue());
              String zoneId =
                  new CloudflareZone(this, "zone", cloudflare, props.domain().orElseThrow())
                      .zoneId();
              new CustomDomain(
                  this,
                  "ws-domain",
                  new CustomDomain.Props(
                      cloudflare,
                      zoneId,
                      props.wsHost().orElseThrow(),
                      ws.api().getId(),
                      ws.stage().getName(),
                      stage));
              new CustomDomain(
                  this,
                  "api-domain",
                  new CustomDomain.Props(
                      cloudflare,
                      zoneId,
                      props.apiHost().orElseThrow(),
                      http.api().getId(),
                      http.stage().getName(),
                      stage));
            });

    AwsStacks.output(this, "ws_url", wsUrl, "WebSocket URL of the widget");
    AwsStacks.output(this, "webhook_url", webhookUrl, "Telegram webhook URL (POST)");
    AwsStacks.output(this, "bucket_name", files.name(), "Bucket of the chat files");
    AwsStacks.output(
        this,
        "request_dispatcher_function",
        functions.dispatcher().function().getFunctionName(),
        "Name of the request dispatcher Lambda");
    AwsStacks.output(
        this,
        "artifact_commit",
        variables.artifactCommit().getStringValue(),
        "The commit whose Lambda package is deployed (read back by the drift check)");
    AwsStacks.output(
        this,
        "artifact_version",
        variables.artifactVersion().getStringValue(),
        "S3 version id of the deployed package (read back by the drift check)");
    AwsStacks.output(
        this,
        "artifact_sha256",
        variables.artifactSha256().getStringValue(),
        "Base64 SHA-256 of the deployed package (read back by the drift check)");
    AwsStacks.output(
        this,
        "telegram_secrets_version",
        variables.secretsVersion().getStringValue(),
        "Version of the Telegram secrets in SSM (read back by the drift check)");
  }

  /** Alarms, their topic, the budget, the webhook check, log queries and the dashboard. */
  private void operations(
      StageProps props,
      AwsAccount account,
      StageFunctions functions,
      List<DynamodbTable> tables,
      WebSocketApi ws,
      HttpApi http) {
    Map<KiteFunction, Integer> timeouts = new EnumMap<>(KiteFunction.class);
    for (KiteFunction function : KiteFunction.values()) {
      timeouts.put(function, Defaults.timeoutSeconds(function));
    }
    Map<String, String> tableNames = new TreeMap<>();
    for (int i = 0; i < tables.size(); i++) {
      tableNames.put(
          KiteTables.ALL.get(i).baseName().toLowerCase(Locale.ROOT), tables.get(i).getName());
    }
    new StageOperations(
        this,
        "operations",
        new StageOperations.Wiring(
            props.stage(),
            props.installation().stackTag(props.stack()),
            props.ops(),
            account,
            functions.all(),
            timeouts,
            http.api().getId(),
            ws.api().getId(),
            tableNames,
            List.of(apiStage(props, "http").logGroupName(), apiStage(props, "ws").logGroupName()),
            props.installation()));
  }

  /** Prefix of the chat-files bucket of a scoped stage; a random suffix follows. */
  public static String objectStorePrefix(String scopedStage) {
    return scopedStage + "-k1te-chat-object-store-";
  }

  /** Prefix of the API access log groups of a scoped stage. */
  public static String accessLogPrefix(String scopedStage) {
    return "/aws/apigateway/" + scopedStage + "-";
  }

  private static ApiStage.Settings apiStage(StageProps props, String api) {
    return new ApiStage.Settings(
        props.stage(),
        accessLogPrefix(props.scopedStage()) + "kite-" + api + "/access-logs",
        props.logRetentionDays(),
        props.throttleRate(),
        props.throttleBurst());
  }
}
