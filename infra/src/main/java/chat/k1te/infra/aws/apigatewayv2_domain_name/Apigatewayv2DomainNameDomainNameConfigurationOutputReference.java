// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.apigatewayv2_domain_name;

import com.hashicorp.cdktf.ComplexObject;
import com.hashicorp.cdktf.IInterpolatingParent;

/** Computed block {@code domain_name_configuration} of {@code aws_apigatewayv2_domain_name}. */
public final class Apigatewayv2DomainNameDomainNameConfigurationOutputReference extends ComplexObject {
  Apigatewayv2DomainNameDomainNameConfigurationOutputReference(
      IInterpolatingParent resource, String attribute, Number index, boolean fromSet) {
    super(resource, attribute, fromSet, index);
  }

  public String getCertificateArn() {
    return getStringAttribute("certificate_arn");
  }

  public String getEndpointType() {
    return getStringAttribute("endpoint_type");
  }

  public String getHostedZoneId() {
    return getStringAttribute("hosted_zone_id");
  }

  public String getOwnershipVerificationCertificateArn() {
    return getStringAttribute("ownership_verification_certificate_arn");
  }

  public String getSecurityPolicy() {
    return getStringAttribute("security_policy");
  }

  public String getTargetDomainName() {
    return getStringAttribute("target_domain_name");
  }
}
