// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.provider;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.IResolvable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code AwsProviderConfig}. */
public final class AwsProviderConfig implements TerraformStruct {
  private final String accessKey;
  private final List<String> allowedAccountIds;
  private final String customCaBundle;
  private final String ec2MetadataServiceEndpoint;
  private final String ec2MetadataServiceEndpointMode;
  private final List<String> forbiddenAccountIds;
  private final String httpProxy;
  private final Object insecure;
  private final Number maxRetries;
  private final String profile;
  private final String region;
  private final String retryMode;
  private final String s3UsEast1RegionalEndpoint;
  private final Object s3UsePathStyle;
  private final String secretKey;
  private final List<String> sharedConfigFiles;
  private final List<String> sharedCredentialsFiles;
  private final Object skipCredentialsValidation;
  private final String skipMetadataApiCheck;
  private final Object skipRegionValidation;
  private final Object skipRequestingAccountId;
  private final String stsRegion;
  private final String token;
  private final Object useDualstackEndpoint;
  private final Object useFipsEndpoint;
  private final String alias;
  private final IResolvable assumeRole;
  private final IResolvable assumeRoleWithWebIdentity;
  private final Object defaultTags;
  private final Object endpoints;
  private final IResolvable ignoreTags;

  private AwsProviderConfig(Builder builder) {
    this.accessKey = builder.accessKey;
    this.allowedAccountIds = builder.allowedAccountIds;
    this.customCaBundle = builder.customCaBundle;
    this.ec2MetadataServiceEndpoint = builder.ec2MetadataServiceEndpoint;
    this.ec2MetadataServiceEndpointMode = builder.ec2MetadataServiceEndpointMode;
    this.forbiddenAccountIds = builder.forbiddenAccountIds;
    this.httpProxy = builder.httpProxy;
    this.insecure = builder.insecure;
    this.maxRetries = builder.maxRetries;
    this.profile = builder.profile;
    this.region = builder.region;
    this.retryMode = builder.retryMode;
    this.s3UsEast1RegionalEndpoint = builder.s3UsEast1RegionalEndpoint;
    this.s3UsePathStyle = builder.s3UsePathStyle;
    this.secretKey = builder.secretKey;
    this.sharedConfigFiles = builder.sharedConfigFiles;
    this.sharedCredentialsFiles = builder.sharedCredentialsFiles;
    this.skipCredentialsValidation = builder.skipCredentialsValidation;
    this.skipMetadataApiCheck = builder.skipMetadataApiCheck;
    this.skipRegionValidation = builder.skipRegionValidation;
    this.skipRequestingAccountId = builder.skipRequestingAccountId;
    this.stsRegion = builder.stsRegion;
    this.token = builder.token;
    this.useDualstackEndpoint = builder.useDualstackEndpoint;
    this.useFipsEndpoint = builder.useFipsEndpoint;
    this.alias = builder.alias;
    this.assumeRole = builder.assumeRole;
    this.assumeRoleWithWebIdentity = builder.assumeRoleWithWebIdentity;
    this.defaultTags = builder.defaultTags;
    this.endpoints = builder.endpoints;
    this.ignoreTags = builder.ignoreTags;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code access_key}. */
  public String getAccessKey() {
    return accessKey;
  }

  /** {@code allowed_account_ids}. */
  public List<String> getAllowedAccountIds() {
    return allowedAccountIds;
  }

  /** {@code custom_ca_bundle}. */
  public String getCustomCaBundle() {
    return customCaBundle;
  }

  /** {@code ec2_metadata_service_endpoint}. */
  public String getEc2MetadataServiceEndpoint() {
    return ec2MetadataServiceEndpoint;
  }

  /** {@code ec2_metadata_service_endpoint_mode}. */
  public String getEc2MetadataServiceEndpointMode() {
    return ec2MetadataServiceEndpointMode;
  }

  /** {@code forbidden_account_ids}. */
  public List<String> getForbiddenAccountIds() {
    return forbiddenAccountIds;
  }

  /** {@code http_proxy}. */
  public String getHttpProxy() {
    return httpProxy;
  }

  /** {@code insecure}. */
  public Object getInsecure() {
    return insecure;
  }

  /** {@code max_retries}. */
  public Number getMaxRetries() {
    return maxRetries;
  }

  /** {@code profile}. */
  public String getProfile() {
    return profile;
  }

  /** {@code region}. */
  public String getRegion() {
    return region;
  }

  /** {@code retry_mode}. */
  public String getRetryMode() {
    return retryMode;
  }

  /** {@code s3_us_east_1_regional_endpoint}. */
  public String getS3UsEast1RegionalEndpoint() {
    return s3UsEast1RegionalEndpoint;
  }

  /** {@code s3_use_path_style}. */
  public Object getS3UsePathStyle() {
    return s3UsePathStyle;
  }

  /** {@code secret_key}. */
  public String getSecretKey() {
    return secretKey;
  }

  /** {@code shared_config_files}. */
  public List<String> getSharedConfigFiles() {
    return sharedConfigFiles;
  }

