package chat.k1te.serverless.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import chat.k1te.serverless.domain.Channel;
import chat.k1te.serverless.domain.Connector;
import chat.k1te.serverless.domain.KiteException;
import chat.k1te.serverless.domain.Language;
import chat.k1te.serverless.domain.Member;
import chat.k1te.serverless.support.TestEngines;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The writes that must be atomic, raced by threads on dynalite (no transactions there). */
class ConcurrencyTest {
  static final int THREADS = 8;
  static Tables tables;
  static ChannelStore channels;
  static MemberStore members;
  static ExecutorService pool;

  @BeforeAll
  static void setUp() {
    tables = Tables.of(TestEngines.newStage("race"));
    channels = new ChannelStore(TestEngines.dynamo(), tables, Clock.systemUTC());
    members = new MemberStore(TestEngines.dynamo(), tables);
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterAll
  static void tearDown() {
    pool.shutdownNow();
  }

  /** Runs the tasks at once; each result is the value or the exception message. */
  static List<String> race(List<Callable<String>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> futures = new ArrayList<>();
    for (Callable<String> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return task.call();
                } catch (KiteException e) {
                  return e.getMessage();
                }
              }));
    }
    start.countDown();
    List<String> results = new ArrayList<>();
    for (Future<String> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  @Test
  void manyHostsOneNameExactlyOneWinsAndLosersKeepNoClaim() throws Exception {
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String host = "host-a" + i;
      tasks.add(() -> channels.host("contested-name", host, Language.EN).name());
    }
    List<String> results = race(tasks);
    assertThat(results).filteredOn("CREATED"::equals).hasSize(1);
    assertThat(results).filteredOn("Channel name is already taken"::equals).hasSize(THREADS - 1);
    String winner = channels.find("contested-name").map(Channel::hostId).orElseThrow();
    for (int i = 0; i < THREADS; i++) {
      String host = "host-a" + i;
      if (!host.equals(winner)) {
        assertThat(channels.hostedBy(host)).isEmpty();
        assertThat(channels.host("own-channel-" + i, host, Language.EN))
            .isEqualTo(ChannelStore.HostOutcome.CREATED);
      }
    }
  }

  @Test
  void oneHostManyNamesExactlyOneChannel() throws Exception {
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String name = "single-host-" + i;
      tasks.add(() -> channels.host(name, "host-b", Language.EN).name() + " " + name);
    }
    List<String> results = race(tasks);
    assertThat(results).filteredOn(r -> r.startsWith("CREATED")).hasSize(1);
    assertThat(results)
        .filteredOn("You cannot host more than one channel"::equals)
        .hasSize(THREADS - 1);
    String created =
        results.stream()
            .filter(r -> r.startsWith("CREATED"))
            .findFirst()
            .orElseThrow()
            .substring(8);
    assertThat(channels.hostedBy("host-b").map(Channel::name)).contains(created);
    for (int i = 0; i < THREADS; i++) {
      String name = "single-host-" + i;
      assertThat(channels.find(name).isPresent()).isEqualTo(name.equals(created));
    }
  }

  @Test
  void aClaimLeftByACrashIsReplacedOnceStale() {
    TestEngines.dynamo()
        .putItem(
            b ->
                b.tableName(tables.channels())
                    .item(
                        Map.of(
                            "name", AttributeValue.fromS("host:host-c"),
                            "host", AttributeValue.fromS("never-created"),
                            "claimedAt",
                                AttributeValue.fromN(Long.toString(System.currentTimeMillis())))));
    assertThatThrownBy(() -> channels.host("after-crash", "host-c", Language.EN))
        .hasMessage("You cannot host more than one channel");
    ChannelStore later =
        new ChannelStore(
            TestEngines.dynamo(), tables, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)));
    assertThat(later.host("after-crash", "host-c", Language.EN))
        .isEqualTo(ChannelStore.HostOutcome.CREATED);
    assertThat(channels.hostedBy("host-c").map(Channel::name)).contains("after-crash");
    assertThat(channels.find("never-created")).isEmpty();
  }

  @Test
  void concurrentMemberUpdatesAreNotLost() throws Exception {
    Member member =
        Member.create("update-race", "m1", "Mia", false, Optional.of("h"), Connector.WS, "conn");
    assertThat(members.create(member)).isTrue();
    assertThat(members.create(member)).as("create is conditional").isFalse();
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      String recipient = "r" + i;
      tasks.add(
          () ->
              members
                  .update(member.ref(), m -> m.withPin(recipient, Optional.of("p" + recipient)))
                  .map(m -> "ok")
                  .orElse("missing"));
    }
    assertThat(race(tasks)).containsOnly("ok");
    Member stored = members.find(member.ref()).orElseThrow();
    assertThat(stored.pinnedMessages()).hasSize(THREADS);
    assertThat(stored.version()).isEqualTo(1 + THREADS);
  }

  @Test
  void anUpdateNeverResurrectsADeletedMember() {
    Member member =
        Member.create("zombie", "z1", "Zed", false, Optional.of("h"), Connector.TG, "z");
    members.create(member);
    Member stale = members.find(member.ref()).orElseThrow();
    members.delete(member.ref());
    assertThat(members.update(stale, m -> m.withPin("h", Optional.of("1")))).isEmpty();
    assertThat(members.find(member.ref())).isEmpty();
  }

  @Test
  void aRepeatedUpdateIdIsClaimedOnceUnderConcurrency() throws Exception {
    UpdateLog log = new UpdateLog(TestEngines.dynamo(), tables, Clock.systemUTC());
    String key = UpdateLog.updateKey(777);
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      tasks.add(() -> log.begin(key).getClass().getSimpleName());
    }
    List<String> outcomes = race(tasks);
    assertThat(outcomes).containsOnlyOnce("Begun");
    assertThat(outcomes).filteredOn("InProgress"::equals).hasSize(THREADS - 1);
    log.release(key);
    assertThat(log.begin(key))
        .as("released after a failure: the retry may run")
        .isInstanceOf(UpdateLog.Progress.Begun.class);
    log.delivered(key, "d1");
    log.release(key);
    assertThat(log.begin(key))
        .as("a delivered update is never released")
        .isEqualTo(new UpdateLog.Progress.Delivered("d1"));
    log.finish(key, "{\"ok\":true}");
    assertThat(log.begin(key)).isEqualTo(new UpdateLog.Progress.Done("{\"ok\":true}"));
  }

  @Test
  void aStaleClaimWithoutDeliveryIsTakenOver() {
    String key = UpdateLog.updateKey(778);
    UpdateLog now = new UpdateLog(TestEngines.dynamo(), tables, Clock.systemUTC());
    assertThat(now.begin(key)).isInstanceOf(UpdateLog.Progress.Begun.class);
    assertThat(now.begin(key)).isInstanceOf(UpdateLog.Progress.InProgress.class);
    UpdateLog later =
        new UpdateLog(
            TestEngines.dynamo(),
            tables,
            Clock.offset(Clock.systemUTC(), UpdateLog.STALE.plusSeconds(1)));
    assertThat(later.begin(key)).as("the holder died").isInstanceOf(UpdateLog.Progress.Begun.class);
  }
}
