// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.s3_bucket_lifecycle_configuration;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code S3BucketLifecycleConfigurationRule}. */
public final class S3BucketLifecycleConfigurationRule implements TerraformStruct {
  private final String id;
  private final String prefix;
  private final String status;
  private final S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload abortIncompleteMultipartUpload;
  private final S3BucketLifecycleConfigurationRuleExpiration expiration;
  private final S3BucketLifecycleConfigurationRuleFilter filter;
  private final S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration noncurrentVersionExpiration;
  private final IResolvable noncurrentVersionTransition;
  private final IResolvable transition;

  private S3BucketLifecycleConfigurationRule(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id");
    this.prefix = builder.prefix;
    this.status = Objects.requireNonNull(builder.status, "status");
    this.abortIncompleteMultipartUpload = builder.abortIncompleteMultipartUpload;
    this.expiration = builder.expiration;
    this.filter = builder.filter;
    this.noncurrentVersionExpiration = builder.noncurrentVersionExpiration;
    this.noncurrentVersionTransition = builder.noncurrentVersionTransition;
    this.transition = builder.transition;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code prefix}. */
  public String getPrefix() {
    return prefix;
  }

  /** {@code status}. */
  public String getStatus() {
    return status;
  }

  /** {@code abort_incomplete_multipart_upload}. */
  public S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload getAbortIncompleteMultipartUpload() {
    return abortIncompleteMultipartUpload;
  }

  /** {@code expiration}. */
  public S3BucketLifecycleConfigurationRuleExpiration getExpiration() {
    return expiration;
  }

  /** {@code filter}. */
  public S3BucketLifecycleConfigurationRuleFilter getFilter() {
    return filter;
  }

  /** {@code noncurrent_version_expiration}. */
  public S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration getNoncurrentVersionExpiration() {
    return noncurrentVersionExpiration;
  }

  /** {@code noncurrent_version_transition}. */
  public IResolvable getNoncurrentVersionTransition() {
    return noncurrentVersionTransition;
  }

  /** {@code transition}. */
  public IResolvable getTransition() {
    return transition;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("id", this.id);
    byName.put("prefix", this.prefix);
    byName.put("status", this.status);
    byName.put("abort_incomplete_multipart_upload", this.abortIncompleteMultipartUpload);
    byName.put("expiration", this.expiration);
    byName.put("filter", this.filter);
    byName.put("noncurrent_version_expiration", this.noncurrentVersionExpiration);
    byName.put("noncurrent_version_transition", this.noncurrentVersionTransition);
    byName.put("transition", this.transition);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String id;
    private String prefix;
    private String status;
    private S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload abortIncompleteMultipartUpload;
    private S3BucketLifecycleConfigurationRuleExpiration expiration;
    private S3BucketLifecycleConfigurationRuleFilter filter;
    private S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration noncurrentVersionExpiration;
    private IResolvable noncurrentVersionTransition;
    private IResolvable transition;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder prefix(String prefix) {
      this.prefix = prefix;
      return this;
    }

    public Builder status(String status) {
      this.status = status;
      return this;
    }

    public Builder abortIncompleteMultipartUpload(S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload abortIncompleteMultipartUpload) {
      this.abortIncompleteMultipartUpload = abortIncompleteMultipartUpload;
      return this;
    }

    public Builder expiration(S3BucketLifecycleConfigurationRuleExpiration expiration) {
      this.expiration = expiration;
      return this;
    }

    public Builder filter(S3BucketLifecycleConfigurationRuleFilter filter) {
      this.filter = filter;
      return this;
    }

    public Builder noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration noncurrentVersionExpiration) {
      this.noncurrentVersionExpiration = noncurrentVersionExpiration;
      return this;
    }

    public Builder noncurrentVersionTransition(IResolvable noncurrentVersionTransition) {
      this.noncurrentVersionTransition = noncurrentVersionTransition;
      return this;
    }

    public Builder transition(IResolvable transition) {
      this.transition = transition;
      return this;
    }

    public S3BucketLifecycleConfigurationRule build() {
      return new S3BucketLifecycleConfigurationRule(this);
    }
  }
}
