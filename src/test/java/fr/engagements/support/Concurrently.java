package fr.engagements.support;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs calls on as many threads, released together by a start gate, and keeps each outcome: a concurrency test
 * counts what succeeded, proves that the calls were in flight together, and fails on any failure other than a
 * lost optimistic-lock race (which the job executor retries; anything else would be a real failure swallowed).
 */
public final class Concurrently {

  /** What one call gave: its value, or what it threw. */
  public record Outcome<T>(T value, Throwable failure) {

    public boolean succeeded() {
      return failure == null;
    }

    /** A lost race: the engine's (or JPA's) optimistic-lock failure, anywhere in the cause chain. */
    public boolean lostRace() {
      for (Throwable t = failure; t != null; t = t.getCause()) {
        if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException) {
          return true;
        }
      }
      return false;
    }
  }

  /** The outcomes, in the order of the calls, and the most calls seen running at the same time. */
  public record Run<T>(List<Outcome<T>> outcomes, int maxInFlight, int released) {

    public List<T> values() {
      return outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
    }

    public long successes() {
      return outcomes.stream().filter(Outcome::succeeded).count();
    }

    public long lostRaces() {
      return outcomes.stream().filter(Outcome::lostRace).count();
    }

    /** Every call either succeeded or lost an optimistic-lock race; the others' stack traces are in the message. */
    public Run<T> assertOnlyLostRacesFailed() {
      List<Throwable> others = outcomes.stream().filter(o -> !o.succeeded() && !o.lostRace()).map(Outcome::failure).toList();
      if (!others.isEmpty()) {
        AssertionError error = new AssertionError(others.size() + " of " + outcomes.size()
            + " concurrent calls failed for another reason than a lost optimistic-lock race: " + others);
        others.forEach(error::addSuppressed);
        throw error;
      }
      return this;
    }

    /** All the calls were released together and at least two of them were running at the same moment. */
    public Run<T> assertRanTogether() {
      assertThat(released).as("threads released together by the start gate").isEqualTo(outcomes.size());
      assertThat(maxInFlight).as("calls running at the same moment").isGreaterThanOrEqualTo(2);
      return this;
    }
  }

  private Concurrently() {
  }

  public static <T> Run<T> run(List<Callable<T>> calls) throws InterruptedException {
    int n = calls.size();
    CyclicBarrier gate = new CyclicBarrier(n);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    AtomicInteger released = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(pool.submit(() -> {
          gate.await(60, SECONDS);
          released.incrementAndGet();
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            return call.call();
          } finally {
            inFlight.decrementAndGet();
          }
        }));
      }
      List<Outcome<T>> outcomes = new ArrayList<>();
      for (Future<T> f : futures) {
        try {
          outcomes.add(new Outcome<>(f.get(3, java.util.concurrent.TimeUnit.MINUTES), null));
        } catch (java.util.concurrent.ExecutionException e) {
          outcomes.add(new Outcome<>(null, e.getCause()));
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("A concurrent call did not end within 3 minutes", e);
        }
      }
      return new Run<>(outcomes, maxInFlight.get(), released.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
