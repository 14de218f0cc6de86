package chat.k1te.infra.stacks;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.LambdaEnvironment;
import chat.k1te.infra.aws.dynamodb_table.DynamodbTable;
import chat.k1te.infra.aws.lambda_invocation.LambdaInvocation;
import chat.k1te.infra.aws.lambda_invocation.LambdaInvocationConfig;
import chat.k1te.infra.aws.lambda_permission.LambdaPermission;
import chat.k1te.infra.aws.lambda_permission.LambdaPermissionConfig;
import chat.k1te.infra.aws.ssm_parameter.SsmParameter;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.constructs.AwsAccount;
import chat.k1te.infra.constructs.HttpApi;
import chat.k1te.infra.constructs.KiteLambda;
import chat.k1te.infra.constructs.PolicyStatement;
import chat.k1te.infra.constructs.PrivateBucket;
import chat.k1te.infra.constructs.WebSocketApi;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * The three Lambdas of a stage, each with the environment and permissions it needs and no more, the
 * API Gateway invoke permissions, and the lifecycle invocation that registers the webhook.
 */
final class StageFunctions extends Construct {

  /** Everything the functions are wired to. */
  record Wiring(
      StageProps props,
      AwsAccount account,
      StageVariables variables,
      List<DynamodbTable> tables,
      PrivateBucket files,
      SsmParameter botToken,
      SsmParameter secretToken,
      WebSocketApi ws,
      HttpApi http,
      String wsPublicUrl,
      String webhookUrl) {}

  /** Environment variable holding the Telegram secrets' version (see {@link #function}). */
  static final String SECRETS_VERSION = "TELEGRAM_SECRETS_VERSION";

  private final KiteLambda dispatcher;
  private final Map<KiteFunction, KiteLambda> all = new java.util.EnumMap<>(KiteFunction.class);

  StageFunctions(Construct scope, String id, Wiring w) {
    super(scope, id);
    String stage = w.props().stage();
    // the functions' stage is the scoped stage: their table prefix and their metrics' Stage
    String scopedStage = w.props().scopedStage();
    PolicyStatement readBoth =
        PolicyStatement.allow(
            "ReadTelegramParameters",
            List.of(LambdaBoundary.READ_PARAMETERS),
            List.of(w.botToken().getArn(), w.secretToken().getArn()));

    Map<String, String> dispatcherEnv = new LinkedHashMap<>();
    dispatcherEnv.put(LambdaEnvironment.STAGE, scopedStage);
    dispatcherEnv.put(
        LambdaEnvironment.WS_API_EXECUTION_ENDPOINT,
        Fn.replace(w.ws().invokeUrl(), "wss://", "https://"));
    dispatcherEnv.put(LambdaEnvironment.WS_API_PUBLIC_URL, w.wsPublicUrl());
    dispatcherEnv.put(LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT, w.webhookUrl());
    dispatcherEnv.put(LambdaEnvironment.BUCKET_NAME, w.files().name());
    dispatcherEnv.put(LambdaEnvironment.TELEGRAM_BOT_TOKEN_PARAMETER, w.botToken().getName());
    dispatcherEnv.put(LambdaEnvironment.TELEGRAM_SECRET_TOKEN_PARAMETER, w.secretToken().getName());
    List<String> tableArns = new ArrayList<>();
    w.tables()
        .forEach(
            t -> {
              tableArns.add(t.getArn());
              tableArns.add(t.getArn() + "/index/*");
            });
    dispatcher =
        function(
            w,
            KiteFunction.REQUEST_DISPATCHER,
            dispatcherEnv,
            List.of(
                PolicyStatement.allow("UseStageTables", LambdaBoundary.TABLE_ACTIONS, tableArns),
                PolicyStatement.allow(
                    "UseChatFiles", LambdaBoundary.FILE_ACTIONS, List.of(w.files().objects("*"))),
                PolicyStatement.allow(
                    "PushToWidgets",
                    List.of("execute-api:ManageConnections"),
                    List.of(w.ws().api().getExecutionArn() + "/" + stage + "/*/@connections/*")),
                readBoth));

    KiteLambda lifecycle =
        function(
            w,
            KiteFunction.LIFECYCLE,
            Map.of(
                LambdaEnvironment.STAGE, scopedStage,
                LambdaEnvironment.TELEGRAM_WEBHOOK_ENDPOINT, w.webhookUrl(),
                LambdaEnvironment.TELEGRAM_BOT_TOKEN_PARAMETER, w.botToken().getName(),
                LambdaEnvironment.TELEGRAM_SECRET_TOKEN_PARAMETER, w.secretToken().getName()),
            List.of(readBoth));

    KiteLambda authorizer =
        function(
            w,
            KiteFunction.TG_AUTHORIZER,
            Map.of(
                LambdaEnvironment.STAGE,
                scopedStage,
                LambdaEnvironment.TELEGRAM_SECRET_TOKEN_PARAMETER,
                w.secretToken().getName()),
            List.of(
                PolicyStatement.allow(
                    "ReadWebhookSecret",
                    List.of(LambdaBoundary.READ_PARAMETERS),
                    List.of(w.secretToken().getArn()))));

    LambdaPermission fromWs =
        allowApiGateway("ws-invokes-dispatcher", dispatcher, w.ws().api().getExecutionArn() + "/*");
    LambdaPermission fromHttp =
        allowApiGateway(
            "http-invokes-dispatcher",
            dispatcher,
            w.http().api().getExecutionArn() + "/*/*" + HttpApi.WEBHOOK_PATH);
    LambdaPermission authorizes =
        allowApiGateway(
            "http-invokes-authorizer",
            authorizer,
            w.http().api().getExecutionArn() + "/authorizers/" + w.http().authorizer().getId());

    // create/update: setWebhook with the URL and secret; destroy: deleteWebhook. Re-runs when the
    // URL or a secret (its SSM version) changes. The input names no secret.
    new LambdaInvocation(
        this,
        "register-webhook",
        LambdaInvocationConfig.builder()
            .functionName(lifecycle.function().getFunctionName())
            .lifecycleScope("CRUD")
            .input(
                Fn.jsonencode(new TreeMap<>(Map.of("stage", stage, "webhookUrl", w.webhookUrl()))))
            .triggers(
                new TreeMap<>(
                    Map.of(
                        "webhook_url", w.webhookUrl(),
                        "bot_token_version", Token.asString(w.botToken().getVersion()),
                        "secret_token_version", Token.asString(w.secretToken().getVersion()))))
            .dependsOn(
                List.of(
                    w.http().stage(),
                    fromHttp,
                    authorizes,
                    fromWs,
                    dispatcher.function(),
                    authorizer.function()))
            .build());
  }

