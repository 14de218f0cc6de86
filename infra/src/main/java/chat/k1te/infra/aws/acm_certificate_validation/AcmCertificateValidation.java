// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.acm_certificate_validation;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_acm_certificate_validation}. */
public class AcmCertificateValidation extends TerraformResource {
  public static final String TF_RESOURCE_TYPE = "aws_acm_certificate_validation";

  private final Map<String, Object> values;

  public AcmCertificateValidation(Construct scope, String id, AcmCertificateValidationConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setCertificateArn(String value) {
    values.put("certificate_arn", value);
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setValidationRecordFqdns(List<String> value) {
    values.put("validation_record_fqdns", value);
  }

  public String getCertificateArn() {
    return getStringAttribute("certificate_arn");
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public List<String> getValidationRecordFqdns() {
    return Fn.tolist(getListAttribute("validation_record_fqdns"));
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
