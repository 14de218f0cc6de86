package chat.k1te.ci.drift;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The attribute paths whose values differ between {@code before} and {@code after}. A value under a
 * {@code true} of {@code before_sensitive}/{@code after_sensitive} is shown only as {@code
 * (sensitive)}; a value under {@code after_unknown} as {@code (known after apply)}.
 */
final class AttributeDiff {
  static final String SENSITIVE = "(sensitive)";
  static final String UNKNOWN = "(known after apply)";
  private static final int MAX_VALUE = 200;

  /** One changed attribute, values already rendered for display. */
  record Change(String path, String before, String after) {}

  private final List<Change> changes = new ArrayList<>();

  private AttributeDiff() {}

  static List<Change> of(ResourceChange resource) {
    AttributeDiff diff = new AttributeDiff();
    diff.walk(
        "",
        resource.before(),
        resource.after(),
        resource.afterUnknown(),
        resource.beforeSensitive(),
        resource.afterSensitive());
    return List.copyOf(diff.changes);
  }

  private void walk(
      String path,
      JsonNode before,
      JsonNode after,
      JsonNode unknown,
      JsonNode beforeSensitive,
      JsonNode afterSensitive) {
    boolean isUnknown = unknown.isBoolean() && unknown.booleanValue();
    boolean hiddenBefore = beforeSensitive.isBoolean() && beforeSensitive.booleanValue();
    boolean hiddenAfter = afterSensitive.isBoolean() && afterSensitive.booleanValue();
    if (isUnknown) {
      changes.add(new Change(label(path), shown(before, beforeSensitive), UNKNOWN));
      return;
    }
    if (hiddenBefore || hiddenAfter) {
      if (!same(before, after)) {
        changes.add(
            new Change(label(path), shown(before, beforeSensitive), shown(after, afterSensitive)));
      }
      return;
    }
    if (both(before, after, JsonNode::isObject)) {
      TreeSet<String> keys = new TreeSet<>();
      before.fieldNames().forEachRemaining(keys::add);
      after.fieldNames().forEachRemaining(keys::add);
      unknown.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        walk(
            path.isEmpty() ? key : path + "." + key,
            before.path(key),
            after.path(key),
            unknown.path(key),
            beforeSensitive.path(key),
            afterSensitive.path(key));
      }
      return;
    }
    if (both(before, after, JsonNode::isArray)) {
      int size = Math.max(before.size(), Math.max(after.size(), unknown.size()));
      for (int i = 0; i < size; i++) {
        walk(
            path + "[" + i + "]",
            before.path(i),
            after.path(i),
            unknown.path(i),
            beforeSensitive.path(i),
            afterSensitive.path(i));
      }
      return;
    }
    if (!same(before, after)) {
      changes.add(
          new Change(label(path), shown(before, beforeSensitive), shown(after, afterSensitive)));
    }
  }

  /**
   * A value rendered whole, or {@code (sensitive)} when any part of it is: an object that becomes
   * unknown or changes type may carry sensitive leaves its marker only names deeper down.
   */
  private static String shown(JsonNode value, JsonNode sensitive) {
    return anySensitive(sensitive) ? SENSITIVE : render(value);
  }

  private static boolean anySensitive(JsonNode marker) {
    if (marker.isBoolean()) {
      return marker.booleanValue();
    }
    for (JsonNode child : marker) {
      if (anySensitive(child)) {
        return true;
      }
    }
    return false;
  }

  /** Both sides are of the kind (or absent) and at least one is: walk into them. */
  private static boolean both(JsonNode before, JsonNode after, Predicate<JsonNode> kind) {
    return (kind.test(before) || absent(before))
        && (kind.test(after) || absent(after))
        && (kind.test(before) || kind.test(after));
  }

  private static boolean absent(JsonNode node) {
    return node.isMissingNode() || node.isNull();
  }

  private static boolean same(JsonNode before, JsonNode after) {
    return absent(before) && absent(after) || before.equals(after);
  }

  private static String label(String path) {
    return path.isEmpty() ? "(whole value)" : path;
  }

  static String render(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "null";
    }
    String text = value.toString();
    return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE) + "…" : text;
  }
}
