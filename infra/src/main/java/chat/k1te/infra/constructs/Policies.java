package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentConfig;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatement;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementCondition;
import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocumentStatementPrincipals;
import java.util.List;
import software.constructs.Construct;

/**
 * Policy documents as {@code aws_iam_policy_document} data sources: Terraform renders the JSON, and
 * the synthesized stack keeps each statement as structured data the tests can inspect.
 */
public final class Policies {
  private Policies() {}

  /** A permission policy from our statements. */
  public static DataAwsIamPolicyDocument permissions(
      Construct scope, String id, List<PolicyStatement> statements) {
    return new DataAwsIamPolicyDocument(
        scope,
        id,
        DataAwsIamPolicyDocumentConfig.builder()
            .statement(statements.stream().map(Policies::statement).toList())
            .build());
  }

  /** A trust policy letting an AWS service assume the role. */
  public static DataAwsIamPolicyDocument serviceTrust(
      Construct scope, String id, String servicePrincipal, List<PolicyStatement.Condition> when) {
    return trust(scope, id, "Service", servicePrincipal, "sts:AssumeRole", when);
  }

  /** A trust policy for a federated principal (GitHub's OIDC provider). */
  public static DataAwsIamPolicyDocument federatedTrust(
      Construct scope, String id, String providerArn, List<PolicyStatement.Condition> when) {
    return trust(scope, id, "Federated", providerArn, "sts:AssumeRoleWithWebIdentity", when);
  }

  private static DataAwsIamPolicyDocument trust(
      Construct scope,
      String id,
      String principalType,
      String principal,
      String action,
      List<PolicyStatement.Condition> when) {
    return new DataAwsIamPolicyDocument(
        scope,
        id,
        DataAwsIamPolicyDocumentConfig.builder()
            .statement(
                List.of(
                    DataAwsIamPolicyDocumentStatement.builder()
                        .sid("Trust")
                        .effect("Allow")
                        .actions(List.of(action))
                        .principals(
                            List.of(
                                DataAwsIamPolicyDocumentStatementPrincipals.builder()
                                    .type(principalType)
                                    .identifiers(List.of(principal))
                                    .build()))
                        .condition(when.stream().map(Policies::condition).toList())
                        .build()))
            .build());
  }

  private static DataAwsIamPolicyDocumentStatement statement(PolicyStatement s) {
    return DataAwsIamPolicyDocumentStatement.builder()
        .sid(s.sid())
        .effect("Allow")
        .actions(s.actions())
        .resources(s.resources())
        .condition(s.conditions().stream().map(Policies::condition).toList())
        .build();
  }

  private static DataAwsIamPolicyDocumentStatementCondition condition(PolicyStatement.Condition c) {
    return DataAwsIamPolicyDocumentStatementCondition.builder()
        .test(c.test())
        .variable(c.variable())
        .values(c.values())
        .build();
  }
}
