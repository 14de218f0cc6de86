package chat.k1te.infra.aws;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.ITerraformIterator;
import com.hashicorp.cdktf.TerraformCount;
import com.hashicorp.cdktf.TerraformProvider;
import com.hashicorp.cdktf.TerraformProviderGeneratorMetadata;
import com.hashicorp.cdktf.TerraformResourceConfig;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import java.util.List;

/**
 * Terraform's meta-arguments of one resource or data source ({@code depends_on}, {@code count},
 * {@code for_each}, {@code lifecycle}, {@code provider}); cdktf's base class synthesizes them.
 *
 * @param count a {@link Number} or a {@link TerraformCount}, or null
 */
public record MetaArguments(
    List<? extends ITerraformDependable> dependsOn,
    Object count,
    ITerraformIterator forEach,
    TerraformResourceLifecycle lifecycle,
    TerraformProvider provider) {

  public MetaArguments {
    if (count != null && !(count instanceof Number) && !(count instanceof TerraformCount)) {
      throw new IllegalArgumentException("count must be a Number or a TerraformCount: " + count);
    }
  }

  /** The base-class config of a resource or data source of {@code type}. */
  public TerraformResourceConfig config(String type, TerraformProviderGeneratorMetadata metadata) {
    TerraformResourceConfig.Builder builder =
        TerraformResourceConfig.builder()
            .terraformResourceType(type)
            .terraformGeneratorMetadata(metadata)
            .dependsOn(dependsOn)
            .forEach(forEach)
            .lifecycle(lifecycle)
            .provider(provider);
    if (count instanceof Number number) {
      builder.count(number);
    } else if (count instanceof TerraformCount terraformCount) {
      builder.count(terraformCount);
    }
    return builder.build();
  }
}
