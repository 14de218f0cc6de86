// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_metric_alarm;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code CloudwatchMetricAlarmConfig}. */
public final class CloudwatchMetricAlarmConfig implements TerraformStruct {
  private final Object actionsEnabled;
  private final List<String> alarmActions;
  private final String alarmDescription;
  private final String alarmName;
  private final String comparisonOperator;
  private final Number datapointsToAlarm;
  private final Map<String, String> dimensions;
  private final String evaluateLowSampleCountPercentiles;
  private final Number evaluationPeriods;
  private final String extendedStatistic;
  private final String id;
  private final List<String> insufficientDataActions;
  private final String metricName;
  private final String namespace;
  private final List<String> okActions;
  private final Number period;
  private final String statistic;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final Number threshold;
  private final String thresholdMetricId;
  private final String treatMissingData;
  private final String unit;
  private final Object metricQuery;
  private final MetaArguments metaArguments;

  private CloudwatchMetricAlarmConfig(Builder builder) {
    this.actionsEnabled = builder.actionsEnabled;
    this.alarmActions = builder.alarmActions;
    this.alarmDescription = builder.alarmDescription;
    this.alarmName = Objects.requireNonNull(builder.alarmName, "alarmName");
    this.comparisonOperator = Objects.requireNonNull(builder.comparisonOperator, "comparisonOperator");
    this.datapointsToAlarm = builder.datapointsToAlarm;
    this.dimensions = builder.dimensions;
    this.evaluateLowSampleCountPercentiles = builder.evaluateLowSampleCountPercentiles;
    this.evaluationPeriods = Objects.requireNonNull(builder.evaluationPeriods, "evaluationPeriods");
    this.extendedStatistic = builder.extendedStatistic;
    this.id = builder.id;
    this.insufficientDataActions = builder.insufficientDataActions;
    this.metricName = builder.metricName;
    this.namespace = builder.namespace;
    this.okActions = builder.okActions;
    this.period = builder.period;
    this.statistic = builder.statistic;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.threshold = builder.threshold;
    this.thresholdMetricId = builder.thresholdMetricId;
    this.treatMissingData = builder.treatMissingData;
    this.unit = builder.unit;
    this.metricQuery = builder.metricQuery;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code actions_enabled}. */
  public Object getActionsEnabled() {
    return actionsEnabled;
  }

  /** {@code alarm_actions}. */
  public List<String> getAlarmActions() {
    return alarmActions;
  }

  /** {@code alarm_description}. */
  public String getAlarmDescription() {
    return alarmDescription;
  }

  /** {@code alarm_name}. */
  public String getAlarmName() {
    return alarmName;
  }

  /** {@code comparison_operator}. */
  public String getComparisonOperator() {
    return comparisonOperator;
  }

  /** {@code datapoints_to_alarm}. */
  public Number getDatapointsToAlarm() {
    return datapointsToAlarm;
  }

  /** {@code dimensions}. */
  public Map<String, String> getDimensions() {
    return dimensions;
  }

  /** {@code evaluate_low_sample_count_percentiles}. */
  public String getEvaluateLowSampleCountPercentiles() {
    return evaluateLowSampleCountPercentiles;
  }

  /** {@code evaluation_periods}. */
  public Number getEvaluationPeriods() {
    return evaluationPeriods;
  }

  /** {@code extended_statistic}. */
  public String getExtendedStatistic() {
    return extendedStatistic;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code insufficient_data_actions}. */
  public List<String> getInsufficientDataActions() {
    return insufficientDataActions;
  }

  /** {@code metric_name}. */
  public String getMetricName() {
    return metricName;
  }

  /** {@code namespace}. */
  public String getNamespace() {
    return namespace;
  }

  /** {@code ok_actions}. */
  public List<String> getOkActions() {
    return okActions;
  }

  /** {@code period}. */
  public Number getPeriod() {
    return period;
  }

  /** {@code statistic}. */
  public String getStatistic() {
    return statistic;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code threshold}. */
  public Number getThreshold() {
    return threshold;
  }

  /** {@code threshold_metric_id}. */
  public String getThresholdMetricId() {
    return thresholdMetricId;
  }

  /** {@code treat_missing_data}. */
  public String getTreatMissingData() {
    return treatMissingData;
  }

  /** {@code unit}. */
  public String getUnit() {
    return unit;
  }

