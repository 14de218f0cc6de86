// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.dynamodb_table;

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

/** {@code DynamodbTableConfig}. */
public final class DynamodbTableConfig implements TerraformStruct {
  private final String billingMode;
  private final Object deletionProtectionEnabled;
  private final String hashKey;
  private final String id;
  private final String name;
  private final String rangeKey;
  private final Number readCapacity;
  private final String restoreDateTime;
  private final String restoreSourceName;
  private final Object restoreToLatestTime;
  private final Object streamEnabled;
  private final String streamViewType;
  private final String tableClass;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final Number writeCapacity;
  private final Object attribute;
  private final IResolvable globalSecondaryIndex;
  private final Object localSecondaryIndex;
  private final DynamodbTablePointInTimeRecovery pointInTimeRecovery;
  private final IResolvable replica;
  private final DynamodbTableTtl ttl;
  private final MetaArguments metaArguments;

  private DynamodbTableConfig(Builder builder) {
    this.billingMode = builder.billingMode;
    this.deletionProtectionEnabled = builder.deletionProtectionEnabled;
    this.hashKey = builder.hashKey;
    this.id = builder.id;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.rangeKey = builder.rangeKey;
    this.readCapacity = builder.readCapacity;
    this.restoreDateTime = builder.restoreDateTime;
    this.restoreSourceName = builder.restoreSourceName;
    this.restoreToLatestTime = builder.restoreToLatestTime;
    this.streamEnabled = builder.streamEnabled;
    this.streamViewType = builder.streamViewType;
    this.tableClass = builder.tableClass;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.writeCapacity = builder.writeCapacity;
    this.attribute = builder.attribute;
    this.globalSecondaryIndex = builder.globalSecondaryIndex;
    this.localSecondaryIndex = builder.localSecondaryIndex;
    this.pointInTimeRecovery = builder.pointInTimeRecovery;
    this.replica = builder.replica;
    this.ttl = builder.ttl;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code billing_mode}. */
  public String getBillingMode() {
    return billingMode;
  }

  /** {@code deletion_protection_enabled}. */
  public Object getDeletionProtectionEnabled() {
    return deletionProtectionEnabled;
  }

  /** {@code hash_key}. */
  public String getHashKey() {
    return hashKey;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code range_key}. */
  public String getRangeKey() {
    return rangeKey;
  }

  /** {@code read_capacity}. */
  public Number getReadCapacity() {
    return readCapacity;
  }

  /** {@code restore_date_time}. */
  public String getRestoreDateTime() {
    return restoreDateTime;
  }

  /** {@code restore_source_name}. */
  public String getRestoreSourceName() {
    return restoreSourceName;
  }

  /** {@code restore_to_latest_time}. */
  public Object getRestoreToLatestTime() {
    return restoreToLatestTime;
  }

  /** {@code stream_enabled}. */
  public Object getStreamEnabled() {
    return streamEnabled;
  }

  /** {@code stream_view_type}. */
  public String getStreamViewType() {
    return streamViewType;
  }

  /** {@code table_class}. */
  public String getTableClass() {
    return tableClass;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code write_capacity}. */
  public Number getWriteCapacity() {
    return writeCapacity;
  }

  /** {@code attribute}. */
  public Object getAttribute() {
    return attribute;
  }

  /** {@code global_secondary_index}. */
  public IResolvable getGlobalSecondaryIndex() {
    return globalSecondaryIndex;
  }

  /** {@code local_secondary_index}. */
  public Object getLocalSecondaryIndex() {
    return localSecondaryIndex;
  }

  /** {@code point_in_time_recovery}. */
  public DynamodbTablePointInTimeRecovery getPointInTimeRecovery() {
    return pointInTimeRecovery;
  }

  /** {@code replica}. */
  public IResolvable getReplica() {
    return replica;
  }

