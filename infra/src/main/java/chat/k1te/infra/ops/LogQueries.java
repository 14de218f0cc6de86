package chat.k1te.infra.ops;

import chat.k1te.contracts.KiteMetrics;
import chat.k1te.infra.aws.cloudwatch_query_definition.CloudwatchQueryDefinition;
import chat.k1te.infra.aws.cloudwatch_query_definition.CloudwatchQueryDefinitionConfig;
import java.util.List;
import java.util.Objects;
import software.constructs.Construct;

/**
 * Saved CloudWatch Logs Insights queries for the questions an operator asks, in the folder {@code
 * kite/<stage>/} of the console. They read the Lambdas' structured JSON lines (one {@code
 * "invocation"} summary per request with {@code handler}, {@code requestId}, {@code route}, {@code
 * frame} / {@code update}, {@code outcome}, {@code durationMs}; {@code level} on every line), the
 * embedded-metric lines of {@link KiteMetrics}, and the APIs' JSON access logs.
 */
public final class LogQueries {

  /** One saved query over some of the stage's log groups. */
  public record Query(String question, List<String> logGroups, String text) {
    public Query {
      Objects.requireNonNull(question, "question");
      Objects.requireNonNull(text, "text");
      logGroups = List.copyOf(logGroups);
      if (!question.matches("[a-z0-9-]+") || logGroups.isEmpty()) {
        throw new IllegalArgumentException("a query needs a lower-case name and log groups");
      }
    }
  }

  /**
   * @param functionLogGroups the Lambdas' log groups (dispatcher first)
   * @param dispatcherLogGroup the request dispatcher's log group
   * @param lifecycleLogGroup the lifecycle function's log group (webhook checks)
   * @param accessLogGroups the two APIs' access log groups
   */
  public static List<Query> of(
      List<String> functionLogGroups,
      String dispatcherLogGroup,
      String lifecycleLogGroup,
      List<String> accessLogGroups) {
    return List.of(
        new Query(
            "errors-by-handler",
            functionLogGroups,
            """
            filter level = "ERROR"
            | stats count(*) as errors, latest(error) as lastError by handler, @log
            | sort errors desc"""),
        new Query(
            "slowest-invocations",
            functionLogGroups,
            """
            filter message = "invocation"
            | fields @timestamp, handler, route, frame, update, outcome, durationMs, requestId
            | sort durationMs desc
            | limit 50"""),
        new Query(
            "messages-per-channel-per-day",
            List.of(dispatcherLogGroup),
            """
            filter message = "invocation" and outcome = "ok"
              and (frame in ["TXT", "BIN"] or update = "message")
            | stats count(*) as messages by bin(1d) as day, channel
            | sort day desc, messages desc"""),
        new Query(
            "webhook-failures",
            List.of(dispatcherLogGroup, lifecycleLogGroup),
            "filter "
                + KiteMetrics.WEBHOOK_FAILING
                + " = 1 or (ispresent(update) and outcome != \"ok\")\n"
                + "| fields @timestamp, @log, reason, lastErrorMessage, "
                + KiteMetrics.WEBHOOK_PENDING_UPDATES
                + ", update, outcome, error\n"
                + "| sort @timestamp desc\n"
                + "| limit 100"),
        new Query(
            "widget-push-failures",
            List.of(dispatcherLogGroup),
            "filter "
                + KiteMetrics.POST_TO_CONNECTION_FAILED
                + " > 0\n"
                + "| fields @timestamp, requestId, errorCode, statusCode\n"
                + "| sort @timestamp desc\n"
                + "| limit 100"),
        new Query(
            "api-errors-by-route",
            accessLogGroups,
            """
            filter status >= 500 or integrationStatus >= 500
            | stats count(*) as errors by bin(1h) as hour, routeKey, status, integrationStatus
            | sort hour desc"""));
  }

  private LogQueries() {}

  /** The saved queries in {@code folder} (e.g. {@code kite/dev/}). */
  public static void create(Construct scope, String folder, List<Query> queries) {
    for (Query q : queries) {
      new CloudwatchQueryDefinition(
          scope,
          "query-" + q.question(),
          CloudwatchQueryDefinitionConfig.builder()
              .name(OpsNames.query(folder, q.question()))
              .logGroupNames(q.logGroups())
              .queryString(q.text())
              .build());
    }
  }
}
