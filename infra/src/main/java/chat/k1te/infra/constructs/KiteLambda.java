package chat.k1te.infra.constructs;

import chat.k1te.contracts.Architecture;
import chat.k1te.contracts.KiteFunction;
import chat.k1te.infra.aws.cloudwatch_log_group.CloudwatchLogGroup;
import chat.k1te.infra.aws.lambda_function.LambdaFunction;
import chat.k1te.infra.aws.lambda_function.LambdaFunctionConfig;
import chat.k1te.infra.aws.lambda_function.LambdaFunctionEnvironment;
import chat.k1te.infra.config.LambdaPackaging;
import com.hashicorp.cdktf.Postcondition;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import software.constructs.Construct;

/** One Kite Lambda with its own role (least privilege) and its own log group. */
public final class KiteLambda extends Construct {
  /**
   * The functions write one JSON object per line with a {@code level} field; in Lambda's JSON log
   * format the application log level filters those lines. INFO keeps the invocation summaries and
   * the embedded-metric lines, which are written at INFO.
   */
  public static final String APPLICATION_LOG_LEVEL = "INFO";

  /** INFO keeps Lambda's START/REPORT lines (duration, memory, init time). */
  public static final String SYSTEM_LOG_LEVEL = "INFO";

  /**
   * @param codeBucket bucket of the package (a Terraform expression is fine)
   * @param codeKey key of the package
   * @param code the S3 version and base64 SHA-256 the package's build record names
   * @param environment the variables the function reads at init (names from LambdaEnvironment)
   * @param permissions what the function may do besides writing its own logs
   * @param permissionsBoundary ARN of the managed policy capping the function's role
   */
  public record Props(
      KiteFunction function,
      String stage,
      LambdaPackaging packaging,
      Architecture architecture,
      String codeBucket,
      String codeKey,
      PinnedCode code,
      int memoryMb,
      int timeoutSeconds,
      int logRetentionDays,
      Map<String, String> environment,
      List<PolicyStatement> permissions,
      String permissionsBoundary) {
    public Props {
      Objects.requireNonNull(function, "function");
      Objects.requireNonNull(stage, "stage");
      Objects.requireNonNull(packaging, "packaging");
      Objects.requireNonNull(architecture, "architecture");
      Objects.requireNonNull(permissionsBoundary, "permissionsBoundary");
      Objects.requireNonNull(code, "code");
      environment = Map.copyOf(environment);
      permissions = List.copyOf(permissions);
      if (memoryMb < 128 || memoryMb > 10240) {
        throw new IllegalArgumentException(function + ": memory must be 128..10240 MB");
      }
      if (timeoutSeconds < 1 || timeoutSeconds > 900) {
        throw new IllegalArgumentException(function + ": timeout must be 1..900 s");
      }
    }

    public String functionName() {
      return function.functionName(stage);
    }
  }

  /**
   * The package a function runs, pinned: Lambda fetches exactly {@code versionExpression} of the
   * object, and the apply fails if the code Lambda installed does not hash to {@code
   * sha256Expression} (base64, as Lambda reports {@code CodeSha256}). Both are Terraform
   * expressions without {@code ${}}, e.g. {@code var.artifact_version}.
   */
  public record PinnedCode(String versionExpression, String sha256Expression) {
    public PinnedCode {
      Objects.requireNonNull(versionExpression, "versionExpression");
      Objects.requireNonNull(sha256Expression, "sha256Expression");
    }
  }

  private final LambdaFunction function;
  private final CloudwatchLogGroup logGroup;

  public KiteLambda(Construct scope, String id, Props props) {
    super(scope, id);
    String name = props.functionName();
    logGroup = LogGroup.create(this, "logs", "/aws/lambda/" + name, props.logRetentionDays());
    List<PolicyStatement> permissions = new ArrayList<>();
    permissions.add(
        PolicyStatement.allow(
            "WriteOwnLogs",
            List.of("logs:CreateLogStream", "logs:PutLogEvents"),
            List.of(logGroup.getArn() + ":*")));
    permissions.addAll(props.permissions());
    ServiceRole role =
        new ServiceRole(
            this,
            "execution",
            name,
            "Execution role of the Lambda " + name,
            Policies.serviceTrust(this, "trust", "lambda.amazonaws.com", List.of()),
            permissions,
            Optional.of(props.permissionsBoundary()));
    function =
        new LambdaFunction(
            this,
            "function",
            LambdaFunctionConfig.builder()
                .functionName(name)
                .description("Kite chat " + props.function().suffix() + " (" + props.stage() + ")")
                .role(role.arn())
                .runtime(props.packaging().runtime())
                .handler(props.packaging().handler(props.function()))
                .architectures(List.of(props.architecture().id()))
                .memorySize(props.memoryMb())
                .timeout(props.timeoutSeconds())
                .s3Bucket(props.codeBucket())
                .s3Key(props.codeKey())
                .s3ObjectVersion("${" + props.code().versionExpression() + "}")
                .sourceCodeHash("${" + props.code().sha256Expression() + "}")
                .lifecycle(
                    TerraformResourceLifecycle.builder()
                        .postcondition(
                            List.of(
                                Postcondition.builder()
                                    .condition(
                                        "${self.code_sha256 == "
                                            + props.code().sha256Expression()
                                            + "}")
                                    .errorMessage(
                                        "Lambda installed code whose SHA-256 differs from the"
                                            + " build record: the package was swapped.")
                                    .build()))
                        .build())
                .environment(
                    LambdaFunctionEnvironment.builder()
                        .variables(new TreeMap<>(props.environment()))
                        .build())
                .dependsOn(List.of(logGroup, role.policy()))
                .build());
    // the Java binding (generated from hashicorp/aws 5.23) has no logging_config; the provider
    // version the stacks require (Defaults.AWS_PROVIDER_CONSTRAINT) has it
    function.addOverride(
        "logging_config",
        Map.of(
            "log_format",
            "JSON",
            "log_group",
            logGroup.getName(),
            "application_log_level",
            APPLICATION_LOG_LEVEL,
            "system_log_level",
            SYSTEM_LOG_LEVEL));
  }

  public LambdaFunction function() {
    return function;
  }

  public CloudwatchLogGroup logGroup() {
    return logGroup;
  }

  public String arn() {
    return function.getArn();
  }
}
