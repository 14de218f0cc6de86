// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket;

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

/** {@code S3BucketConfig}. */
public final class S3BucketConfig implements TerraformStruct {
  private final String accelerationStatus;
  private final String acl;
  private final String bucket;
  private final String bucketPrefix;
  private final Object forceDestroy;
  private final String id;
  private final Object objectLockEnabled;
  private final String policy;
  private final String requestPayer;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final IResolvable corsRule;
  private final IResolvable grant;
  private final IResolvable lifecycleRule;
  private final MetaArguments metaArguments;

  private S3BucketConfig(Builder builder) {
    this.accelerationStatus = builder.accelerationStatus;
    this.acl = builder.acl;
    this.bucket = builder.bucket;
    this.bucketPrefix = builder.bucketPrefix;
    this.forceDestroy = builder.forceDestroy;
    this.id = builder.id;
    this.objectLockEnabled = builder.objectLockEnabled;
    this.policy = builder.policy;
    this.requestPayer = builder.requestPayer;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.corsRule = builder.corsRule;
    this.grant = builder.grant;
    this.lifecycleRule = builder.lifecycleRule;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code acceleration_status}. */
  public String getAccelerationStatus() {
    return accelerationStatus;
  }

  /** {@code acl}. */
  public String getAcl() {
    return acl;
  }

  /** {@code bucket}. */
  public String getBucket() {
    return bucket;
  }

  /** {@code bucket_prefix}. */
  public String getBucketPrefix() {
    return bucketPrefix;
  }

  /** {@code force_destroy}. */
  public Object getForceDestroy() {
    return forceDestroy;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code object_lock_enabled}. */
  public Object getObjectLockEnabled() {
    return objectLockEnabled;
  }

  /** {@code policy}. */
  public String getPolicy() {
    return policy;
  }

  /** {@code request_payer}. */
  public String getRequestPayer() {
    return requestPayer;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code cors_rule}. */
  public IResolvable getCorsRule() {
    return corsRule;
  }

  /** {@code grant}. */
  public IResolvable getGrant() {
    return grant;
  }

  /** {@code lifecycle_rule}. */
  public IResolvable getLifecycleRule() {
    return lifecycleRule;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("acceleration_status", this.accelerationStatus);
    byName.put("acl", this.acl);
    byName.put("bucket", this.bucket);
    byName.put("bucket_prefix", this.bucketPrefix);
    byName.put("force_destroy", this.forceDestroy);
    byName.put("id", this.id);
    byName.put("object_lock_enabled", this.objectLockEnabled);
    byName.put("policy", this.policy);
    byName.put("request_payer", this.requestPayer);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("cors_rule", this.corsRule);
    byName.put("grant", this.grant);
    byName.put("lifecycle_rule", this.lifecycleRule);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String accelerationStatus;
    private String acl;
    private String bucket;
    private String bucketPrefix;
    private Object forceDestroy;
    private String id;
    private Object objectLockEnabled;
    private String policy;
    private String requestPayer;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private IResolvable corsRule;
    private IResolvable grant;
    private IResolvable lifecycleRule;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder accelerationStatus(String accelerationStatus) {
      this.accelerationStatus = accelerationStatus;
      return this;
    }

    public Builder acl(String acl) {
      this.acl = acl;
      return this;
    }

    public Builder bucket(String bucket) {
      this.bucket = bucket;
      return this;
    }

    public Builder bucketPrefix(String bucketPrefix) {
      this.bucketPrefix = bucketPrefix;
      return this;
    }

    public Builder forceDestroy(Boolean forceDestroy) {
      this.forceDestroy = forceDestroy;
      return this;
    }

    public Builder forceDestroy(IResolvable forceDestroy) {
      this.forceDestroy = forceDestroy;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder objectLockEnabled(Boolean objectLockEnabled) {
      this.objectLockEnabled = objectLockEnabled;
      return this;
    }

    public Builder objectLockEnabled(IResolvable objectLockEnabled) {
      this.objectLockEnabled = objectLockEnabled;
      return this;
    }

    public Builder policy(String policy) {
      this.policy = policy;
      return this;
    }

    public Builder requestPayer(String requestPayer) {
      this.requestPayer = requestPayer;
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

    public Builder corsRule(IResolvable corsRule) {
      this.corsRule = corsRule;
      return this;
    }

    public Builder grant(IResolvable grant) {
      this.grant = grant;
      return this;
    }

    public Builder lifecycleRule(IResolvable lifecycleRule) {
      this.lifecycleRule = lifecycleRule;
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

    public S3BucketConfig build() {
      return new S3BucketConfig(this);
    }
  }
}
