package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * actions/checkout. {@code persist-credentials} is always {@code false}: no later step (or action)
 * can reuse the job token from {@code .git/config}.
 */
public record Checkout(Optional<String> ref, Optional<Integer> fetchDepth) {
  public static Checkout head() {
    return new Checkout(Optional.empty(), Optional.empty());
  }

  public UsesStep step() {
    Map<String, String> with = new LinkedHashMap<>();
    ref.ifPresent(r -> with.put("ref", r));
    fetchDepth.ifPresent(d -> with.put("fetch-depth", Integer.toString(d)));
    with.put("persist-credentials", "false");
    return UsesStep.of("Check out the repository", ActionPins.CHECKOUT, with);
  }
}