  /** {@code shared_credentials_files}. */
  public List<String> getSharedCredentialsFiles() {
    return sharedCredentialsFiles;
  }

  /** {@code skip_credentials_validation}. */
  public Object getSkipCredentialsValidation() {
    return skipCredentialsValidation;
  }

  /** {@code skip_metadata_api_check}. */
  public String getSkipMetadataApiCheck() {
    return skipMetadataApiCheck;
  }

  /** {@code skip_region_validation}. */
  public Object getSkipRegionValidation() {
    return skipRegionValidation;
  }

  /** {@code skip_requesting_account_id}. */
  public Object getSkipRequestingAccountId() {
    return skipRequestingAccountId;
  }

  /** {@code sts_region}. */
  public String getStsRegion() {
    return stsRegion;
  }

  /** {@code token}. */
  public String getToken() {
    return token;
  }

  /** {@code use_dualstack_endpoint}. */
  public Object getUseDualstackEndpoint() {
    return useDualstackEndpoint;
  }

  /** {@code use_fips_endpoint}. */
  public Object getUseFipsEndpoint() {
    return useFipsEndpoint;
  }

  /** {@code alias}. */
  public String getAlias() {
    return alias;
  }

  /** {@code assume_role}. */
  public IResolvable getAssumeRole() {
    return assumeRole;
  }

  /** {@code assume_role_with_web_identity}. */
  public IResolvable getAssumeRoleWithWebIdentity() {
    return assumeRoleWithWebIdentity;
  }

  /** {@code default_tags}. */
  public Object getDefaultTags() {
    return defaultTags;
  }

  /** {@code endpoints}. */
  public Object getEndpoints() {
    return endpoints;
  }

