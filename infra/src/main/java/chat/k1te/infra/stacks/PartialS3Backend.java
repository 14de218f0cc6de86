package chat.k1te.infra.stacks;

import chat.k1te.contracts.Installation;
import chat.k1te.contracts.Stack;
import com.hashicorp.cdktf.TerraformBackend;
import com.hashicorp.cdktf.TerraformRemoteState;
import java.util.Map;
import java.util.TreeMap;
import software.constructs.Construct;

/**
 * The S3 backend WITHOUT bucket and region: those are given to {@code terraform init
 * -backend-config=...}, so the synthesized JSON names no account-specific bucket. Locking uses S3
 * native lock files (Terraform 1.10+), no DynamoDB table. cdktf 0.19's own S3Backend requires the
 * bucket and knows no {@code use_lockfile}, hence this small backend of our own.
 */
final class PartialS3Backend extends TerraformBackend {
  private final String key;

  PartialS3Backend(Construct scope, Stack stack, Installation installation) {
    super(scope, "backend", "s3");
    this.key = installation.stateKey(stack);
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return new TreeMap<>(Map.of("key", key, "encrypt", true, "use_lockfile", true));
  }

  @Override
  public TerraformRemoteState getRemoteStateDataSource(
      Construct scope, String name, String fromStack) {
    throw new UnsupportedOperationException(
        "stacks do not read each other's state; pass values as variables");
  }
}
