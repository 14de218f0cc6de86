// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_metric_alarm;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_cloudwatch_metric_alarm}. */
public class CloudwatchMetricAlarm extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_cloudwatch_metric_alarm";

  private final Map<String, Object> values;

  public CloudwatchMetricAlarm(Construct scope, String id, CloudwatchMetricAlarmConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setActionsEnabled(Boolean value) {
    values.put("actions_enabled", value);
  }

  public void setActionsEnabled(IResolvable value) {
    values.put("actions_enabled", value);
  }

  public void setAlarmActions(List<String> value) {
    values.put("alarm_actions", value);
  }

  public void setAlarmDescription(String value) {
    values.put("alarm_description", value);
  }

  public void setAlarmName(String value) {
    values.put("alarm_name", value);
  }

  public void setComparisonOperator(String value) {
    values.put("comparison_operator", value);
  }

  public void setDatapointsToAlarm(Number value) {
    values.put("datapoints_to_alarm", value);
  }

  public void setDimensions(Map<String, String> value) {
    values.put("dimensions", value);
  }

  public void setEvaluateLowSampleCountPercentiles(String value) {
    values.put("evaluate_low_sample_count_percentiles", value);
  }

  public void setEvaluationPeriods(Number value) {
    values.put("evaluation_periods", value);
  }

  public void setExtendedStatistic(String value) {
    values.put("extended_statistic", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setInsufficientDataActions(List<String> value) {
    values.put("insufficient_data_actions", value);
  }

  public void setMetricName(String value) {
    values.put("metric_name", value);
  }

  public void setNamespace(String value) {
    values.put("namespace", value);
  }

  public void setOkActions(List<String> value) {
    values.put("ok_actions", value);
  }

  public void setPeriod(Number value) {
    values.put("period", value);
  }

  public void setStatistic(String value) {
    values.put("statistic", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setThreshold(Number value) {
    values.put("threshold", value);
  }

  public void setThresholdMetricId(String value) {
    values.put("threshold_metric_id", value);
  }

  public void setTreatMissingData(String value) {
    values.put("treat_missing_data", value);
  }

  public void setUnit(String value) {
    values.put("unit", value);
  }

  public IResolvable getActionsEnabled() {
    return getBooleanAttribute("actions_enabled");
  }

  public List<String> getAlarmActions() {
    return Fn.tolist(getListAttribute("alarm_actions"));
  }

  public String getAlarmDescription() {
    return getStringAttribute("alarm_description");
  }

  public String getAlarmName() {
    return getStringAttribute("alarm_name");
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getComparisonOperator() {
    return getStringAttribute("comparison_operator");
  }

  public Number getDatapointsToAlarm() {
    return getNumberAttribute("datapoints_to_alarm");
  }

  public Map<String, String> getDimensions() {
    return getStringMapAttribute("dimensions");
  }

  public String getEvaluateLowSampleCountPercentiles() {
    return getStringAttribute("evaluate_low_sample_count_percentiles");
  }

  public Number getEvaluationPeriods() {
    return getNumberAttribute("evaluation_periods");
  }

  public String getExtendedStatistic() {
    return getStringAttribute("extended_statistic");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public List<String> getInsufficientDataActions() {
    return Fn.tolist(getListAttribute("insufficient_data_actions"));
  }

  public String getMetricName() {
    return getStringAttribute("metric_name");
  }

  public String getNamespace() {
    return getStringAttribute("namespace");
  }

  public List<String> getOkActions() {
    return Fn.tolist(getListAttribute("ok_actions"));
  }

  public Number getPeriod() {
    return getNumberAttribute("period");
  }

  public String getStatistic() {
    return getStringAttribute("statistic");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public Number getThreshold() {
    return getNumberAttribute("threshold");
  }

  public String getThresholdMetricId() {
    return getStringAttribute("threshold_metric_id");
  }

  public String getTreatMissingData() {
    return getStringAttribute("treat_missing_data");
  }

  public String getUnit() {
    return getStringAttribute("unit");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
