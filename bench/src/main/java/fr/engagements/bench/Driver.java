package fr.engagements.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import fr.engagements.config.EngineClock;
import fr.engagements.notification.MailOutboxWorker;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * Drives cases through the engine's Java API as users and the job executor would: every call that changes
 * something is one engine transaction (counted), and the SQL it costs is counted per kind of call.
 */
public final class Driver {

  /** A minimal but well-formed one-page PDF (the tests' document). */
  static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
      + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
      + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
      + "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n0000000101 00000 n \n"
      + "trailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

  final ProcessEngine engine;
  /** Engine transactions that changed something: starts, task completions, job executions, correlations. */
  final AtomicLong transactions = new AtomicLong();
  final Stat starts = new Stat();
  final Stat completions = new Stat();
  final Stat jobs = new Stat();
  /** Jury sessions planned (each starts its session process). */
  final Stat plans = new Stat();
  /**
   * The outbox's sends of the cases' e-mails (issue 17: a row each, sent by the worker; before, a {@code notification}
   * instance and a job each): statements, and mails sent (calls). Their statements count in the case's.
   */
  final Stat mails = new Stat();
  /** Transactions of the outbox's sends: each claim's transaction and each mail's auto-committed SENT update. */
  final AtomicLong mailTransactions = new AtomicLong();
  /** The application's outbox worker (set once the context runs). */
  volatile MailOutboxWorker mailWorker;
  /** Whether a case's steps also send the e-mails they queued (off while bulk-loading open cases: they stay queued). */
  volatile boolean sendMails = true;

