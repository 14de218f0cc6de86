// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.acm_certificate;

import com.hashicorp.cdktf.IInterpolatingParent;

/** Computed block list {@code domain_validation_options} of {@code aws_acm_certificate}. */
public final class AcmCertificateDomainValidationOptionsList {
  private final IInterpolatingParent resource;
  private final String attribute;
  private final boolean wrapsSet;

  AcmCertificateDomainValidationOptionsList(IInterpolatingParent resource, String attribute, boolean wrapsSet) {
    this.resource = resource;
    this.attribute = attribute;
    this.wrapsSet = wrapsSet;
  }

  /** The element at {@code index} (through {@code tolist()} when the block is a set). */
  public AcmCertificateDomainValidationOptionsOutputReference get(Number index) {
    return new AcmCertificateDomainValidationOptionsOutputReference(resource, attribute, index, wrapsSet);
  }
}