  /** {@code ttl}. */
  public DynamodbTableTtl getTtl() {
    return ttl;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("billing_mode", this.billingMode);
    byName.put("deletion_protection_enabled", this.deletionProtectionEnabled);
    byName.put("hash_key", this.hashKey);
    byName.put("id", this.id);
    byName.put("name", this.name);
    byName.put("range_key", this.rangeKey);
    byName.put("read_capacity", this.readCapacity);
    byName.put("restore_date_time", this.restoreDateTime);
    byName.put("restore_source_name", this.restoreSourceName);
    byName.put("restore_to_latest_time", this.restoreToLatestTime);
    byName.put("stream_enabled", this.streamEnabled);
    byName.put("stream_view_type", this.streamViewType);
    byName.put("table_class", this.tableClass);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("write_capacity", this.writeCapacity);
    byName.put("attribute", this.attribute);
    byName.put("global_secondary_index", this.globalSecondaryIndex);
    byName.put("local_secondary_index", this.localSecondaryIndex);
    byName.put("point_in_time_recovery", this.pointInTimeRecovery);
    byName.put("replica", this.replica);
    byName.put("ttl", this.ttl);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String billingMode;
    private Object deletionProtectionEnabled;
    private String hashKey;
    private String id;
    private String name;
    private String rangeKey;
    private Number readCapacity;
    private String restoreDateTime;
    private String restoreSourceName;
    private Object restoreToLatestTime;
    private Object streamEnabled;
    private String streamViewType;
    private String tableClass;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private Number writeCapacity;
    private Object attribute;
    private IResolvable globalSecondaryIndex;
    private Object localSecondaryIndex;
    private DynamodbTablePointInTimeRecovery pointInTimeRecovery;
    private IResolvable replica;
    private DynamodbTableTtl ttl;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder billingMode(String billingMode) {
      this.billingMode = billingMode;
      return this;
    }

    public Builder deletionProtectionEnabled(Boolean deletionProtectionEnabled) {
      this.deletionProtectionEnabled = deletionProtectionEnabled;
      return this;
    }

    public Builder deletionProtectionEnabled(IResolvable deletionProtectionEnabled) {
      this.deletionProtectionEnabled = deletionProtectionEnabled;
      return this;
    }

    public Builder hashKey(String hashKey) {
      this.hashKey = hashKey;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder rangeKey(String rangeKey) {
      this.rangeKey = rangeKey;
      return this;
    }

    public Builder readCapacity(Number readCapacity) {
      this.readCapacity = readCapacity;
      return this;
    }

    public Builder restoreDateTime(String restoreDateTime) {
      this.restoreDateTime = restoreDateTime;
      return this;
    }

    public Builder restoreSourceName(String restoreSourceName) {
      this.restoreSourceName = restoreSourceName;
      return this;
    }

    public Builder restoreToLatestTime(Boolean restoreToLatestTime) {
      this.restoreToLatestTime = restoreToLatestTime;
      return this;
    }

    public Builder restoreToLatestTime(IResolvable restoreToLatestTime) {
      this.restoreToLatestTime = restoreToLatestTime;
      return this;
    }

    public Builder streamEnabled(Boolean streamEnabled) {
      this.streamEnabled = streamEnabled;
      return this;
    }

    public Builder streamEnabled(IResolvable streamEnabled) {
      this.streamEnabled = streamEnabled;
      return this;
    }

    public Builder streamViewType(String streamViewType) {
      this.streamViewType = streamViewType;
      return this;
    }

    public Builder tableClass(String tableClass) {
      this.tableClass = tableClass;
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

    public Builder writeCapacity(Number writeCapacity) {
      this.writeCapacity = writeCapacity;
      return this;
    }

    public Builder attribute(IResolvable attribute) {
      this.attribute = attribute;
      return this;
    }

    public Builder attribute(List<? extends DynamodbTableAttribute> attribute) {
      this.attribute = attribute;
      return this;
    }

    public Builder globalSecondaryIndex(IResolvable globalSecondaryIndex) {
      this.globalSecondaryIndex = globalSecondaryIndex;
      return this;
    }

    public Builder localSecondaryIndex(IResolvable localSecondaryIndex) {
      this.localSecondaryIndex = localSecondaryIndex;
      return this;
    }

    public Builder localSecondaryIndex(List<? extends DynamodbTableLocalSecondaryIndex> localSecondaryIndex) {
      this.localSecondaryIndex = localSecondaryIndex;
      return this;
    }

    public Builder pointInTimeRecovery(DynamodbTablePointInTimeRecovery pointInTimeRecovery) {
      this.pointInTimeRecovery = pointInTimeRecovery;
      return this;
    }

    public Builder replica(IResolvable replica) {
      this.replica = replica;
      return this;
    }

    public Builder ttl(DynamodbTableTtl ttl) {
      this.ttl = ttl;
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

    public DynamodbTableConfig build() {
      return new DynamodbTableConfig(this);
    }
  }
}
