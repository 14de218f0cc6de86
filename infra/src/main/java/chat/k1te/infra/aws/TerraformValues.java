package chat.k1te.infra.aws;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the generated bindings turn Java values into Terraform JSON values: what cdktf's {@code
 * *ToTerraform} helpers of a generated provider do. Strings (tokens included), numbers, booleans,
 * maps and {@code IResolvable}s pass through unchanged, blocks become objects, lists are mapped
 * element by element, and unset (null) values are left out.
 */
public final class TerraformValues {
  private TerraformValues() {}

  /** A Terraform object of {@code values} (insertion order kept), nulls left out. */
  public static Map<String, Object> object(Map<String, Object> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    values.forEach((key, value) -> put(out, key, value));
    return out;
  }

  /** Puts {@code value}, converted, under {@code key} unless it is null. */
  public static void put(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, toTerraform(value));
    }
  }

  static Object toTerraform(Object value) {
    if (value instanceof TerraformStruct struct) {
      return struct.toTerraform();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object element : list) {
        out.add(toTerraform(element));
      }
      return out;
    }
    return value;
  }
}
