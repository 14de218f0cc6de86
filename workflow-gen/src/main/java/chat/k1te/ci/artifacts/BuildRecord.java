package chat.k1te.ci.artifacts;

import chat.k1te.ci.CiException;
import chat.k1te.ci.StrictJson;
import chat.k1te.contracts.Artifacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the build of one commit produced: per package key, the S3 version id and the base64 SHA-256
 * of that version's bytes. Written once to {@link Artifacts#buildRecordKey} by {@code codebuild
 * run} (build role, main only); deploys pin exactly these versions.
 */
public record BuildRecord(String commit, String buildId, Map<String, Pinned> packages) {
  static final int MAX_CHARS = 64 * 1024;
  private static final Pattern SHA256_BASE64 = Pattern.compile("[A-Za-z0-9+/]{43}=");
  private static final Pattern VERSION_ID = Pattern.compile("[A-Za-z0-9._-]{1,1024}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One object version and the hash of its bytes. */
  public record Pinned(String versionId, String sha256) {
    public Pinned {
      if (versionId == null || !VERSION_ID.matcher(versionId).matches()) {
        throw new IllegalArgumentException(
            "not an S3 version id: '" + versionId + "' (is the bucket versioned?)");
      }
      if (sha256 == null || !SHA256_BASE64.matcher(sha256).matches()) {
        throw new IllegalArgumentException("not a base64 SHA-256: '" + sha256 + "'");
      }
    }
  }

  public BuildRecord {
    Artifacts.requireSha(commit);
    Objects.requireNonNull(buildId, "buildId");
    packages = Map.copyOf(packages);
    if (packages.isEmpty()) {
      throw new IllegalArgumentException("a build record names at least one package");
    }
  }

  public Pinned pinned(String key) {
    Pinned pinned = packages.get(key);
    if (pinned == null) {
      throw CiException.remoteState(
          "the build record of "
              + commit
              + " names no package "
              + key
              + " (it has "
              + packages.keySet()
              + ")");
    }
    return pinned;
  }

  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("commit", commit);
    root.put("buildId", buildId);
    ObjectNode objects = root.putObject("packages");
    new TreeMap<>(packages)
        .forEach(
            (key, p) ->
                objects.putObject(key).put("versionId", p.versionId()).put("sha256", p.sha256()));
    return root.toPrettyString() + "\n";
  }

  /** Reads a record strictly; {@code source} names it in errors. */
  public static BuildRecord parse(String source, String text) {
    JsonNode root = StrictJson.parse(source, text, MAX_CHARS);
    try {
      Map<String, Pinned> packages = new TreeMap<>();
      root.path("packages")
          .fields()
          .forEachRemaining(
              e ->
                  packages.put(
                      e.getKey(),
                      new Pinned(
                          e.getValue().path("versionId").asText(null),
                          e.getValue().path("sha256").asText(null))));
      return new BuildRecord(
          root.path("commit").asText(null), root.path("buildId").asText(""), packages);
    } catch (IllegalArgumentException e) {
      throw CiException.remoteState(source + " is not a build record: " + e.getMessage());
    }
  }
}
