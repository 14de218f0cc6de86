// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.data_aws_iam_policy_document;

import chat.k1te.infra.aws.TerraformValues;
import chat.k1te.infra.aws.provider.AwsProviderMetadata;
import com.hashicorp.cdktf.TerraformDataSource;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/** Represents a {@code aws_iam_policy_document}. */
public class DataAwsIamPolicyDocument extends TerraformDataSource {
  public static final String TF_RESOURCE_TYPE = "aws_iam_policy_document";

  private final Map<String, Object> values;

  public DataAwsIamPolicyDocument(Construct scope, String id) {
    this(scope, id, DataAwsIamPolicyDocumentConfig.builder().build());
  }

  public DataAwsIamPolicyDocument(Construct scope, String id, DataAwsIamPolicyDocumentConfig config) {
    super(scope, id, config.getMetaArguments().config(TF_RESOURCE_TYPE, AwsProviderMetadata.METADATA));
    this.values = config.values();
  }

  public void setId(String value) {
    values.put("id", value);
  }

  public void setOverridePolicyDocuments(List<String> value) {
    values.put("override_policy_documents", value);
  }

  public void setPolicyId(String value) {
    values.put("policy_id", value);
  }

  public void setSourcePolicyDocuments(List<String> value) {
    values.put("source_policy_documents", value);
  }

  public void setVersion(String value) {
    values.put("version", value);
  }

  public String getId() {
    return getStringAttribute("id");
  }

  public String getJson() {
    return getStringAttribute("json");
  }

  public List<String> getOverridePolicyDocuments() {
    return getListAttribute("override_policy_documents");
  }

  public String getPolicyId() {
    return getStringAttribute("policy_id");
  }

  public List<String> getSourcePolicyDocuments() {
    return getListAttribute("source_policy_documents");
  }

  public String getVersion() {
    return getStringAttribute("version");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return TerraformValues.object(values);
  }
}
