package chat.k1te.infra.ops;

import chat.k1te.infra.aws.budgets_budget.BudgetsBudget;
import chat.k1te.infra.aws.budgets_budget.BudgetsBudgetConfig;
import chat.k1te.infra.aws.budgets_budget.BudgetsBudgetCostFilter;
import chat.k1te.infra.aws.budgets_budget.BudgetsBudgetNotification;
import java.util.List;
import software.constructs.Construct;

/**
 * A monthly cost budget of one stage: the costs of resources tagged {@code stack=kite-<stage>} (the
 * stack tag is unique to this project; {@code stage=dev} may be used by other systems in the
 * account). The topic hears at 80 % and 100 % of actual cost and when the forecast passes 100 %.
 * The tag must be activated as a cost allocation tag once (infra/README.md), or the budget sees
 * nothing.
 */
public final class MonthlyBudget {
  /** Actual-cost notification thresholds, in percent of the budget. */
  public static final List<Integer> ACTUAL_PERCENTS = List.of(80, 100);

  public static final int FORECAST_PERCENT = 100;

  private MonthlyBudget() {}

  public static BudgetsBudget create(
      Construct scope, String stage, String stackTag, int amountUsd, String topicArn) {
    return new BudgetsBudget(
        scope,
        "budget",
        BudgetsBudgetConfig.builder()
            .name(OpsNames.budget(stage))
            .budgetType("COST")
            .timeUnit("MONTHLY")
            // Budgets answers amounts with one decimal; written the same way, no diff
            .limitAmount(amountUsd + ".0")
            .limitUnit("USD")
            .costFilter(
                List.of(
                    BudgetsBudgetCostFilter.builder()
                        .name("TagKeyValue")
                        .values(List.of("user:stack$" + stackTag))
                        .build()))
            .notification(
                List.of(
                    notification("ACTUAL", ACTUAL_PERCENTS.get(0), topicArn),
                    notification("ACTUAL", ACTUAL_PERCENTS.get(1), topicArn),
                    notification("FORECASTED", FORECAST_PERCENT, topicArn)))
            .build());
  }

  private static BudgetsBudgetNotification notification(String type, int percent, String topic) {
    return BudgetsBudgetNotification.builder()
        .notificationType(type)
        .comparisonOperator("GREATER_THAN")
        .threshold(percent)
        .thresholdType("PERCENTAGE")
        .subscriberSnsTopicArns(List.of(topic))
        .build();
  }
}