  private KiteLambda function(
      Wiring w,
      KiteFunction function,
      Map<String, String> environment,
      List<PolicyStatement> permissions) {
    StageProps props = w.props();
    // read by no code: a raised version changes every function's configuration, which replaces
    // warm instances, so a rotated secret reaches them instead of the copy they read at init
    Map<String, String> withVersion = new TreeMap<>(environment);
    withVersion.put(SECRETS_VERSION, "${var.telegram_secrets_version}");
    KiteLambda lambda =
        new KiteLambda(
            this,
            function.suffix(),
            new KiteLambda.Props(
                function,
                props.scopedStage(),
                props.packaging(),
                props.architecture(),
                w.variables().artifactsBucket().getStringValue(),
                props
                    .packaging()
                    .artifactKey(
                        w.variables().artifactCommit().getStringValue(), props.architecture()),
                new KiteLambda.PinnedCode("var.artifact_version", "var.artifact_sha256"),
                Defaults.memoryMb(function, props.packaging()),
                Defaults.timeoutSeconds(function),
                props.logRetentionDays(),
                withVersion,
                permissions,
                LambdaBoundary.arn(w.account(), props.installation(), props.stack())));
    // reserved concurrency also caps the function: a flood is throttled, not paid for
    lambda.function().setReservedConcurrentExecutions(props.ops().reservedConcurrency(function));
    all.put(function, lambda);
    return lambda;
  }

  private LambdaPermission allowApiGateway(String id, KiteLambda target, String sourceArn) {
    return new LambdaPermission(
        this,
        id,
        LambdaPermissionConfig.builder()
            .statementId(id)
            .action("lambda:InvokeFunction")
            .functionName(target.function().getFunctionName())
            .principal("apigateway.amazonaws.com")
            .sourceArn(sourceArn)
            .build());
  }

  KiteLambda dispatcher() {
    return dispatcher;
  }

  /** The three functions of the stage. */
  Map<KiteFunction, KiteLambda> all() {
    return Map.copyOf(all);
  }
}
