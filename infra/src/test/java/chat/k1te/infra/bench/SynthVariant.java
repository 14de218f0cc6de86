package chat.k1te.infra.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one synth run is started: JVM options, the environment jsii's Node.js sees and, for the
 * variant {@code before}, another build's class path (null: the one under test).
 */
record SynthVariant(
    String name,
    String description,
    List<String> jvmOptions,
    Map<String, String> environment,
    String classpath) {

  SynthVariant(
      String name, String description, List<String> jvmOptions, Map<String, String> environment) {
    this(name, description, jvmOptions, environment, null);
  }

  /** The system's Node.js and default JVM on an earlier build's class path. */
  static SynthVariant before(String systemNode, String classpath) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "1");
    env.put("JSII_NODE", systemNode);
    return new SynthVariant(
        "before", "earlier build (--before-classpath), system Node.js", List.of(), env, classpath);
  }

  static SynthVariant named(String name, String systemNode, Path toolsNode, Path compileCache) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "1");
    return switch (name) {
      case "baseline" -> {
        env.put("JSII_NODE", systemNode);
        yield new SynthVariant(name, "system Node.js, default JVM", List.of(), env);
      }
      case "node24" -> {
        env.put("JSII_NODE", toolsNode.toString());
        yield new SynthVariant(name, "Node.js 24 from tools/", List.of(), env);
      }
      case "node24-cache" -> {
        env.put("JSII_NODE", toolsNode.toString());
        env.put("NODE_COMPILE_CACHE", compileCache.toString());
        yield new SynthVariant(name, "Node.js 24 + NODE_COMPILE_CACHE", List.of(), env);
      }
      case "tuned" -> {
        env.put("JSII_NODE", toolsNode.toString());
        env.put("NODE_COMPILE_CACHE", compileCache.toString());
        yield new SynthVariant(
            name,
            "Node.js 24 + compile cache, JVM SerialGC + C1",
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
            env);
      }
      case "node24-semi" -> {
        env.put("JSII_NODE", toolsNode.toString());
        env.put("NODE_COMPILE_CACHE", compileCache.toString());
        env.put("NODE_OPTIONS", "--max-semi-space-size=1");
        yield new SynthVariant(
            name, "Node.js 24 + compile cache, 1 MiB semi-spaces", List.of(), env);
      }
      case "node24-jitless" -> {
        env.put("JSII_NODE", toolsNode.toString());
        env.put("NODE_OPTIONS", "--jitless");
        yield new SynthVariant(name, "Node.js 24, --jitless", List.of(), env);
      }
      default -> throw new IllegalArgumentException("unknown variant " + name);
    };
  }
}
