package chat.k1te.infra.cloudflare;

import chat.k1te.infra.aws.acm_certificate.AcmCertificate;
import chat.k1te.infra.aws.acm_certificate.AcmCertificateConfig;
import chat.k1te.infra.aws.acm_certificate.AcmCertificateDomainValidationOptionsOutputReference;
import chat.k1te.infra.aws.acm_certificate_validation.AcmCertificateValidation;
import chat.k1te.infra.aws.acm_certificate_validation.AcmCertificateValidationConfig;
import chat.k1te.infra.aws.apigatewayv2_api_mapping.Apigatewayv2ApiMapping;
import chat.k1te.infra.aws.apigatewayv2_api_mapping.Apigatewayv2ApiMappingConfig;
import chat.k1te.infra.aws.apigatewayv2_domain_name.Apigatewayv2DomainName;
import chat.k1te.infra.aws.apigatewayv2_domain_name.Apigatewayv2DomainNameConfig;
import chat.k1te.infra.aws.apigatewayv2_domain_name.Apigatewayv2DomainNameDomainNameConfiguration;
import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.List;
import software.constructs.Construct;

/**
 * One host name of a Cloudflare-hosted domain in front of an API stage: its own ACM certificate
 * (one name per certificate, so each has exactly one DNS validation record and the dev and prod
 * stacks never create the same record), the validation CNAME, the regional API Gateway domain, the
 * CNAME to it and the API mapping {@code /<stage>}.
 */
public final class CustomDomain extends Construct {
  private final String host;

  public record Props(
      CloudflareProvider provider,
      String zoneId,
      String host,
      String apiId,
      String stageName,
      String mappingKey) {}

  public CustomDomain(Construct scope, String id, Props props) {
    super(scope, id);
    this.host = props.host();
    AcmCertificate certificate =
        new AcmCertificate(
            this,
            "certificate",
            AcmCertificateConfig.builder()
                .domainName(props.host())
                .validationMethod("DNS")
                .lifecycle(TerraformResourceLifecycle.builder().createBeforeDestroy(true).build())
                .build());
    AcmCertificateDomainValidationOptionsOutputReference validation =
        certificate.getDomainValidationOptions().get(0);
    CloudflareRecord validationRecord =
        new CloudflareRecord(
            this,
            "validation-record",
            props.provider(),
            new CloudflareRecord.Props(
                props.zoneId(),
                // ACM answers with trailing dots; Cloudflare stores names without them, and a
                // difference there would show up as drift on every plan
                Fn.trimsuffix(validation.getResourceRecordName(), "."),
                validation.getResourceRecordType(),
                Fn.trimsuffix(validation.getResourceRecordValue(), "."),
                "ACM validation of " + props.host()));
    AcmCertificateValidation validated =
        new AcmCertificateValidation(
            this,
            "validation",
            AcmCertificateValidationConfig.builder()
                .certificateArn(certificate.getArn())
                .validationRecordFqdns(List.of(validationRecord.hostname()))
                .build());
    Apigatewayv2DomainName domain =
        new Apigatewayv2DomainName(
            this,
            "domain",
            Apigatewayv2DomainNameConfig.builder()
                .domainName(props.host())
                .domainNameConfiguration(
                    Apigatewayv2DomainNameDomainNameConfiguration.builder()
                        .certificateArn(validated.getCertificateArn())
                        .endpointType("REGIONAL")
                        .securityPolicy("TLS_1_2")
                        .build())
                .build());
    new CloudflareRecord(
        this,
        "cname",
        props.provider(),
        new CloudflareRecord.Props(
            props.zoneId(),
            props.host(),
            "CNAME",
            domain.getDomainNameConfiguration().getTargetDomainName(),
            "Kite chat API " + props.host()));
    new Apigatewayv2ApiMapping(
        this,
        "mapping",
        Apigatewayv2ApiMappingConfig.builder()
            .apiId(props.apiId())
            .domainName(domain.getId())
            .stage(props.stageName())
            .apiMappingKey(props.mappingKey())
            .build());
  }

  public String host() {
    return host;
  }
}
