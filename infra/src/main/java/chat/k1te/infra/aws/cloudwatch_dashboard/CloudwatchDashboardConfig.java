// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.cloudwatch_dashboard;

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

/** {@code CloudwatchDashboardConfig}. */
public final class CloudwatchDashboardConfig implements TerraformStruct {
  private final String dashboardBody;
  private final String dashboardName;
  private final String id;
  private final MetaArguments metaArguments;

  private CloudwatchDashboardConfig(Builder builder) {
    this.dashboardBody = Objects.requireNonNull(builder.dashboardBody, "dashboardBody");
    this.dashboardName = Objects.requireNonNull(builder.dashboardName, "dashboardName");
    this.id = builder.id;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code dashboard_body}. */
  public String getDashboardBody() {
    return dashboardBody;
  }

  /** {@code dashboard_name}. */
  public String getDashboardName() {
    return dashboardName;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("dashboard_body", this.dashboardBody);
    byName.put("dashboard_name", this.dashboardName);
    byName.put("id", this.id);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String dashboardBody;
    private String dashboardName;
    private String id;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder dashboardBody(String dashboardBody) {
      this.dashboardBody = dashboardBody;
      return this;
    }

    public Builder dashboardName(String dashboardName) {
      this.dashboardName = dashboardName;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
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

    public CloudwatchDashboardConfig build() {
      return new CloudwatchDashboardConfig(this);
    }
  }
}
