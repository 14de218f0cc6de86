// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_domain_name;

import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** {@code Apigatewayv2DomainNameDomainNameConfiguration}. */
public final class Apigatewayv2DomainNameDomainNameConfiguration implements TerraformStruct {
  private final String certificateArn;
  private final String endpointType;
  private final String ownershipVerificationCertificateArn;
  private final String securityPolicy;

  private Apigatewayv2DomainNameDomainNameConfiguration(Builder builder) {
    this.certificateArn = Objects.requireNonNull(builder.certificateArn, "certificateArn");
    this.endpointType = Objects.requireNonNull(builder.endpointType, "endpointType");
    this.ownershipVerificationCertificateArn = builder.ownershipVerificationCertificateArn;
    this.securityPolicy = Objects.requireNonNull(builder.securityPolicy, "securityPolicy");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code certificate_arn}. */
  public String getCertificateArn() {
    return certificateArn;
  }

  /** {@code endpoint_type}. */
  public String getEndpointType() {
    return endpointType;
  }

  /** {@code ownership_verification_certificate_arn}. */
  public String getOwnershipVerificationCertificateArn() {
    return ownershipVerificationCertificateArn;
  }

  /** {@code security_policy}. */
  public String getSecurityPolicy() {
    return securityPolicy;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("certificate_arn", this.certificateArn);
    byName.put("endpoint_type", this.endpointType);
    byName.put("ownership_verification_certificate_arn", this.ownershipVerificationCertificateArn);
    byName.put("security_policy", this.securityPolicy);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String certificateArn;
    private String endpointType;
    private String ownershipVerificationCertificateArn;
    private String securityPolicy;

    private Builder() {}

    public Builder certificateArn(String certificateArn) {
      this.certificateArn = certificateArn;
      return this;
    }

    public Builder endpointType(String endpointType) {
      this.endpointType = endpointType;
      return this;
    }

    public Builder ownershipVerificationCertificateArn(String ownershipVerificationCertificateArn) {
      this.ownershipVerificationCertificateArn = ownershipVerificationCertificateArn;
      return this;
    }

    public Builder securityPolicy(String securityPolicy) {
      this.securityPolicy = securityPolicy;
      return this;
    }

    public Apigatewayv2DomainNameDomainNameConfiguration build() {
      return new Apigatewayv2DomainNameDomainNameConfiguration(this);
    }
  }
}
