// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.acm_certificate;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.IResolvable;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_acm_certificate}. */
public class AcmCertificate extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_acm_certificate";

  private final Map<String, Object> values;

  public AcmCertificate(Construct scope, String id) {
    this(scope, id, AcmCertificateConfig.builder().build());
  }

  public AcmCertificate(Construct scope, String id, AcmCertificateConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setCertificateAuthorityArn(String value) {
    values.put("certificate_authority_arn", value);
  }

  public void setCertificateBody(String value) {
    values.put("certificate_body", value);
  }

  public void setCertificateChain(String value) {
    values.put("certificate_chain", value);
  }

  public void setDomainName(String value) {
    values.put("domain_name", value);
  }

  public void setEarlyRenewalDuration(String value) {
    values.put("early_renewal_duration", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setKeyAlgorithm(String value) {
    values.put("key_algorithm", value);
  }

  public void setPrivateKey(String value) {
    values.put("private_key", value);
  }

  public void setSubjectAlternativeNames(List<String> value) {
    values.put("subject_alternative_names", value);
  }

  public void setTags(Map<String, String> value) {
    values.put("tags", value);
  }

  public void setTagsAll(Map<String, String> value) {
    values.put("tags_all", value);
  }

  public void setValidationMethod(String value) {
    values.put("validation_method", value);
  }

  public void setValidationOption(IResolvable value) {
    values.put("validation_option", value);
  }

  public String getArn() {
    return getStringAttribute("arn");
  }

  public String getCertificateAuthorityArn() {
    return getStringAttribute("certificate_authority_arn");
  }

  public String getCertificateBody() {
    return getStringAttribute("certificate_body");
  }

  public String getCertificateChain() {
    return getStringAttribute("certificate_chain");
  }

  public String getDomainName() {
    return getStringAttribute("domain_name");
  }

  public String getEarlyRenewalDuration() {
    return getStringAttribute("early_renewal_duration");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getKeyAlgorithm() {
    return getStringAttribute("key_algorithm");
  }

  public String getNotAfter() {
    return getStringAttribute("not_after");
  }

  public String getNotBefore() {
    return getStringAttribute("not_before");
  }

  public IResolvable getPendingRenewal() {
    return getBooleanAttribute("pending_renewal");
  }

  public String getPrivateKey() {
    return getStringAttribute("private_key");
  }

  public String getRenewalEligibility() {
    return getStringAttribute("renewal_eligibility");
  }

  public String getStatus() {
    return getStringAttribute("status");
  }

  public List<String> getSubjectAlternativeNames() {
    return Fn.tolist(getListAttribute("subject_alternative_names"));
  }

  public Map<String, String> getTags() {
    return getStringMapAttribute("tags");
  }

  public Map<String, String> getTagsAll() {
    return getStringMapAttribute("tags_all");
  }

  public String getType() {
    return getStringAttribute("type");
  }

  public List<String> getValidationEmails() {
    return getListAttribute("validation_emails");
  }

  public String getValidationMethod() {
    return getStringAttribute("validation_method");
  }

  public AcmCertificateDomainValidationOptionsList getDomainValidationOptions() {
    return new AcmCertificateDomainValidationOptionsList(this, "domain_validation_options", true);
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
