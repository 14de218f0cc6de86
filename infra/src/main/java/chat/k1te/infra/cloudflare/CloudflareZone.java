package chat.k1te.infra.cloudflare;

import com.hashicorp.cdktf.TerraformDataSource;
import com.hashicorp.cdktf.TerraformResourceConfig;
import java.util.Map;
import software.constructs.Construct;

/** Data source {@code cloudflare_zone}: looks a zone up by its name. */
public final class CloudflareZone extends TerraformDataSource {
  public static final String TF_TYPE = "cloudflare_zone";

  private final String name;

  public CloudflareZone(Construct scope, String id, CloudflareProvider provider, String name) {
    super(
        scope,
        id,
        TerraformResourceConfig.builder()
            .terraformResourceType(TF_TYPE)
            .terraformGeneratorMetadata(CloudflareProvider.METADATA)
            .provider(provider)
            .build());
    this.name = name;
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    return Map.of("name", name);
  }

  public String zoneId() {
    return getStringAttribute("id");
  }
}
