package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.Map;

/** actions/download-artifact: one named artifact of this run into a directory. */
public record DownloadArtifact(String name, String path) {
  public UsesStep step(String stepName) {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("name", name);
    with.put("path", path);
    return UsesStep.of(stepName, ActionPins.DOWNLOAD_ARTIFACT, with);
  }
}
