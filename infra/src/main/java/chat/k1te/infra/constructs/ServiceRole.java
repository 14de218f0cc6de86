package chat.k1te.infra.constructs;

import chat.k1te.infra.aws.data_aws_iam_policy_document.DataAwsIamPolicyDocument;
import chat.k1te.infra.aws.iam_role.IamRole;
import chat.k1te.infra.aws.iam_role.IamRoleConfig;
import chat.k1te.infra.aws.iam_role_policy.IamRolePolicy;
import chat.k1te.infra.aws.iam_role_policy.IamRolePolicyConfig;
import com.hashicorp.cdktf.ITerraformDependable;
import java.util.List;
import java.util.Optional;
import software.constructs.Construct;

/** An IAM role with its trust policy and ONE inline permission policy of named statements. */
public final class ServiceRole extends Construct {
  private final IamRole role;
  private final ITerraformDependable ready;

  public ServiceRole(
      Construct scope,
      String id,
      String roleName,
      String description,
      DataAwsIamPolicyDocument trust,
      List<PolicyStatement> permissions) {
    this(scope, id, roleName, description, trust, permissions, Optional.empty());
  }

  /**
   * @param permissionsBoundary ARN of the managed policy that caps what the role may ever do,
   *     whatever its inline policy says
   */
  public ServiceRole(
      Construct scope,
      String id,
      String roleName,
      String description,
      DataAwsIamPolicyDocument trust,
      List<PolicyStatement> permissions,
      Optional<String> permissionsBoundary) {
    super(scope, id);
    this.role =
        new IamRole(
            this,
            "role",
            IamRoleConfig.builder()
                .name(roleName)
                .description(description)
                .assumeRolePolicy(trust.getJson())
                .maxSessionDuration(3600)
                .permissionsBoundary(permissionsBoundary.orElse(null))
                .build());
    this.ready =
        permissions.isEmpty()
            ? role
            : new IamRolePolicy(
                this,
                "policy",
                IamRolePolicyConfig.builder()
                    .name(roleName + "-permissions")
                    .role(role.getId())
                    .policy(Policies.permissions(this, "permissions", permissions).getJson())
                    .build());
  }

  public IamRole role() {
    return role;
  }

  /** Resources that must wait until the role may really act (the policy is attached). */
  public ITerraformDependable policy() {
    return ready;
  }

  public String arn() {
    return role.getArn();
  }
}
