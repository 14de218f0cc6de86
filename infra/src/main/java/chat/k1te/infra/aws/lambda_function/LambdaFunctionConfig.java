// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.lambda_function;

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

/** {@code LambdaFunctionConfig}. */
public final class LambdaFunctionConfig implements TerraformStruct {
  private final List<String> architectures;
  private final String codeSigningConfigArn;
  private final String description;
  private final String filename;
  private final String functionName;
  private final String handler;
  private final String id;
  private final String imageUri;
  private final String kmsKeyArn;
  private final List<String> layers;
  private final Number memorySize;
  private final String packageType;
  private final Object publish;
  private final Object replaceSecurityGroupsOnDestroy;
  private final List<String> replacementSecurityGroupIds;
  private final Number reservedConcurrentExecutions;
  private final String role;
  private final String runtime;
  private final String s3Bucket;
  private final String s3Key;
  private final String s3ObjectVersion;
  private final Object skipDestroy;
  private final String sourceCodeHash;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final Number timeout;
  private final LambdaFunctionEnvironment environment;
  private final MetaArguments metaArguments;

  private LambdaFunctionConfig(Builder builder) {
    this.architectures = builder.architectures;
    this.codeSigningConfigArn = builder.codeSigningConfigArn;
    this.description = builder.description;
    this.filename = builder.filename;
    this.functionName = Objects.requireNonNull(builder.functionName, "functionName");
    this.handler = builder.handler;
    this.id = builder.id;
    this.imageUri = builder.imageUri;
    this.kmsKeyArn = builder.kmsKeyArn;
    this.layers = builder.layers;
    this.memorySize = builder.memorySize;
    this.packageType = builder.packageType;
    this.publish = builder.publish;
    this.replaceSecurityGroupsOnDestroy = builder.replaceSecurityGroupsOnDestroy;
    this.replacementSecurityGroupIds = builder.replacementSecurityGroupIds;
    this.reservedConcurrentExecutions = builder.reservedConcurrentExecutions;
    this.role = Objects.requireNonNull(builder.role, "role");
    this.runtime = builder.runtime;
    this.s3Bucket = builder.s3Bucket;
    this.s3Key = builder.s3Key;
    this.s3ObjectVersion = builder.s3ObjectVersion;
    this.skipDestroy = builder.skipDestroy;
    this.sourceCodeHash = builder.sourceCodeHash;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.timeout = builder.timeout;
    this.environment = builder.environment;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code architectures}. */
  public List<String> getArchitectures() {
    return architectures;
  }

  /** {@code code_signing_config_arn}. */
  public String getCodeSigningConfigArn() {
    return codeSigningConfigArn;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code filename}. */
  public String getFilename() {
    return filename;
  }

  /** {@code function_name}. */
  public String getFunctionName() {
    return functionName;
  }

  /** {@code handler}. */
  public String getHandler() {
    return handler;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code image_uri}. */
  public String getImageUri() {
    return imageUri;
  }

  /** {@code kms_key_arn}. */
  public String getKmsKeyArn() {
    return kmsKeyArn;
  }

  /** {@code layers}. */
  public List<String> getLayers() {
    return layers;
  }

  /** {@code memory_size}. */
  public Number getMemorySize() {
    return memorySize;
  }

  /** {@code package_type}. */
  public String getPackageType() {
    return packageType;
  }

  /** {@code publish}. */
  public Object getPublish() {
    return publish;
  }

  /** {@code replace_security_groups_on_destroy}. */
  public Object getReplaceSecurityGroupsOnDestroy() {
    return replaceSecurityGroupsOnDestroy;
  }

  /** {@code replacement_security_group_ids}. */
  public List<String> getReplacementSecurityGroupIds() {
    return replacementSecurityGroupIds;
  }

  /** {@code reserved_concurrent_executions}. */
  public Number getReservedConcurrentExecutions() {
    return reservedConcurrentExecutions;
  }

  /** {@code role}. */
  public String getRole() {
    return role;
  }

  /** {@code runtime}. */
  public String getRuntime() {
    return runtime;
  }

  /** {@code s3_bucket}. */
  public String getS3Bucket() {
    return s3Bucket;
  }

  /** {@code s3_key}. */
  public String getS3Key() {
    return s3Key;
  }

  /** {@code s3_object_version}. */
  public String getS3ObjectVersion() {
    return s3ObjectVersion;
  }

  /** {@code skip_destroy}. */
  public Object getSkipDestroy() {
    return skipDestroy;
  }

  /** {@code source_code_hash}. */
  public String getSourceCodeHash() {
    return sourceCodeHash;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code timeout}. */
  public Number getTimeout() {
    return timeout;
  }

