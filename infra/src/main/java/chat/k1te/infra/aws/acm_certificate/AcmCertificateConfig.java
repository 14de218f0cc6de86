// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.acm_certificate;

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

/** {@code AcmCertificateConfig}. */
public final class AcmCertificateConfig implements TerraformStruct {
  private final String certificateAuthorityArn;
  private final String certificateBody;
  private final String certificateChain;
  private final String domainName;
  private final String earlyRenewalDuration;
  private final String id;
  private final String keyAlgorithm;
  private final String privateKey;
  private final List<String> subjectAlternativeNames;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final String validationMethod;
  private final IResolvable validationOption;
  private final MetaArguments metaArguments;

  private AcmCertificateConfig(Builder builder) {
    this.certificateAuthorityArn = builder.certificateAuthorityArn;
    this.certificateBody = builder.certificateBody;
    this.certificateChain = builder.certificateChain;
    this.domainName = builder.domainName;
    this.earlyRenewalDuration = builder.earlyRenewalDuration;
    this.id = builder.id;
    this.keyAlgorithm = builder.keyAlgorithm;
    this.privateKey = builder.privateKey;
    this.subjectAlternativeNames = builder.subjectAlternativeNames;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.validationMethod = builder.validationMethod;
    this.validationOption = builder.validationOption;
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code certificate_authority_arn}. */
  public String getCertificateAuthorityArn() {
    return certificateAuthorityArn;
  }

  /** {@code certificate_body}. */
  public String getCertificateBody() {
    return certificateBody;
  }

  /** {@code certificate_chain}. */
  public String getCertificateChain() {
    return certificateChain;
  }

  /** {@code domain_name}. */
  public String getDomainName() {
    return domainName;
  }

  /** {@code early_renewal_duration}. */
  public String getEarlyRenewalDuration() {
    return earlyRenewalDuration;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code key_algorithm}. */
  public String getKeyAlgorithm() {
    return keyAlgorithm;
  }

  /** {@code private_key}. */
  public String getPrivateKey() {
    return privateKey;
  }

  /** {@code subject_alternative_names}. */
  public List<String> getSubjectAlternativeNames() {
    return subjectAlternativeNames;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code validation_method}. */
  public String getValidationMethod() {
    return validationMethod;
  }

  /** {@code validation_option}. */
  public IResolvable getValidationOption() {
    return validationOption;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("certificate_authority_arn", this.certificateAuthorityArn);
    byName.put("certificate_body", this.certificateBody);
    byName.put("certificate_chain", this.certificateChain);
    byName.put("domain_name", this.domainName);
    byName.put("early_renewal_duration", this.earlyRenewalDuration);
    byName.put("id", this.id);
    byName.put("key_algorithm", this.keyAlgorithm);
    byName.put("private_key", this.privateKey);
    byName.put("subject_alternative_names", this.subjectAlternativeNames);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("validation_method", this.validationMethod);
    byName.put("validation_option", this.validationOption);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private String certificateAuthorityArn;
    private String certificateBody;
    private String certificateChain;
    private String domainName;
    private String earlyRenewalDuration;
    private String id;
    private String keyAlgorithm;
    private String privateKey;
    private List<String> subjectAlternativeNames;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private String validationMethod;
    private IResolvable validationOption;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder certificateAuthorityArn(String certificateAuthorityArn) {
      this.certificateAuthorityArn = certificateAuthorityArn;
      return this;
    }

    public Builder certificateBody(String certificateBody) {
      this.certificateBody = certificateBody;
      return this;
    }

    public Builder certificateChain(String certificateChain) {
      this.certificateChain = certificateChain;
      return this;
    }

    public Builder domainName(String domainName) {
      this.domainName = domainName;
      return this;
    }

    public Builder earlyRenewalDuration(String earlyRenewalDuration) {
      this.earlyRenewalDuration = earlyRenewalDuration;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
      return this;
    }

    public Builder keyAlgorithm(String keyAlgorithm) {
      this.keyAlgorithm = keyAlgorithm;
      return this;
    }

    public Builder privateKey(String privateKey) {
      this.privateKey = privateKey;
      return this;
    }

    public Builder subjectAlternativeNames(List<String> subjectAlternativeNames) {
      this.subjectAlternativeNames = subjectAlternativeNames;
      return this;
    }

    public Builder tags(Map<String, String> tags) {
      this.tags = tags;
      return this;
    }

    public Builder tagsAll(Map<String, String> tagsAll) {
      this.tagsAll = tagsAll;
      return this;
    }

    public Builder validationMethod(String validationMethod) {
      this.validationMethod = validationMethod;
      return this;
    }

    public Builder validationOption(IResolvable validationOption) {
      this.validationOption = validationOption;
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

    public AcmCertificateConfig build() {
      return new AcmCertificateConfig(this);
    }
  }
}
