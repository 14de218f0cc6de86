// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.acm_certificate;

import com.hashicorp.cdktf.ComplexObject;
import com.hashicorp.cdktf.IInterpolatingParent;

/** Computed block {@code domain_validation_options} of {@code aws_acm_certificate}. */
public final class AcmCertificateDomainValidationOptionsOutputReference extends ComplexObject {
  AcmCertificateDomainValidationOptionsOutputReference(
      IInterpolatingParent resource, String attribute, Number index, boolean fromSet) {
    super(resource, attribute, fromSet, index);
  }

  public String getDomainName() {
    return getStringAttribute("domain_name");
  }

  public String getResourceRecordName() {
    return getStringAttribute("resource_record_name");
  }

  public String getResourceRecordType() {
    return getStringAttribute("resource_record_type");
  }

  public String getResourceRecordValue() {
    return getStringAttribute("resource_record_value");
  }
}