  /** {@code environment}. */
  public LambdaFunctionEnvironment getEnvironment() {
    return environment;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("architectures", this.architectures);
    byName.put("code_signing_config_arn", this.codeSigningConfigArn);
    byName.put("description", this.description);
    byName.put("filename", this.filename);
    byName.put("function_name", this.functionName);
    byName.put("handler", this.handler);
    byName.put("id", this.id);
    byName.put("image_uri", this.imageUri);
    byName.put("kms_key_arn", this.kmsKeyArn);
    byName.put("layers", this.layers);
    byName.put("memory_size", this.memorySize);
    byName.put("package_type", this.packageType);
    byName.put("publish", this.publish);
    byName.put("replace_security_groups_on_destroy", this.replaceSecurityGroupsOnDestroy);
    byName.put("replacement_security_group_ids", this.replacementSecurityGroupIds);
    byName.put("reserved_concurrent_executions", this.reservedConcurrentExecutions);
    byName.put("role", this.role);
    byName.put("runtime", this.runtime);
    byName.put("s3_bucket", this.s3Bucket);
    byName.put("s3_key", this.s3Key);
    byName.put("s3_object_version", this.s3ObjectVersion);
    byName.put("skip_destroy", this.skipDestroy);
    byName.put("source_code_hash", this.sourceCodeHash);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("timeout", this.timeout);
    byName.put("environment", this.environment);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private List<String> architectures;
    private String codeSigningConfigArn;
    private String description;
    private String filename;
    private String functionName;
    private String handler;
    private String id;
    private String imageUri;
    private String kmsKeyArn;
    private List<String> layers;
    private Number memorySize;
    private String packageType;
    private Object publish;
    private Object replaceSecurityGroupsOnDestroy;
    private List<String> replacementSecurityGroupIds;
    private Number reservedConcurrentExecutions;
    private String role;
    private String runtime;
    private String s3Bucket;
    private String s3Key;
    private String s3ObjectVersion;
    private Object skipDestroy;
    private String sourceCodeHash;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private Number timeout;
    private LambdaFunctionEnvironment environment;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder architectures(List<String> architectures) {
      this.architectures = architectures;
      return this;
    }

    public Builder codeSigningConfigArn(String codeSigningConfigArn) {
      this.codeSigningConfigArn = codeSigningConfigArn;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder filename(String filename) {
      this.filename = filename;
      return this;
    }

    public Builder functionName(String functionName) {
      this.functionName = functionName;
      return this;
    }

    public Builder handler(String handler) {
      this.handler = handler;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder imageUri(String imageUri) {
      this.imageUri = imageUri;
      return this;
    }

    public Builder kmsKeyArn(String kmsKeyArn) {
      this.kmsKeyArn = kmsKeyArn;
      return this;
    }

    public Builder layers(List<String> layers) {
      this.layers = layers;
      return this;
    }

    public Builder memorySize(Number memorySize) {
      this.memorySize = memorySize;
      return this;
    }

    public Builder packageType(String packageType) {
      this.packageType = packageType;
      return this;
    }

    public Builder publish(Boolean publish) {
      this.publish = publish;
      return this;
    }

    public Builder publish(IResolvable publish) {
      this.publish = publish;
      return this;
    }

    public Builder replaceSecurityGroupsOnDestroy(Boolean replaceSecurityGroupsOnDestroy) {
      this.replaceSecurityGroupsOnDestroy = replaceSecurityGroupsOnDestroy;
      return this;
    }

    public Builder replaceSecurityGroupsOnDestroy(IResolvable replaceSecurityGroupsOnDestroy) {
      this.replaceSecurityGroupsOnDestroy = replaceSecurityGroupsOnDestroy;
      return this;
    }

    public Builder replacementSecurityGroupIds(List<String> replacementSecurityGroupIds) {
      this.replacementSecurityGroupIds = replacementSecurityGroupIds;
      return this;
    }

    public Builder reservedConcurrentExecutions(Number reservedConcurrentExecutions) {
      this.reservedConcurrentExecutions = reservedConcurrentExecutions;
      return this;
    }

    public Builder role(String role) {
      this.role = role;
      return this;
    }

    public Builder runtime(String runtime) {
      this.runtime = runtime;
      return this;
    }

    public Builder s3Bucket(String s3Bucket) {
      this.s3Bucket = s3Bucket;
      return this;
    }

    public Builder s3Key(String s3Key) {
      this.s3Key = s3Key;
      return this;
    }

    public Builder s3ObjectVersion(String s3ObjectVersion) {
      this.s3ObjectVersion = s3ObjectVersion;
      return this;
    }

    public Builder skipDestroy(Boolean skipDestroy) {
      this.skipDestroy = skipDestroy;
      return this;
    }

    public Builder skipDestroy(IResolvable skipDestroy) {
      this.skipDestroy = skipDestroy;
      return this;
    }

    public Builder sourceCodeHash(String sourceCodeHash) {
      this.sourceCodeHash = sourceCodeHash;
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

    public Builder timeout(Number timeout) {
      this.timeout = timeout;
      return this;
    }

    public Builder environment(LambdaFunctionEnvironment environment) {
      this.environment = environment;
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

    public LambdaFunctionConfig build() {
      return new LambdaFunctionConfig(this);
    }
  }
}