  Driver(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Statements and calls of one kind of engine call. */
  static final class Stat {
    final AtomicLong calls = new AtomicLong();
    final AtomicLong statements = new AtomicLong();

    void add(long statements) {
      calls.incrementAndGet();
      this.statements.addAndGet(statements);
    }

    double perCall() {
      return calls.get() == 0 ? 0 : (double) statements.get() / calls.get();
    }

    void reset() {
      calls.set(0);
      statements.set(0);
    }
  }

  /** Statements of every counted engine call so far (all threads). */
  long engineStatements() {
    return starts.statements.get() + completions.statements.get() + jobs.statements.get() + plans.statements.get()
        + mails.statements.get();
  }

  void resetStats() {
    starts.reset();
    completions.reset();
    jobs.reset();
    plans.reset();
    mails.reset();
    mailTransactions.set(0);
  }

  static FileValue pdf(String name) {
    return Variables.fileValue(name + ".pdf").file(PDF).mimeType("application/pdf").create();
  }

  static void setToday(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(EngineClock.ZONE).toInstant()));
  }

  ProcessInstance start(String key, Map<String, Object> variables) {
    long before = Sql.myStatements();
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(key, variables);
    starts.add(Sql.myStatements() - before);
    transactions.incrementAndGet();
    return pi;
  }

  /**
   * The user completes the case's task of this key, as Tasklist would after opening it: authenticated with their
   * groups in the identity service (institution groups such as {@code deans.AMIENS} included, as a login gives them)
   * and this one.
   */
  void complete(String userId, String group, String processInstanceId, String taskKey, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in " + processInstanceId);
    }
    complete(task, userId, group, variables);
  }

  /** The user completes this task (see above). */
  void complete(Task task, String userId, String group, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(userId, groupsOf(userId, group));
    try {
      long before = Sql.myStatements();
      engine.getTaskService().complete(task.getId(), variables);
      completions.add(Sql.myStatements() - before);
      transactions.incrementAndGet();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

  /** The user's groups in the identity service, and this one (cached: a driver's lookup, not a user's step). */
  List<String> groupsOf(String userId, String group) {
    List<String> known = groups.computeIfAbsent(userId, id -> engine.getIdentityService().createGroupQuery().groupMember(id)
        .listPage(0, 500).stream().map(Group::getId).toList());
    if (group == null || known.contains(group)) {
      return known;
    }
    List<String> all = new ArrayList<>(known);
    all.add(group);
    return all;
  }

  /**
   * Fires the case's timer waiting at this activity now, as the job executor would on its due date (the benchmark
   * does not move the clock for one case while other threads run: the statements are the same).
   */
  void fire(String processInstanceId, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).activityId(activityId)
        .singleResult();
    if (timer == null) {
      throw new IllegalStateException("No timer " + activityId + " in " + processInstanceId);
    }
    executeJob(timer.getId());
  }

  void executeJob(String jobId) {
    long before = Sql.myStatements();
    engine.getManagementService().executeJob(jobId);
    jobs.add(Sql.myStatements() - before);
    transactions.incrementAndGet();
  }

  /**
   * Runs the due jobs of these instances, and sends the e-mails their steps queued (the outbox's rows of the same
   * business key, as the worker's next poll would), until none is due.
   */
  void runCaseJobs(String businessKey, String... processInstanceIds) {
    for (int guard = 0; guard < 500; guard++) {
      if (businessKey != null && sendMails) {
        sendMails(businessKey);
      }
      Job due = null;
      for (String id : processInstanceIds) {
        List<Job> list = engine.getManagementService().createJobQuery().processInstanceId(id).executable().listPage(0, 1);
        if (!list.isEmpty()) {
          due = list.get(0);
          break;
        }
      }
      if (due == null) {
        return;
      }
      executeJob(due.getId());
    }
    throw new IllegalStateException("Jobs keep coming in " + businessKey);
  }

  /** The outbox worker sends the queued e-mails of one case (all when {@code businessKey} is null), counted. */
  int sendMails(String businessKey) {
    long before = Sql.myStatements();
    long commits = Sql.myCommits();
    int sent = businessKey == null ? mailWorker.sendDue() : mailWorker.sendCase(businessKey);
    long statements = Sql.myStatements() - before;
    // a poll that finds nothing is the worker's fixed cost per interval, not a case's: not counted
    if (sent > 0) {
      mails.statements.addAndGet(statements);
      mails.calls.addAndGet(sent);
      mailTransactions.addAndGet(Sql.myCommits() - commits + sent);
    }
    return sent;
  }

  /**
   * Executes every due job of the engine on {@code threads} threads, as the job executor would (jobs of one
   * process instance on one thread: they are exclusive), until none is due. Returns the jobs executed.
   */
  long drainJobs(int threads) {
    long executed = 0;
    for (int round = 0; round < 10_000; round++) {
      if (sendMails) {
        sendMails(null); // the outbox worker's poll, as in production alongside the job executor
      }
      List<Job> due = engine.getManagementService().createJobQuery().executable().listPage(0, 5_000);
      if (due.isEmpty()) {
        if (sendMails) {
          sendMails(null);
        }
        return executed;
      }
      List<List<String>> perThread = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        perThread.add(new ArrayList<>());
      }
      for (Job job : due) {
        perThread.get(Math.floorMod(String.valueOf(job.getProcessInstanceId()).hashCode(), threads)).add(job.getId());
      }
      AtomicLong done = new AtomicLong();
      parallel(perThread, threads, ids -> {
        for (String id : ids) {
          try {
            executeJob(id);
            done.incrementAndGet();
          } catch (OptimisticLockingException retriedNextRound) {
            // another thread changed the same instance: the job is still there
          } catch (RuntimeException failed) {
            // a failing job keeps its retries and incident as the job executor would leave them
          }
        }
      });
      executed += done.get();
      if (done.get() == 0) {
        return executed;
      }
    }
    return executed;
  }

  /** Runs the step for each item on a pool of {@code threads} threads; rethrows the first failure. */
  static <T> void parallel(List<T> items, int threads, Consumer<T> step) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> step.accept(item)));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Splits the items round-robin into {@code parts} lists. */
  static <T> List<List<T>> split(List<T> items, int parts) {
    List<List<T>> lists = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      lists.add(new ArrayList<>());
    }
    for (int i = 0; i < items.size(); i++) {
      lists.get(i % parts).add(items.get(i));
    }
    return lists;
  }
}