  /** {@code ignore_tags}. */
  public IResolvable getIgnoreTags() {
    return ignoreTags;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("access_key", this.accessKey);
    byName.put("allowed_account_ids", this.allowedAccountIds);
    byName.put("custom_ca_bundle", this.customCaBundle);
    byName.put("ec2_metadata_service_endpoint", this.ec2MetadataServiceEndpoint);
    byName.put("ec2_metadata_service_endpoint_mode", this.ec2MetadataServiceEndpointMode);
    byName.put("forbidden_account_ids", this.forbiddenAccountIds);
    byName.put("http_proxy", this.httpProxy);
    byName.put("insecure", this.insecure);
    byName.put("max_retries", this.maxRetries);
    byName.put("profile", this.profile);
    byName.put("region", this.region);
    byName.put("retry_mode", this.retryMode);
    byName.put("s3_us_east_1_regional_endpoint", this.s3UsEast1RegionalEndpoint);
    byName.put("s3_use_path_style", this.s3UsePathStyle);
    byName.put("secret_key", this.secretKey);
    byName.put("shared_config_files", this.sharedConfigFiles);
    byName.put("shared_credentials_files", this.sharedCredentialsFiles);
    byName.put("skip_credentials_validation", this.skipCredentialsValidation);
    byName.put("skip_metadata_api_check", this.skipMetadataApiCheck);
    byName.put("skip_region_validation", this.skipRegionValidation);
    byName.put("skip_requesting_account_id", this.skipRequestingAccountId);
    byName.put("sts_region", this.stsRegion);
    byName.put("token", this.token);
    byName.put("use_dualstack_endpoint", this.useDualstackEndpoint);
    byName.put("use_fips_endpoint", this.useFipsEndpoint);
    byName.put("alias", this.alias);
    byName.put("assume_role", this.assumeRole);
    byName.put("assume_role_with_web_identity", this.assumeRoleWithWebIdentity);
    byName.put("default_tags", this.defaultTags);
    byName.put("endpoints", this.endpoints);
    byName.put("ignore_tags", this.ignoreTags);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String accessKey;
    private List<String> allowedAccountIds;
    private String customCaBundle;
    private String ec2MetadataServiceEndpoint;
    private String ec2MetadataServiceEndpointMode;
    private List<String> forbiddenAccountIds;
    private String httpProxy;
    private Object insecure;
    private Number maxRetries;
    private String profile;
    private String region;
    private String retryMode;
    private String s3UsEast1RegionalEndpoint;
    private Object s3UsePathStyle;
    private String secretKey;
    private List<String> sharedConfigFiles;
    private List<String> sharedCredentialsFiles;
    private Object skipCredentialsValidation;
    private String skipMetadataApiCheck;
    private Object skipRegionValidation;
    private Object skipRequestingAccountId;
    private String stsRegion;
    private String token;
    private Object useDualstackEndpoint;
    private Object useFipsEndpoint;
    private String alias;
    private IResolvable assumeRole;
    private IResolvable assumeRoleWithWebIdentity;
    private Object defaultTags;
    private Object endpoints;
    private IResolvable ignoreTags;

    private Builder() {}

    public Builder accessKey(String accessKey) {
      this.accessKey = accessKey;
      return this;
    }

    public Builder allowedAccountIds(List<String> allowedAccountIds) {
      this.allowedAccountIds = allowedAccountIds;
      return this;
    }

    public Builder customCaBundle(String customCaBundle) {
      this.customCaBundle = customCaBundle;
      return this;
    }

    public Builder ec2MetadataServiceEndpoint(String ec2MetadataServiceEndpoint) {
      this.ec2MetadataServiceEndpoint = ec2MetadataServiceEndpoint;
      return this;
    }

    public Builder ec2MetadataServiceEndpointMode(String ec2MetadataServiceEndpointMode) {
      this.ec2MetadataServiceEndpointMode = ec2MetadataServiceEndpointMode;
      return this;
    }

    public Builder forbiddenAccountIds(List<String> forbiddenAccountIds) {
      this.forbiddenAccountIds = forbiddenAccountIds;
      return this;
    }

    public Builder httpProxy(String httpProxy) {
      this.httpProxy = httpProxy;
      return this;
    }

    public Builder insecure(Boolean insecure) {
      this.insecure = insecure;
      return this;
    }

    public Builder insecure(IResolvable insecure) {
      this.insecure = insecure;
      return this;
    }

    public Builder maxRetries(Number maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder retryMode(String retryMode) {
      this.retryMode = retryMode;
      return this;
    }

    public Builder s3UsEast1RegionalEndpoint(String s3UsEast1RegionalEndpoint) {
      this.s3UsEast1RegionalEndpoint = s3UsEast1RegionalEndpoint;
      return this;
    }

    public Builder s3UsePathStyle(Boolean s3UsePathStyle) {
      this.s3UsePathStyle = s3UsePathStyle;
      return this;
    }

    public Builder s3UsePathStyle(IResolvable s3UsePathStyle) {
      this.s3UsePathStyle = s3UsePathStyle;
      return this;
    }

    public Builder secretKey(String secretKey) {
      this.secretKey = secretKey;
      return this;
    }

    public Builder sharedConfigFiles(List<String> sharedConfigFiles) {
      this.sharedConfigFiles = sharedConfigFiles;
      return this;
    }

    public Builder sharedCredentialsFiles(List<String> sharedCredentialsFiles) {
      this.sharedCredentialsFiles = sharedCredentialsFiles;
      return this;
    }

    public Builder skipCredentialsValidation(Boolean skipCredentialsValidation) {
      this.skipCredentialsValidation = skipCredentialsValidation;
      return this;
    }

    public Builder skipCredentialsValidation(IResolvable skipCredentialsValidation) {
      this.skipCredentialsValidation = skipCredentialsValidation;
      return this;
    }

    public Builder skipMetadataApiCheck(String skipMetadataApiCheck) {
      this.skipMetadataApiCheck = skipMetadataApiCheck;
      return this;
    }

    public Builder skipRegionValidation(Boolean skipRegionValidation) {
      this.skipRegionValidation = skipRegionValidation;
      return this;
    }

    public Builder skipRegionValidation(IResolvable skipRegionValidation) {
      this.skipRegionValidation = skipRegionValidation;
      return this;
    }

    public Builder skipRequestingAccountId(Boolean skipRequestingAccountId) {
      this.skipRequestingAccountId = skipRequestingAccountId;
      return this;
    }

    public Builder skipRequestingAccountId(IResolvable skipRequestingAccountId) {
      this.skipRequestingAccountId = skipRequestingAccountId;
      return this;
    }

    public Builder stsRegion(String stsRegion) {
      this.stsRegion = stsRegion;
      return this;
    }

    public Builder token(String token) {
      this.token = token;
      return this;
    }

    public Builder useDualstackEndpoint(Boolean useDualstackEndpoint) {
      this.useDualstackEndpoint = useDualstackEndpoint;
      return this;
    }

    public Builder useDualstackEndpoint(IResolvable useDualstackEndpoint) {
      this.useDualstackEndpoint = useDualstackEndpoint;
      return this;
    }

    public Builder useFipsEndpoint(Boolean useFipsEndpoint) {
      this.useFipsEndpoint = useFipsEndpoint;
      return this;
    }

    public Builder useFipsEndpoint(IResolvable useFipsEndpoint) {
      this.useFipsEndpoint = useFipsEndpoint;
      return this;
    }

    public Builder alias(String alias) {
      this.alias = alias;
      return this;
    }

    public Builder assumeRole(IResolvable assumeRole) {
      this.assumeRole = assumeRole;
      return this;
    }

    public Builder assumeRoleWithWebIdentity(IResolvable assumeRoleWithWebIdentity) {
      this.assumeRoleWithWebIdentity = assumeRoleWithWebIdentity;
      return this;
    }

    public Builder defaultTags(IResolvable defaultTags) {
      this.defaultTags = defaultTags;
      return this;
    }

    public Builder defaultTags(List<? extends AwsProviderDefaultTags> defaultTags) {
      this.defaultTags = defaultTags;
      return this;
    }

    public Builder endpoints(IResolvable endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    public Builder endpoints(List<? extends AwsProviderEndpoints> endpoints) {
      this.endpoints = endpoints;
      return this;
    }

    public Builder ignoreTags(IResolvable ignoreTags) {
      this.ignoreTags = ignoreTags;
      return this;
    }

    public AwsProviderConfig build() {
      return new AwsProviderConfig(this);
    }
  }
}
