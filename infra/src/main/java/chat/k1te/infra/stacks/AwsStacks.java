package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.Stack;
import chat.k1te.infra.aws.provider.AwsProvider;
import chat.k1te.infra.aws.provider.AwsProviderConfig;
import chat.k1te.infra.aws.provider.AwsProviderDefaultTags;
import chat.k1te.infra.config.Defaults;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every AWS stack shares: remote state, the aws provider and its constraint, tags. */
final class AwsStacks {
  private AwsStacks() {}

  /**
   * The tag naming a resource's stage. Deploy roles are scoped by it where ARNs hold generated ids
   * (API Gateway, ACM), so every stage resource must carry it from its create request on.
   */
  static final String STAGE_TAG = "stage";

  /**
   * Partial S3 backend and an aws provider whose region comes from the environment ({@code
   * AWS_REGION}), tagging every resource with the app, the stack and (if any) the stage, both as
   * the installation names them ({@link Installation#stackTag}, {@link Installation#scopedStage}).
   */
  static AwsProvider configure(TerraformStack scope, Stack stack, Installation installation) {
    new PartialS3Backend(scope, stack, installation);
    requireVersions(scope);
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("app", Defaults.APP_TAG);
    tags.put("stack", installation.stackTag(stack));
    stack.stage().ifPresent(stage -> tags.put(STAGE_TAG, installation.scopedStage(stage)));
    return new AwsProvider(
        scope,
        "aws",
        AwsProviderConfig.builder()
            .defaultTags(List.of(AwsProviderDefaultTags.builder().tags(tags).build()))
            .build());
  }

  /** An output named {@code name} (its logical id too, so workflows read it by that name). */
  static void output(TerraformStack scope, String name, String value, String description) {
    new TerraformOutput(
            scope,
            "output-" + name,
            TerraformOutputConfig.builder().value(value).description(description).build())
        .overrideLogicalId(name);
  }

  static void requireVersions(TerraformStack scope) {
    scope.addOverride("terraform.required_providers.aws.version", Defaults.AWS_PROVIDER_CONSTRAINT);
    scope.addOverride("terraform.required_version", Defaults.TERRAFORM_CONSTRAINT);
  }
}
