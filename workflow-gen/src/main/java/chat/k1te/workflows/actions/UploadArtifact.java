package chat.k1te.workflows.actions;

import chat.k1te.workflows.model.UsesStep;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** actions/upload-artifact: files of a run kept for download from the run page. */
public record UploadArtifact(
    String name, List<String> paths, String ifNoFilesFound, int retentionDays) {
  public UploadArtifact {
    paths = List.copyOf(paths);
    if (!List.of("warn", "error", "ignore").contains(ifNoFilesFound)) {
      throw new IllegalArgumentException(
          "if-no-files-found must be warn|error|ignore, got '" + ifNoFilesFound + "'");
    }
    if (retentionDays < 1 || retentionDays > 90) {
      throw new IllegalArgumentException("retention-days must be 1..90, got " + retentionDays);
    }
  }

  public UsesStep step(String stepName) {
    Map<String, String> with = new LinkedHashMap<>();
    with.put("name", name);
    with.put("path", String.join("\n", paths));
    with.put("if-no-files-found", ifNoFilesFound);
    with.put("retention-days", Integer.toString(retentionDays));
    return UsesStep.of(stepName, ActionPins.UPLOAD_ARTIFACT, with);
  }
}
