package chat.k1te.infra.iam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One API call as IAM sees it: action, resource ARN and request context keys. */
public record IamRequest(String action, String resource, Map<String, List<String>> context) {
  public IamRequest {
    context = Map.copyOf(context);
  }

  public static IamRequest of(String action, String resource) {
    return new IamRequest(action, resource, Map.of());
  }

  public IamRequest with(String key, String... values) {
    Map<String, List<String>> more = new LinkedHashMap<>(context);
    more.put(key, List.of(values));
    return new IamRequest(action, resource, more);
  }

  @Override
  public String toString() {
    return action + " on " + resource + (context.isEmpty() ? "" : " " + context);
  }
}
