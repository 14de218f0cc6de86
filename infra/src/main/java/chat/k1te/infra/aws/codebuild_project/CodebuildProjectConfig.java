// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.codebuild_project;

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

/** {@code CodebuildProjectConfig}. */
public final class CodebuildProjectConfig implements TerraformStruct {
  private final Object badgeEnabled;
  private final Number buildTimeout;
  private final Number concurrentBuildLimit;
  private final String description;
  private final String encryptionKey;
  private final String id;
  private final String name;
  private final String projectVisibility;
  private final Number queuedTimeout;
  private final String resourceAccessRole;
  private final String serviceRole;
  private final String sourceVersion;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final CodebuildProjectArtifacts artifacts;
  private final CodebuildProjectCache cache;
  private final CodebuildProjectEnvironment environment;
  private final IResolvable fileSystemLocations;
  private final CodebuildProjectLogsConfig logsConfig;
  private final IResolvable secondaryArtifacts;
  private final IResolvable secondarySourceVersion;
  private final IResolvable secondarySources;
  private final CodebuildProjectSource source;
  private final MetaArguments metaArguments;

  private CodebuildProjectConfig(Builder builder) {
    this.badgeEnabled = builder.badgeEnabled;
    this.buildTimeout = builder.buildTimeout;
    this.concurrentBuildLimit = builder.concurrentBuildLimit;
    this.description = builder.description;
    this.encryptionKey = builder.encryptionKey;
    this.id = builder.id;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.projectVisibility = builder.projectVisibility;
    this.queuedTimeout = builder.queuedTimeout;
    this.resourceAccessRole = builder.resourceAccessRole;
    this.serviceRole = Objects.requireNonNull(builder.serviceRole, "serviceRole");
    this.sourceVersion = builder.sourceVersion;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.artifacts = Objects.requireNonNull(builder.artifacts, "artifacts");
    this.cache = builder.cache;
    this.environment = Objects.requireNonNull(builder.environment, "environment");
    this.fileSystemLocations = builder.fileSystemLocations;
    this.logsConfig = builder.logsConfig;
    this.secondaryArtifacts = builder.secondaryArtifacts;
    this.secondarySourceVersion = builder.secondarySourceVersion;
    this.secondarySources = builder.secondarySources;
    this.source = Objects.requireNonNull(builder.source, "source");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code badge_enabled}. */
  public Object getBadgeEnabled() {
    return badgeEnabled;
  }

  /** {@code build_timeout}. */
  public Number getBuildTimeout() {
    return buildTimeout;
  }

  /** {@code concurrent_build_limit}. */
  public Number getConcurrentBuildLimit() {
    return concurrentBuildLimit;
  }

  /** {@code description}. */
  public String getDescription() {
    return description;
  }

  /** {@code encryption_key}. */
  public String getEncryptionKey() {
    return encryptionKey;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code project_visibility}. */
  public String getProjectVisibility() {
    return projectVisibility;
  }

  /** {@code queued_timeout}. */
  public Number getQueuedTimeout() {
    return queuedTimeout;
  }

  /** {@code resource_access_role}. */
  public String getResourceAccessRole() {
    return resourceAccessRole;
  }

  /** {@code service_role}. */
  public String getServiceRole() {
    return serviceRole;
  }

  /** {@code source_version}. */
  public String getSourceVersion() {
    return sourceVersion;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code artifacts}. */
  public CodebuildProjectArtifacts getArtifacts() {
    return artifacts;
  }

  /** {@code cache}. */
  public CodebuildProjectCache getCache() {
    return cache;
  }

  /** {@code environment}. */
  public CodebuildProjectEnvironment getEnvironment() {
    return environment;
  }

  /** {@code file_system_locations}. */
  public IResolvable getFileSystemLocations() {
    return fileSystemLocations;
  }

  /** {@code logs_config}. */
  public CodebuildProjectLogsConfig getLogsConfig() {
    return logsConfig;
  }

  /** {@code secondary_artifacts}. */
  public IResolvable getSecondaryArtifacts() {
    return secondaryArtifacts;
  }

  /** {@code secondary_source_version}. */
  public IResolvable getSecondarySourceVersion() {
    return secondarySourceVersion;
  }

  /** {@code secondary_sources}. */
  public IResolvable getSecondarySources() {
    return secondarySources;
  }

