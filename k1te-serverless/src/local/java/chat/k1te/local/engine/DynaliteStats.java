package chat.k1te.local.engine;

import chat.k1te.local.Json;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dynalite process reports about itself (cumulative since it started): requests served in
 * total and per DynamoDB operation, TCP connections accepted, the requests' summed time inside the
 * engine (parsed request → response end, so it includes waiting behind other requests on its one
 * event loop), its CPU time, and how long its event loop was busy and idle. {@link #minus} gives
 * the figures of an interval.
 */
public record DynaliteStats(
    long requests,
    long connections,
    Map<String, Long> operations,
    long residenceMicros,
    long cpuMicros,
    double loopActiveMillis,
    double loopIdleMillis) {

  public DynaliteStats {
    operations = Map.copyOf(operations);
  }

  static DynaliteStats parse(String line) {
    Map<String, Object> json = Json.readObject(line);
    Map<String, Long> operations = new TreeMap<>();
    ((Map<?, ?>) json.get("operations"))
        .forEach((k, v) -> operations.put((String) k, ((Number) v).longValue()));
    return new DynaliteStats(
        number(json, "requests").longValue(),
        number(json, "connections").longValue(),
        operations,
        number(json, "residenceMicros").longValue(),
        number(json, "cpuMicros").longValue(),
        number(json, "loopActiveMillis").doubleValue(),
        number(json, "loopIdleMillis").doubleValue());
  }

  private static Number number(Map<String, Object> json, String field) {
    if (!(json.get(field) instanceof Number n)) {
      throw new IllegalStateException("dynalite stats without " + field + ": " + json);
    }
    return n;
  }

  /** The figures of the interval from {@code earlier} to this reading. */
  public DynaliteStats minus(DynaliteStats earlier) {
    Map<String, Long> ops = new TreeMap<>(operations);
    earlier.operations.forEach((k, v) -> ops.merge(k, -v, Long::sum));
    ops.values().removeIf(v -> v == 0);
    return new DynaliteStats(
        requests - earlier.requests,
        connections - earlier.connections,
        ops,
        residenceMicros - earlier.residenceMicros,
        cpuMicros - earlier.cpuMicros,
        loopActiveMillis - earlier.loopActiveMillis,
        loopIdleMillis - earlier.loopIdleMillis);
  }

  /** Share of the interval the event loop was busy (1.0 = saturated single thread). */
  public double loopUtilisation() {
    double total = loopActiveMillis + loopIdleMillis;
    return total <= 0 ? 0 : loopActiveMillis / total;
  }
}
