// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_public_access_block;

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

/** {@code S3BucketPublicAccessBlockConfig}. */
public final class S3BucketPublicAccessBlockConfig implements TerraformStruct {
  private final Object blockPublicAcls;
  private final Object blockPublicPolicy;
  private final String bucket;
  private final String id;
  private final Object ignorePublicAcls;
  private final Object restrictPublicBuckets;
  private final MetaArguments metaArguments;

  private S3BucketPublicAccessBlockConfig(Builder builder) {
    this.blockPublicAcls = builder.blockPublicAcls;
    this.blockPublicPolicy = builder.blockPublicPolicy;
    this.bucket = Objects.requireNonNull(builder.bucket, "bucket");
    this.id = builder.id;
    this.ignorePublicAcls = builder.ignorePublicAcls;
    this.restrictPublicBuckets = builder.restrictPublicBuckets;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code block_public_acls}. */
  public Object getBlockPublicAcls() {
    return blockPublicAcls;
  }

  /** {@code block_public_policy}. */
  public Object getBlockPublicPolicy() {
    return blockPublicPolicy;
  }

  /** {@code bucket}. */
  public String getBucket() {
    return bucket;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code ignore_public_acls}. */
  public Object getIgnorePublicAcls() {
    return ignorePublicAcls;
  }

  /** {@code restrict_public_buckets}. */
  public Object getRestrictPublicBuckets() {
    return restrictPublicBuckets;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("block_public_acls", this.blockPublicAcls);
    byName.put("block_public_policy", this.blockPublicPolicy);
    byName.put("bucket", this.bucket);
    byName.put("id", this.id);
    byName.put("ignore_public_acls", this.ignorePublicAcls);
    byName.put("restrict_public_buckets", this.restrictPublicBuckets);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Object blockPublicAcls;
    private Object blockPublicPolicy;
    private String bucket;
    private String id;
    private Object ignorePublicAcls;
    private Object restrictPublicBuckets;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder blockPublicAcls(Boolean blockPublicAcls) {
      this.blockPublicAcls = blockPublicAcls;
      return this;
    }

    public Builder blockPublicAcls(IResolvable blockPublicAcls) {
      this.blockPublicAcls = blockPublicAcls;
      return this;
    }

    public Builder blockPublicPolicy(Boolean blockPublicPolicy) {
      this.blockPublicPolicy = blockPublicPolicy;
      return this;
    }

    public Builder blockPublicPolicy(IResolvable blockPublicPolicy) {
      this.blockPublicPolicy = blockPublicPolicy;
      return this;
    }

    public Builder bucket(String bucket) {
      this.bucket = bucket;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder ignorePublicAcls(Boolean ignorePublicAcls) {
      this.ignorePublicAcls = ignorePublicAcls;
      return this;
    }

    public Builder ignorePublicAcls(IResolvable ignorePublicAcls) {
      this.ignorePublicAcls = ignorePublicAcls;
      return this;
    }

    public Builder restrictPublicBuckets(Boolean restrictPublicBuckets) {
      this.restrictPublicBuckets = restrictPublicBuckets;
      return this;
    }

    public Builder restrictPublicBuckets(IResolvable restrictPublicBuckets) {
      this.restrictPublicBuckets = restrictPublicBuckets;
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

    public S3BucketPublicAccessBlockConfig build() {
      return new S3BucketPublicAccessBlockConfig(this);
    }
  }
}
