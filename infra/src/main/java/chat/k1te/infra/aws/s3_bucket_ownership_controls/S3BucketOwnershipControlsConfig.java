// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_ownership_controls;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code S3BucketOwnershipControlsConfig}. */
public final class S3BucketOwnershipControlsConfig implements TerraformStruct {
  private final String bucket;
  private final String id;
  private final S3BucketOwnershipControlsRule rule;
  private final MetaArguments metaArguments;

  private S3BucketOwnershipControlsConfig(Builder builder) {
    this.bucket = Objects.requireNonNull(builder.bucket, "bucket");
    this.id = builder.id;
    this.rule = Objects.requireNonNull(builder.rule, "rule");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code bucket}. */
  public String getBucket() {
    return bucket;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code rule}. */
  public S3BucketOwnershipControlsRule getRule() {
    return rule;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("bucket", this.bucket);
    byName.put("id", this.id);
    byName.put("rule", this.rule);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String bucket;
    private String id;
    private S3BucketOwnershipControlsRule rule;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder bucket(String bucket) {
      this.bucket = bucket;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder rule(S3BucketOwnershipControlsRule rule) {
      this.rule = rule;
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

    public S3BucketOwnershipControlsConfig build() {
      return new S3BucketOwnershipControlsConfig(this);
    }
  }
}
