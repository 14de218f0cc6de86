package chat.k1te.infra.cloudflare;

import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.TerraformResourceConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.constructs.Construct;

/** Resource {@code cloudflare_record} (provider v4): one DNS record, never proxied. */
public final class CloudflareRecord extends TerraformResource {
  public static final String TF_TYPE = "cloudflare_record";

  /**
   * @param zoneId the zone (expression)
   * @param name record name, relative to the zone or fully qualified
   * @param type e.g. CNAME
   * @param content the record's value
   * @param comment why the record exists
   */
  public record Props(String zoneId, String name, String type, String content, String comment) {
    public Props {
      Objects.requireNonNull(zoneId, "zoneId");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(comment, "comment");
    }
  }

  private final Props props;

  public CloudflareRecord(Construct scope, String id, CloudflareProvider provider, Props props) {
    super(
        scope,
        id,
        TerraformResourceConfig.builder()
            .terraformResourceType(TF_TYPE)
            .terraformGeneratorMetadata(CloudflareProvider.METADATA)
            .provider(provider)
            .build());
    this.props = props;
  }

  @Override
  protected Map<String, Object> synthesizeAttributes() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("zone_id", props.zoneId());
    attributes.put("name", props.name());
    attributes.put("type", props.type());
    attributes.put("content", props.content());
    attributes.put("proxied", false);
    attributes.put("ttl", 1); // 1 = automatic
    attributes.put("comment", props.comment());
    return attributes;
  }

  /** The record's fully qualified name. */
  public String hostname() {
    return getStringAttribute("hostname");
  }
}
