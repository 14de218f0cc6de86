// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.dynamodb_table;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_dynamodb_table}. */
public class DynamodbTable extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_dynamodb_table";

  private final Map<String, Object> values;

  public DynamodbTable(Construct scope, String id, DynamodbTableConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setBillingMode(String value) {
    values.put("billing_mode", value);
  }

  public void setDeletionProtectionEnabled(Boolean value) {
    values.put("deletion_protection_enabled", value);
  }

  public void setDeletionProtectionEnabled(IResolvable value) {
    values.put("deletion_protection_enabled", value);
  }

  public void setHashKey(String value) {
    values.put("hash_key", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setName(String value) {
    values.put("name", value);
  }

  public void setRangeKey(String value) {
    values.put("range_key", value);
  }

  public void setReadCapacity(Number value) {
    values.put("read_capacity", value);
  }

  public void setRestoreDateTime(String value) {
    values.put("restore_date_time", value);
  }

  public void setRestoreSourceName(String value) {
    values.put("restore_source_name", value);
  }

  public void setRestoreToLatestTime(Boolean value) {
    values.put("restore_to_latest_time", value);
  }

  public void setRestoreToLatestTime(IResolvable value) {
    values.put("restore_to_latest_time", value);
  }

  public void setStreamEnabled(Boolean value) {
    values.put("stream_enabled", value);
  }

  public void setStreamEnabled(IResolvable value) {
    values.put("stream_enabled", value);
  }

  public void setStreamViewType(String value) {
    values.put("stream_view_type", value);
  }

  public void setTableClass(String value) {
    values.put("table_class", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setWriteCapacity(Number value) {
    values.put("write_capacity", value);
  }

  public void setGlobalSecondaryIndex(IResolvable value) {
    values.put("global_secondary_index", value);
  }

  public void setReplica(IResolvable value) {
    values.put("replica", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getBillingMode() {
    return getStringAttribute("billing_mode");
  }

  public IResolvable getDeletionProtectionEnabled() {
    return getBooleanAttribute("deletion_protection_enabled");
  }

  public String getHashKey() {
    return getStringAttribute("hash_key");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getName() {
    return getStringAttribute("name");
  }

  public String getRangeKey() {
    return getStringAttribute("range_key");
  }

  public Number getReadCapacity() {
    return getNumberAttribute("read_capacity");
  }

  public String getRestoreDateTime() {
    return getStringAttribute("restore_date_time");
  }

  public String getRestoreSourceName() {
    return getStringAttribute("restore_source_name");
  }

  public IResolvable getRestoreToLatestTime() {
    return getBooleanAttribute("restore_to_latest_time");
  }

  public String getStreamArn() {
    return getStringAttribute("stream_arn");
  }

  public IResolvable getStreamEnabled() {
    return getBooleanAttribute("stream_enabled");
  }

  public String getStreamLabel() {
    return getStringAttribute("stream_label");
  }

  public String getStreamViewType() {
    return getStringAttribute("stream_view_type");
  }

  public String getTableClass() {
    return getStringAttribute("table_class");
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public Number getWriteCapacity() {
    return getNumberAttribute("write_capacity");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
