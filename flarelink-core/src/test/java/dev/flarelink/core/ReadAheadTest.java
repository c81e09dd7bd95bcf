package dev.flarelink.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flarelink.core.scan.ReadAhead;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Reading one item ahead: in order, one read at a time, never more than one ahead. */
class ReadAheadTest {

  @Test
  void readsEveryItemInOrder_oneAtATime_andOnlyOneAhead() throws Exception {
    var reading = new AtomicInteger();
    var mostAtOnce = new AtomicInteger();
    var started = Collections.synchronizedList(new ArrayList<Integer>());
    var starts = new Semaphore(0);
    var items = List.of(1, 2, 3, 4, 5);
    try (var ahead =
        ReadAhead.of(
            items,
            item -> {
              mostAtOnce.accumulateAndGet(reading.incrementAndGet(), Math::max);
              started.add(item);
              reading.decrementAndGet();
              starts.release();
              return item * 10;
            },
            "test-read")) {
      var results = new ArrayList<Integer>();
      var seen = 0;
      for (int i = 0; i < items.size(); i++) {
        results.add(ahead.next());
        // The caller is "saving" item i: item i + 1 is read meanwhile, item i + 2 not yet.
        var expected = Math.min(i + 2, items.size());
        assertThat(starts.tryAcquire(expected - seen, 10, TimeUnit.SECONDS)).isTrue();
        seen = expected;
        assertThat(started).hasSize(expected);
      }
      assertThat(results).containsExactly(10, 20, 30, 40, 50);
      assertThat(started).containsExactly(1, 2, 3, 4, 5);
      assertThat(mostAtOnce.get()).isEqualTo(1);
      assertThat(ahead.hasNext()).isFalse();
    }
  }

  @Test
  void aReadsFailure_isThrownToTheCaller_asItWasThrown() {
    try (var ahead =
        ReadAhead.<Integer, Integer>of(
            List.of(1, 2),
            item -> {
              if (item == 2) {
                throw new IllegalArgumentException("item 2 is bad");
              }
              return item;
            },
            "test-read")) {
      assertThat(ahead.next()).isEqualTo(1);
      assertThatThrownBy(ahead::next)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("item 2 is bad");
    }
  }

  @Test
  void interruptingTheCaller_interruptsTheReadInFlight_andKeepsTheInterrupt() throws Exception {
    var inRead = new CountDownLatch(1);
    var readWasInterrupted = new CountDownLatch(1);
    var callerInterrupted = new AtomicReference<Boolean>();
    var thrown = new AtomicReference<Throwable>();
    var caller =
        new Thread(
            () -> {
              try (var ahead =
                  ReadAhead.<Integer, Integer>of(
                      List.of(1),
                      item -> {
                        inRead.countDown();
                        try {
                          new CountDownLatch(1).await();
                          return item;
                        } catch (InterruptedException e) {
                          readWasInterrupted.countDown();
                          throw new IllegalStateException("the read was interrupted");
                        }
                      },
                      "test-read")) {
                ahead.next();
              } catch (RuntimeException e) {
                thrown.set(e);
              }
              callerInterrupted.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    assertThat(inRead.await(10, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    caller.join(10_000);
    assertThat(readWasInterrupted.getCount()).isZero();
    assertThat(thrown.get()).hasMessage("the read was interrupted");
    assertThat(callerInterrupted.get()).isTrue();
  }
}
