package chat.k1te.infra.stacks;

import chat.k1te.contracts.Stack;
import chat.k1te.contracts.tables.KiteTables;
import chat.k1te.infra.aws.provider.AwsProvider;
import chat.k1te.infra.aws.provider.AwsProviderConfig;
import chat.k1te.infra.aws.provider.AwsProviderEndpoints;
import chat.k1te.infra.config.Defaults;
import chat.k1te.infra.constructs.KiteTable;
import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.docker.Container;
import com.hashicorp.cdktf.providers.docker.ContainerConfig;
import com.hashicorp.cdktf.providers.docker.ContainerPorts;
import com.hashicorp.cdktf.providers.docker.ContainerVolumes;
import com.hashicorp.cdktf.providers.docker.DockerProvider;
import com.hashicorp.cdktf.providers.docker.DockerProviderConfig;
import com.hashicorp.cdktf.providers.docker.Image;
import com.hashicorp.cdktf.providers.docker.ImageConfig;
import com.hashicorp.cdktf.providers.docker.Volume;
import com.hashicorp.cdktf.providers.docker.VolumeConfig;
import java.util.List;
import software.constructs.Construct;

/**
 * {@code local}: DynamoDB in Docker on port 8000 with the stage-{@code local} tables of {@link
 * KiteTables}, for developers who want a persistent database (the repository's own tests and local
 * runtime use dynalite instead and need none of this).
 */
public final class LocalStack extends TerraformStack {
  static final String STAGE = "local";

  /** Dummy credentials: DynamoDB Local accepts any, the aws provider insists on some. */
  static final String DUMMY_CREDENTIAL = "local";

  public LocalStack(Construct scope) {
    super(scope, Stack.LOCAL.stackName());
    // relative to the stack's synth directory, so the JSON holds no absolute path
    new LocalBackend(this, LocalBackendConfig.builder().path("terraform.local.tfstate").build());
    AwsStacks.requireVersions(this);
    new DockerProvider(this, "docker", DockerProviderConfig.builder().build());
    Image image =
        new Image(
            this,
            "dynamodb-image",
            ImageConfig.builder().name(Defaults.LOCAL_DYNAMODB_IMAGE).keepLocally(true).build());
    Volume data =
        new Volume(
            this, "dynamodb-data", VolumeConfig.builder().name("kite-dynamodb-local").build());
    Container container =
        new Container(
            this,
            "dynamodb",
            ContainerConfig.builder()
                .name("kite-dynamodb-local")
                .image(image.getLatest())
                .workingDir("/home/dynamodblocal")
                .command(List.of("-jar", "DynamoDBLocal.jar", "-sharedDb", "-dbPath", "./data"))
                .user("root")
                .ports(
                    List.of(
                        ContainerPorts.builder()
                            .internal(Defaults.LOCAL_DYNAMODB_PORT)
                            .external(Defaults.LOCAL_DYNAMODB_PORT)
                            .ip("127.0.0.1")
                            .build()))
                .volumes(
                    List.of(
                        ContainerVolumes.builder()
                            .volumeName(data.getName())
                            .containerPath("/home/dynamodblocal/data")
                            .build()))
                .build());
    new AwsProvider(
        this,
        "aws",
        AwsProviderConfig.builder()
            .region(Defaults.LOCAL_REGION)
            .accessKey(DUMMY_CREDENTIAL)
            .secretKey(DUMMY_CREDENTIAL)
            .skipCredentialsValidation(true)
            .skipMetadataApiCheck("true")
            .skipRequestingAccountId(true)
            .skipRegionValidation(true)
            .endpoints(
                List.of(
                    AwsProviderEndpoints.builder()
                        .dynamodb("http://localhost:" + Defaults.LOCAL_DYNAMODB_PORT)
                        .build()))
            .build());
    KiteTables.ALL.forEach(
        table -> KiteTable.create(this, table, STAGE, false, List.of(container)));
  }
}
