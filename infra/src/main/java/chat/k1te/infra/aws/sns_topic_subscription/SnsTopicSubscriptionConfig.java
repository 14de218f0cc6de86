// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.sns_topic_subscription;

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

/** {@code SnsTopicSubscriptionConfig}. */
public final class SnsTopicSubscriptionConfig implements TerraformStruct {
  private final Number confirmationTimeoutInMinutes;
  private final String deliveryPolicy;
  private final String endpoint;
  private final Object endpointAutoConfirms;
  private final String filterPolicy;
  private final String filterPolicyScope;
  private final String id;
  private final String protocol;
  private final Object rawMessageDelivery;
  private final String redrivePolicy;
  private final String subscriptionRoleArn;
  private final String topicArn;
  private final MetaArguments metaArguments;

  private SnsTopicSubscriptionConfig(Builder builder) {
    this.confirmationTimeoutInMinutes = builder.confirmationTimeoutInMinutes;
    this.deliveryPolicy = builder.deliveryPolicy;
    this.endpoint = Objects.requireNonNull(builder.endpoint, "endpoint");
    this.endpointAutoConfirms = builder.endpointAutoConfirms;
    this.filterPolicy = builder.filterPolicy;
    this.filterPolicyScope = builder.filterPolicyScope;
    this.id = builder.id;
    this.protocol = Objects.requireNonNull(builder.protocol, "protocol");
    this.rawMessageDelivery = builder.rawMessageDelivery;
    this.redrivePolicy = builder.redrivePolicy;
    this.subscriptionRoleArn = builder.subscriptionRoleArn;
    this.topicArn = Objects.requireNonNull(builder.topicArn, "topicArn");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code confirmation_timeout_in_minutes}. */
  public Number getConfirmationTimeoutInMinutes() {
    return confirmationTimeoutInMinutes;
  }

  /** {@code delivery_policy}. */
  public String getDeliveryPolicy() {
    return deliveryPolicy;
  }

  /** {@code endpoint}. */
  public String getEndpoint() {
    return endpoint;
  }

  /** {@code endpoint_auto_confirms}. */
  public Object getEndpointAutoConfirms() {
    return endpointAutoConfirms;
  }

  /** {@code filter_policy}. */
  public String getFilterPolicy() {
    return filterPolicy;
  }

  /** {@code filter_policy_scope}. */
  public String getFilterPolicyScope() {
    return filterPolicyScope;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code protocol}. */
  public String getProtocol() {
    return protocol;
  }

  /** {@code raw_message_delivery}. */
  public Object getRawMessageDelivery() {
    return rawMessageDelivery;
  }

  /** {@code redrive_policy}. */
  public String getRedrivePolicy() {
    return redrivePolicy;
  }

  /** {@code subscription_role_arn}. */
  public String getSubscriptionRoleArn() {
    return subscriptionRoleArn;
  }

  /** {@code topic_arn}. */
  public String getTopicArn() {
    return topicArn;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("confirmation_timeout_in_minutes", this.confirmationTimeoutInMinutes);
    byName.put("delivery_policy", this.deliveryPolicy);
    byName.put("endpoint", this.endpoint);
    byName.put("endpoint_auto_confirms", this.endpointAutoConfirms);
    byName.put("filter_policy", this.filterPolicy);
    byName.put("filter_policy_scope", this.filterPolicyScope);
    byName.put("id", this.id);
    byName.put("protocol", this.protocol);
    byName.put("raw_message_delivery", this.rawMessageDelivery);
    byName.put("redrive_policy", this.redrivePolicy);
    byName.put("subscription_role_arn", this.subscriptionRoleArn);
    byName.put("topic_arn", this.topicArn);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private Number confirmationTimeoutInMinutes;
    private String deliveryPolicy;
    private String endpoint;
    private Object endpointAutoConfirms;
    private String filterPolicy;
    private String filterPolicyScope;
    private String id;
    private String protocol;
    private Object rawMessageDelivery;
    private String redrivePolicy;
    private String subscriptionRoleArn;
    private String topicArn;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder confirmationTimeoutInMinutes(Number confirmationTimeoutInMinutes) {
      this.confirmationTimeoutInMinutes = confirmationTimeoutInMinutes;
      return this;
    }

    public Builder deliveryPolicy(String deliveryPolicy) {
      this.deliveryPolicy = deliveryPolicy;
      return this;
    }

    public Builder endpoint(String endpoint) {
      this.endpoint = endpoint;
      return this;
    }

    public Builder endpointAutoConfirms(Boolean endpointAutoConfirms) {
      this.endpointAutoConfirms = endpointAutoConfirms;
      return this;
    }

    public Builder endpointAutoConfirms(IResolvable endpointAutoConfirms) {
      this.endpointAutoConfirms = endpointAutoConfirms;
      return this;
    }

    public Builder filterPolicy(String filterPolicy) {
      this.filterPolicy = filterPolicy;
      return this;
    }

    public Builder filterPolicyScope(String filterPolicyScope) {
      this.filterPolicyScope = filterPolicyScope;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder protocol(String protocol) {
      this.protocol = protocol;
      return this;
    }

    public Builder rawMessageDelivery(Boolean rawMessageDelivery) {
      this.rawMessageDelivery = rawMessageDelivery;
      return this;
    }

    public Builder rawMessageDelivery(IResolvable rawMessageDelivery) {
      this.rawMessageDelivery = rawMessageDelivery;
      return this;
    }

    public Builder redrivePolicy(String redrivePolicy) {
      this.redrivePolicy = redrivePolicy;
      return this;
    }

    public Builder subscriptionRoleArn(String subscriptionRoleArn) {
      this.subscriptionRoleArn = subscriptionRoleArn;
      return this;
    }

    public Builder topicArn(String topicArn) {
      this.topicArn = topicArn;
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

    public SnsTopicSubscriptionConfig build() {
      return new SnsTopicSubscriptionConfig(this);
    }
  }
}