  /** {@code metric_query}. */
  public Object getMetricQuery() {
    return metricQuery;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("actions_enabled", this.actionsEnabled);
    byName.put("alarm_actions", this.alarmActions);
    byName.put("alarm_description", this.alarmDescription);
    byName.put("alarm_name", this.alarmName);
    byName.put("comparison_operator", this.comparisonOperator);
    byName.put("datapoints_to_alarm", this.datapointsToAlarm);
    byName.put("dimensions", this.dimensions);
    byName.put("evaluate_low_sample_count_percentiles", this.evaluateLowSampleCountPercentiles);
    byName.put("evaluation_periods", this.evaluationPeriods);
    byName.put("extended_statistic", this.extendedStatistic);
    byName.put("id", this.id);
    byName.put("insufficient_data_actions", this.insufficientDataActions);
    byName.put("metric_name", this.metricName);
    byName.put("namespace", this.namespace);
    byName.put("ok_actions", this.okActions);
    byName.put("period", this.period);
    byName.put("statistic", this.statistic);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("threshold", this.threshold);
    byName.put("threshold_metric_id", this.thresholdMetricId);
    byName.put("treat_missing_data", this.treatMissingData);
    byName.put("unit", this.unit);
    byName.put("metric_query", this.metricQuery);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Object actionsEnabled;
    private List<String> alarmActions;
    private String alarmDescription;
    private String alarmName;
    private String comparisonOperator;
    private Number datapointsToAlarm;
    private Map<String, String> dimensions;
    private String evaluateLowSampleCountPercentiles;
    private Number evaluationPeriods;
    private String extendedStatistic;
    private String id;
    private List<String> insufficientDataActions;
    private String metricName;
    private String namespace;
    private List<String> okActions;
    private Number period;
    private String statistic;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private Number threshold;
    private String thresholdMetricId;
    private String treatMissingData;
    private String unit;
    private Object metricQuery;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder actionsEnabled(Boolean actionsEnabled) {
      this.actionsEnabled = actionsEnabled;
      return this;
    }

    public Builder actionsEnabled(IResolvable actionsEnabled) {
      this.actionsEnabled = actionsEnabled;
      return this;
    }

    public Builder alarmActions(List<String> alarmActions) {
      this.alarmActions = alarmActions;
      return this;
    }

    public Builder alarmDescription(String alarmDescription) {
      this.alarmDescription = alarmDescription;
      return this;
    }

    public Builder alarmName(String alarmName) {
      this.alarmName = alarmName;
      return this;
    }

    public Builder comparisonOperator(String comparisonOperator) {
      this.comparisonOperator = comparisonOperator;
      return this;
    }

    public Builder datapointsToAlarm(Number datapointsToAlarm) {
      this.datapointsToAlarm = datapointsToAlarm;
      return this;
    }

    public Builder dimensions(Map<String, String> dimensions) {
      this.dimensions = dimensions;
      return this;
    }

    public Builder evaluateLowSampleCountPercentiles(String evaluateLowSampleCountPercentiles) {
      this.evaluateLowSampleCountPercentiles = evaluateLowSampleCountPercentiles;
      return this;
    }

    public Builder evaluationPeriods(Number evaluationPeriods) {
      this.evaluationPeriods = evaluationPeriods;
      return this;
    }

    public Builder extendedStatistic(String extendedStatistic) {
      this.extendedStatistic = extendedStatistic;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder insufficientDataActions(List<String> insufficientDataActions) {
      this.insufficientDataActions = insufficientDataActions;
      return this;
    }

    public Builder metricName(String metricName) {
      this.metricName = metricName;
      return this;
    }

    public Builder namespace(String namespace) {
      this.namespace = namespace;
      return this;
    }

    public Builder okActions(List<String> okActions) {
      this.okActions = okActions;
      return this;
    }

    public Builder period(Number period) {
      this.period = period;
      return this;
    }

    public Builder statistic(String statistic) {
      this.statistic = statistic;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder tagsAll(Map<String, String> tagsAll) {
      this.tagsAll = tagsAll;
      return this;
    }

    public Builder threshold(Number threshold) {
      this.threshold = threshold;
      return this;
    }

    public Builder thresholdMetricId(String thresholdMetricId) {
      this.thresholdMetricId = thresholdMetricId;
      return this;
    }

    public Builder treatMissingData(String treatMissingData) {
      this.treatMissingData = treatMissingData;
      return this;
    }

    public Builder unit(String unit) {
      this.unit = unit;
      return this;
    }

    public Builder metricQuery(IResolvable metricQuery) {
      this.metricQuery = metricQuery;
      return this;
    }

    public Builder metricQuery(List<? extends CloudwatchMetricAlarmMetricQuery> metricQuery) {
      this.metricQuery = metricQuery;
      return this;
    }

    public Builder dependsOn(List<? extends ITerraformDependable> dependsOn) {
      this.dependsOn = dependsOn;
      return this;
    }

    public Builder count(Number count) {
      this.count = count;
      return this;
    }

    public Builder count(TerraformCount count) {
      this.count = count;
      return this;
    }

    public Builder forEach(ITerraformIterator forEach) {
      this.forEach = forEach;
      return this;
    }

    public Builder lifecycle(TerraformResourceLifecycle lifecycle) {
      this.lifecycle = lifecycle;
      return this;
    }

    public Builder provider(TerraformProvider provider) {
      this.provider = provider;
      return this;
    }

    public CloudwatchMetricAlarmConfig build() {
      return new CloudwatchMetricAlarmConfig(this);
    }
  }
}
