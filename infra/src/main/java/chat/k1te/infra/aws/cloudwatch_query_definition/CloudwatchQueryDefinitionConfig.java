// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_query_definition;

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

/** {@code CloudwatchQueryDefinitionConfig}. */
public final class CloudwatchQueryDefinitionConfig implements TerraformStruct {
  private final String id;
  private final List<String> logGroupNames;
  private final String name;
  private final String queryString;
  private final MetaArguments metaArguments;

  private CloudwatchQueryDefinitionConfig(Builder builder) {
    this.id = builder.id;
    this.logGroupNames = builder.logGroupNames;
    this.name = Objects.requireNonNull(builder.name, "name");
    this.queryString = Objects.requireNonNull(builder.queryString, "queryString");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code log_group_names}. */
  public List<String> getLogGroupNames() {
    return logGroupNames;
  }

  /** {@code name}. */
  public String getName() {
    return name;
  }

  /** {@code query_string}. */
  public String getQueryString() {
    return queryString;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("id", this.id);
    byName.put("log_group_names", this.logGroupNames);
    byName.put("name", this.name);
    byName.put("query_string", this.queryString);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String id;
    private List<String> logGroupNames;
    private String name;
    private String queryString;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder logGroupNames(List<String> logGroupNames) {
      this.logGroupNames = logGroupNames;
      return this;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder queryString(String queryString) {
      this.queryString = queryString;
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

    public CloudwatchQueryDefinitionConfig build() {
      return new CloudwatchQueryDefinitionConfig(this);
    }
  }
}
