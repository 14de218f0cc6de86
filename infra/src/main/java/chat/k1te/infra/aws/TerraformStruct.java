package chat.k1te.infra.aws;

import java.util.Map;

/** A nested block or config of a generated binding, as the Terraform JSON object it becomes. */
public interface TerraformStruct {
  /** Snake-case keys in the provider's order; unset values left out. */
  Map<String, Object> toTerraform();
}
