package chat.k1te.serverless.runtime;

import java.util.Map;

/** What Lambda tells the process about its function, from the reserved environment variables. */
public record FunctionSettings(
    String functionName,
    String functionVersion,
    int memoryLimitInMb,
    String logGroupName,
    String logStreamName) {

  public static FunctionSettings from(Map<String, String> env) {
    return new FunctionSettings(
        env.getOrDefault("AWS_LAMBDA_FUNCTION_NAME", ""),
        env.getOrDefault("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST"),
        memory(env.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")),
        env.getOrDefault("AWS_LAMBDA_LOG_GROUP_NAME", ""),
        env.getOrDefault("AWS_LAMBDA_LOG_STREAM_NAME", ""));
  }

  private static int memory(String value) {
    if (value == null || value.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "AWS_LAMBDA_FUNCTION_MEMORY_SIZE is not a number: '" + value + "'", e);
    }
  }
}