  /** {@code source}. */
  public CodebuildProjectSource getSource() {
    return source;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("badge_enabled", this.badgeEnabled);
    byName.put("build_timeout", this.buildTimeout);
    byName.put("concurrent_build_limit", this.concurrentBuildLimit);
    byName.put("description", this.description);
    byName.put("encryption_key", this.encryptionKey);
    byName.put("id", this.id);
    byName.put("name", this.name);
    byName.put("project_visibility", this.projectVisibility);
    byName.put("queued_timeout", this.queuedTimeout);
    byName.put("resource_access_role", this.resourceAccessRole);
    byName.put("service_role", this.serviceRole);
    byName.put("source_version", this.sourceVersion);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("artifacts", this.artifacts);
    byName.put("cache", this.cache);
    byName.put("environment", this.environment);
    byName.put("file_system_locations", this.fileSystemLocations);
    byName.put("logs_config", this.logsConfig);
    byName.put("secondary_artifacts", this.secondaryArtifacts);
    byName.put("secondary_source_version", this.secondarySourceVersion);
    byName.put("secondary_sources", this.secondarySources);
    byName.put("source", this.source);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Object badgeEnabled;
    private Number buildTimeout;
    private Number concurrentBuildLimit;
    private String description;
    private String encryptionKey;
    private String id;
    private String name;
    private String projectVisibility;
    private Number queuedTimeout;
    private String resourceAccessRole;
    private String serviceRole;
    private String sourceVersion;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private CodebuildProjectArtifacts artifacts;
    private CodebuildProjectCache cache;
    private CodebuildProjectEnvironment environment;
    private IResolvable fileSystemLocations;
    private CodebuildProjectLogsConfig logsConfig;
    private IResolvable secondaryArtifacts;
    private IResolvable secondarySourceVersion;
    private IResolvable secondarySources;
    private CodebuildProjectSource source;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder badgeEnabled(Boolean badgeEnabled) {
      this.badgeEnabled = badgeEnabled;
      return this;
    }

    public Builder badgeEnabled(IResolvable badgeEnabled) {
      this.badgeEnabled = badgeEnabled;
      return this;
    }

    public Builder buildTimeout(Number buildTimeout) {
      this.buildTimeout = buildTimeout;
      return this;
    }

    public Builder concurrentBuildLimit(Number concurrentBuildLimit) {
      this.concurrentBuildLimit = concurrentBuildLimit;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder encryptionKey(String encryptionKey) {
      this.encryptionKey = encryptionKey;
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

    public Builder projectVisibility(String projectVisibility) {
      this.projectVisibility = projectVisibility;
      return this;
    }

    public Builder queuedTimeout(Number queuedTimeout) {
      this.queuedTimeout = queuedTimeout;
      return this;
    }

    public Builder resourceAccessRole(String resourceAccessRole) {
      this.resourceAccessRole = resourceAccessRole;
      return this;
    }

    public Builder serviceRole(String serviceRole) {
      this.serviceRole = serviceRole;
      return this;
    }

    public Builder sourceVersion(String sourceVersion) {
      this.sourceVersion = sourceVersion;
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

    public Builder artifacts(CodebuildProjectArtifacts artifacts) {
      this.artifacts = artifacts;
      return this;
    }

    public Builder cache(CodebuildProjectCache cache) {
      this.cache = cache;
      return this;
    }

    public Builder environment(CodebuildProjectEnvironment environment) {
      this.environment = environment;
      return this;
    }

    public Builder fileSystemLocations(IResolvable fileSystemLocations) {
      this.fileSystemLocations = fileSystemLocations;
      return this;
    }

    public Builder logsConfig(CodebuildProjectLogsConfig logsConfig) {
      this.logsConfig = logsConfig;
      return this;
    }

    public Builder secondaryArtifacts(IResolvable secondaryArtifacts) {
      this.secondaryArtifacts = secondaryArtifacts;
      return this;
    }

    public Builder secondarySourceVersion(IResolvable secondarySourceVersion) {
      this.secondarySourceVersion = secondarySourceVersion;
      return this;
    }

    public Builder secondarySources(IResolvable secondarySources) {
      this.secondarySources = secondarySources;
      return this;
    }

    public Builder source(CodebuildProjectSource source) {
      this.source = source;
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

    public CodebuildProjectConfig build() {
      return new CodebuildProjectConfig(this);
    }
  }
}
