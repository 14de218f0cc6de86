package chat.k1te.workflows.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The {@code GITHUB_TOKEN} permissions of a job; scopes not listed are {@code none}. The workflow
 * level is always {@code permissions: {}}, so every job states exactly what it needs.
 */
public record Permissions(Map<Permission, Permission.Level> scopes) {
  public static final Permissions NONE = new Permissions(Map.of());

  public Permissions {
    EnumMap<Permission, Permission.Level> copy = new EnumMap<>(Permission.class);
    copy.putAll(scopes);
    scopes = Collections.unmodifiableMap(copy);
  }

  /** {@code contents: read}: enough to check out the repository. */
  public static Permissions contentsRead() {
    return NONE.with(Permission.CONTENTS, Permission.Level.READ);
  }

  /** {@code contents: read} and {@code id-token: write}: check out and assume an AWS role. */
  public static Permissions oidc() {
    return contentsRead().with(Permission.ID_TOKEN, Permission.Level.WRITE);
  }

  public Permissions with(Permission scope, Permission.Level level) {
    EnumMap<Permission, Permission.Level> copy = new EnumMap<>(Permission.class);
    copy.putAll(scopes);
    copy.put(scope, level);
    return new Permissions(copy);
  }

  public boolean grants(Permission scope, Permission.Level level) {
    Permission.Level granted = scopes.get(scope);
    return granted == level || granted == Permission.Level.WRITE;
  }
}
