package chat.k1te.serverless.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void buildsOnFirstUseOnly() {
    AtomicInteger builds = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> "client-" + builds.incrementAndGet());
    assertThat(lazy.isBuilt()).isFalse();
    assertThat(builds).hasValue(0);
    assertThat(lazy.get()).isEqualTo("client-1");
    assertThat(lazy.get()).isEqualTo("client-1");
    assertThat(lazy.isBuilt()).isTrue();
    assertThat(builds).hasValue(1);
  }

  @Test
  void concurrentFirstCallsBuildOnce() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    Lazy<Integer> lazy = Lazy.of(builds::incrementAndGet);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(
            pool.submit(
                () -> {
                  start.await();
                  return lazy.get();
                }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(builds).hasValue(1);
  }

  @Test
  void aFailedBuildIsTriedAgainOnTheNextCall() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy =
        Lazy.of(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("Telegram unreachable");
              }
              return "kite_bot";
            });
    assertThatThrownBy(lazy::get).hasMessage("Telegram unreachable");
    assertThat(lazy.isBuilt()).isFalse();
    assertThat(lazy.get()).isEqualTo("kite_bot");
  }
}
