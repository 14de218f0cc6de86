// Generated from @cdktf/provider-aws 18.0.3 by infra-aws-gen; do not edit.
package chat.k1te.infra.aws.iam_openid_connect_provider;

import chat.k1te.infra.aws.MetaArguments;
import chat.k1te.infra.aws.TerraformStruct;
import chat.k1te.infra.aws.TerraformValues;
import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code IamOpenidConnectProviderConfig}. */
public final class IamOpenidConnectProviderConfig implements TerraformStruct {
  private final List<String> clientIdList;
  private final String id;
  private final Map<String, String> tags;
  private final Map<String, String> tagsAll;
  private final List<String> thumbprintList;
  private final String url;
  private final MetaArguments metaArguments;

  private IamOpenidConnectProviderConfig(Builder builder) {
    this.clientIdList = Objects.requireNonNull(builder.clientIdList, "clientIdList");
    this.id = builder.id;
    this.tags = builder.tags;
    this.tagsAll = builder.tagsAll;
    this.thumbprintList = Objects.requireNonNull(builder.thumbprintList, "thumbprintList");
    this.url = Objects.requireNonNull(builder.url, "url");
    this.metaArguments =
        new MetaArguments(
            builder.dependsOn, builder.count, builder.forEach, builder.lifecycle, builder.provider);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** {@code client_id_list}. */
  public List<String> getClientIdList() {
    return clientIdList;
  }

  /** {@code id}. */
  public String getId() {
    return id;
  }

  /** {@code tags}. */
  public Map<String, String> getTags() {
    return tags;
  }

  /** {@code tags_all}. */
  public Map<String, String> getTagsAll() {
    return tagsAll;
  }

  /** {@code thumbprint_list}. */
  public List<String> getThumbprintList() {
    return thumbprintList;
  }

  /** {@code url}. */
  public String getUrl() {
    return url;
  }

  public MetaArguments getMetaArguments() {
    return metaArguments;
  }

  /** The values by Terraform name, in the provider's order; null when unset. */
  Map<String, Object> values() {
    Map<String, Object> byName = new LinkedHashMap<>();
    byName.put("client_id_list", this.clientIdList);
    byName.put("id", this.id);
    byName.put("tags", this.tags);
    byName.put("tags_all", this.tagsAll);
    byName.put("thumbprint_list", this.thumbprintList);
    byName.put("url", this.url);
    return byName;
  }

  @Override
  public Map<String, Object> toTerraform() {
    return TerraformValues.object(values());
  }

  public static final class Builder {
    private List<String> clientIdList;
    private String id;
    private Map<String, String> tags;
    private Map<String, String> tagsAll;
    private List<String> thumbprintList;
    private String url;
    private List<? extends ITerraformDependable> dependsOn;
    private Object count;
    private ITerraformIterator forEach;
    private TerraformResourceLifecycle lifecycle;
    private TerraformProvider provider;

    private Builder() {}

    public Builder clientIdList(List<String> clientIdList) {
      this.clientIdList = clientIdList;
      return this;
    }

    public Builder id(String id) {
      this.id = id;
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

    public Builder thumbprintList(List<String> thumbprintList) {
      this.thumbprintList = thumbprintList;
      return this;
    }

    public Builder url(String url) {
      this.url = url;
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

    public IamOpenidConnectProviderConfig build() {
      return new IamOpenidConnectProviderConfig(this);
    }
  }
}
