package chat.k1te.serverless.config;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use and kept; a build that throws is retried on the next call. Safe to
 * share between threads (the local runtime runs handlers concurrently; Lambda runs one at a time).
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> source;
  private volatile T value;

  private Lazy(Supplier<T> source) {
    this.source = Objects.requireNonNull(source, "source");
  }

  public static <T> Lazy<T> of(Supplier<T> source) {
    return new Lazy<>(source);
  }

  @Override
  public T get() {
    T known = value;
    if (known == null) {
      synchronized (this) {
        known = value;
        if (known == null) {
          known = Objects.requireNonNull(source.get(), "a lazy value cannot be null");
          value = known;
        }
      }
    }
    return known;
  }

  /** True once built; does not build. */
  public boolean isBuilt() {
    return value != null;
  }
}
