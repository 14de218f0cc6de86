package chat.k1te.infra.cloudflare;

import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformProviderConfig;
import com.hashicorp.cdktf.TerraformProviderGeneratorMetadata;
import java.util.Map;
import java.util.Objects;
import software.constructs.Construct;

/**
 * The {@code cloudflare/cloudflare} provider, v4 (v5 renamed {@code cloudflare_record}). No
 * prebuilt Java binding exists here, so this and the two other classes of the package declare the
 * few attributes we use.
 */
public final class CloudflareProvider extends TerraformProvider {
  public static final String SOURCE = "cloudflare/cloudflare";
  public static final String VERSION_CONSTRAINT = "~> 4.40";

  static final TerraformProviderGeneratorMetadata METADATA =
      TerraformProviderGeneratorMetadata.builder()
          .providerName("cloudflare")
          .providerVersionConstraint(VERSION_CONSTRAINT)
          .build();

  private final String apiToken;

  /**
   * @param apiToken an expression such as a sensitive variable, never a literal token
   */
  public CloudflareProvider(Construct scope, String id, String apiToken) {
    super(
        scope,
        id,
        TerraformProviderConfig.builder()
            .terraformResourceType("cloudflare")
            .terraformProviderSource(SOURCE)
            .terraformGeneratorMetadata(METADATA)
            .build());
    this.apiToken = Objects.requireNonNull(apiToken, "apiToken");
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return Map.of("api_token", apiToken);
  }
}
