package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** actions/setup-node: a Node.js version, optionally with the npm cache keyed by a lock file. */
public record SetupNode(String nodeVersion, Optional<String> cacheDependencyPath) {
  public static SetupNode version(String nodeVersion) {
    return new SetupNode(nodeVersion, Optional.empty());
  }

  public UsesStep step() {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("node-version", nodeVersion);
    cacheDependencyPath.ifPresent(
        p -> {
          with.put("cache", "npm");
          with.put("cache-dependency-path", p);
        });
    return UsesStep.of("Set up Node.js " + nodeVersion, ActionPins.SETUP_NODE, with);
  }
}
