package chat.k1te.infra.config;

import chat.k1te.contracts.KiteFunction;
import chat.k1te.contracts.Retention;
import chat.k1te.infra.ops.AlarmThresholds;

/** Every default of the stacks, in one place. */
public final class Defaults {
  private Defaults() {}

  /** Tag put on every taggable AWS resource (as in the old setup). */
  public static final String APP_TAG = "k1te-chat";

  /**
   * The aws provider constraint: provider-aws 18.0.3 pins 5.23.1, which knows neither the {@code
   * provided.al2023} runtime nor write-only {@code value_wo}; 5.100 knows both.
   */
  public static final String AWS_PROVIDER_CONSTRAINT = "~> 5.100";

  /** Terraform that understands S3 native locking and write-only attributes. */
  public static final String TERRAFORM_CONSTRAINT = ">= 1.11";

  public static final int DEV_LOG_RETENTION_DAYS = 14;
  public static final int PROD_LOG_RETENTION_DAYS = 30;
  public static final int BUILD_LOG_RETENTION_DAYS = 30;

  /** Stage throttling: sustained requests per second and burst, per API stage. */
  public static final int THROTTLE_RATE = 50;

  public static final int THROTTLE_BURST = 100;

  /**
   * Objects uploaded through the chat outlive the history that links to them
   * (docs/behaviour.md#files).
   */
  public static final int OBJECT_EXPIRY_DAYS = Retention.FILE_DAYS;

  /** The authorizer answer is cached per secret header value; short, so a rotation bites fast. */
  public static final int AUTHORIZER_CACHE_SECONDS = 300;

  /** Build inputs in the artifacts bucket: sources are throw-away, Lambda packages are kept. */
  public static final int SOURCE_EXPIRY_DAYS = 7;

  public static final int LAMBDA_ARTIFACT_EXPIRY_DAYS = 180;

  /**
   * GraalVM Community Edition for JDK 25 with native-image, Oracle Linux 9 based (glibc 2.34, the
   * same as Lambda's {@code provided.al2023}), multi-arch: CodeBuild's ARM_CONTAINER pulls the
   * aarch64 variant. JDK 25 because the same job builds the jvm-aot package, whose AOT cache must
   * be recorded by the JDK it ships (jlinked from this one). The tag is not verified from here (no
   * registry access): pin it by digest once inspected, see docs/security.md.
   */
  public static final String BUILDER_IMAGE = "ghcr.io/graalvm/native-image-community:25-ol9";

  public static final String BUILD_COMPUTE_TYPE = "BUILD_GENERAL1_LARGE";
  public static final int BUILD_TIMEOUT_MINUTES = 30;

  /** Memory of a function: the JVM needs far more than the native executable. */
  public static int memoryMb(KiteFunction function, LambdaPackaging packaging) {
    // the managed JVM starts cold on CPU (which grows with memory); the AOT cache of jvm-aot maps
    // its classes instead of loading them, so it needs the JVM's memory but not the extra CPU
    return switch (packaging) {
      case JVM ->
          switch (function) {
            case REQUEST_DISPATCHER -> 1024;
            case LIFECYCLE, TG_AUTHORIZER -> 512;
          };
      case JVM_AOT ->
          switch (function) {
            case REQUEST_DISPATCHER -> 512;
            case LIFECYCLE, TG_AUTHORIZER -> 256;
          };
      case NATIVE ->
          switch (function) {
            case REQUEST_DISPATCHER -> 256;
            case LIFECYCLE, TG_AUTHORIZER -> 128;
          };
    };
  }

  /** Timeout of a function; the dispatcher waits on Telegram and S3. */
  public static int timeoutSeconds(KiteFunction function) {
    return switch (function) {
      case REQUEST_DISPATCHER, LIFECYCLE -> 30;
      case TG_AUTHORIZER -> 10;
    };
  }

  /** Monthly cost budget per stage (US dollars); KITE_BUDGET_DEV_USD / _PROD_USD override. */
  public static final int DEV_MONTHLY_BUDGET_USD = 10;

  public static final int PROD_MONTHLY_BUDGET_USD = 50;

  /**
   * Alarm thresholds: prod fires on the first error within 5 minutes; dev tolerates a few while
   * people experiment, and two periods in a row. The latency bound sits well below the 29-30 s
   * integration timeouts of API Gateway.
   */
  public static AlarmThresholds alarmThresholds(boolean production) {
    return production
        ? new AlarmThresholds(300, 1, 1, 1, 80, 1, 3_000, 3, 1)
        : new AlarmThresholds(300, 2, 5, 5, 90, 5, 10_000, 10, 5);
  }

  /**
   * Concurrent executions reserved for each function, which also cap it: a flood of requests is
   * throttled instead of scaling cost without bound. The stage throttling (50 rps) at the
   * dispatcher's typical tens of milliseconds needs a handful; the authorizer answers are cached.
   * Reserved concurrency comes out of the account's pool (1000 by default; Lambda keeps 100
   * unreserved).
   */
  public static int reservedConcurrency(KiteFunction function, boolean production) {
    return switch (function) {
      case REQUEST_DISPATCHER -> production ? 50 : 10;
      case TG_AUTHORIZER -> production ? 10 : 3;
      case LIFECYCLE -> 2;
    };
  }

  /** Local DynamoDB (stack {@code local}). */
  public static final int LOCAL_DYNAMODB_PORT = 8000;

  public static final String LOCAL_DYNAMODB_IMAGE = "amazon/dynamodb-local:2.5.2";
  public static final String LOCAL_REGION = "eu-north-1";
}
