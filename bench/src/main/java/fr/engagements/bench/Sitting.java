package fr.engagements.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.CerJurySessionProcess;
import fr.engagements.cer.jury.JuryAgendaItem;
import fr.engagements.cer.jury.JuryMember;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * A sitting of the national jury through the engine's Java API, each step as its user (CER_J5), as
 * src/test/.../support/JurySitting does: the secretariat convenes, every member declares no link, the secretary opens
 * the session with every member present, each voter votes on every candidacy of the agenda, the secretary writes the
 * motivations, the president signs, and the close job takes the decisions to the candidacies. Every engine call is
 * counted by the {@link Driver} like the journeys' (task completions, jobs) and, with the session's planning, in
 * {@link #statements} / {@link #transactions} (engine calls only, not the driver's reads of the agenda): the session's cost, shared by the candidacies it decides.
 * Not thread-safe for the clock: a sitting moves the engine's clock to the session's day when it is later, so it runs
 * while no journey does.
 */
final class Sitting {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger PLANNED = new AtomicInteger();

  private final Driver driver;
  private final JurySessions sessions;
  private final CerDemoData demo;
  /** Statements and engine transactions of every session's planning and sitting. */
  final AtomicLong statements = new AtomicLong();
  final AtomicLong transactions = new AtomicLong();
  final AtomicLong sittings = new AtomicLong();
  final AtomicLong decided = new AtomicLong();

  Sitting(Driver driver, JurySessions sessions, CerDemoData demo) {
    this.driver = driver;
    this.sessions = sessions;
    this.demo = demo;
  }

  void reset() {
    statements.set(0);
    transactions.set(0);
    sittings.set(0);
    decided.set(0);
  }

  /**
   * A new session of the demo jury on this day: its process starts, and the candidacies of the campaign whose jury task
   * waits for a session of this kind go on its agenda, as will those whose task opens while it is planned.
   */
  JurySession plan(int year, JurySession.Kind kind, LocalDate day) {
    long before = Sql.myStatements();
    JurySession session = demo.planSession(year, kind, (kind == JurySession.Kind.ENTRY ? "Séance d'entrée" : "Séance des postes")
        + " bench n° " + PLANNED.incrementAndGet(), day);
    driver.plans.add(Sql.myStatements() - before);
    driver.transactions.incrementAndGet();
    statements.addAndGet(Sql.myStatements() - before);
    transactions.incrementAndGet();
    return session;
  }

  /** The campaign's sessions that have not closed end without a decision (the demo's planned ones). */
  void retire(int year) {
    sessions.retire(year);
  }

  int agendaSize(JurySession session) {
    return (int) sessions.agenda(session.getId()).stream().filter(i -> i.getStatus() == JuryAgendaItem.Status.ON_AGENDA).count();
  }

  /** Convening, declarations (no link) and the opening with every member present: the voters' castVotes tasks wait. */
  JurySession open(JurySession session) {
    long before = driver.engineStatements();
    long tx = driver.transactions.get();
    String pid = session.getProcessInstanceId();
    completeOne(pid, CerJurySessionProcess.Tasks.CONVENE_SESSION, "secretariat");
    for (Task declaration : tasks(pid, CerJurySessionProcess.Tasks.DECLARE_INTERESTS)) {
      driver.complete(declaration, declaration.getAssignee(), Groups.CER_JURY,
          Map.of(CerJurySessionProcess.CONFLICTS.name(), "[]"));
    }
    JurySession current = sessions.session(session.getId()).orElseThrow();
    List<String> present = current.getMembers().stream().map(JuryMember::getUserId).toList();
    completeOne(pid, CerJurySessionProcess.Tasks.OPEN_SESSION, current.getSecretaryId(),
        Map.of(CerJurySessionProcess.PRESENT.name(), json(present)));
    statements.addAndGet(driver.engineStatements() - before);
    transactions.addAndGet(driver.transactions.get() - tx);
    return sessions.session(session.getId()).orElseThrow();
  }

  /** The whole sitting: every voter votes this decision (ADMITTED, GRANTED…) on every candidacy of the agenda. */
  void sit(JurySession session, String decision, String motivation) {
    Date clock = ClockUtil.getCurrentTime();
    try {
      LocalDate day = session.getSessionDate();
      if (clock.toInstant().isBefore(day.atTime(LocalTime.of(9, 0)).atZone(EngineClock.ZONE).toInstant())) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 30)).atZone(EngineClock.ZONE).toInstant()));
      }
      JurySession open = open(session);
      long before = driver.engineStatements();
      long tx = driver.transactions.get();
      String pid = open.getProcessInstanceId();
      List<JuryAgendaItem> votable = sessions.votable(open);
      for (Task vote : tasks(pid, CerJurySessionProcess.Tasks.CAST_VOTES)) {
        String voter = vote.getAssignee();
        List<Map<String, String>> ballots = new ArrayList<>();
        for (JuryAgendaItem item : votable) {
          if (sessions.mayVote(open, item, voter)) {
            ballots.add(Map.of("businessKey", item.getBusinessKey(), "decision", decision, "rationale", "Avis motivé."));
          }
        }
        driver.complete(vote, voter, Groups.CER_JURY, Map.of(CerJurySessionProcess.VOTES.name(), json(ballots)));
      }
      List<Map<String, String>> motivations = new ArrayList<>();
      for (JuryAgendaItem item : sessions.agenda(open.getId())) {
        if (item.getStatus() == JuryAgendaItem.Status.ON_AGENDA && sessions.result(open, item).decision() != null) {
          motivations.add(Map.of("businessKey", item.getBusinessKey(), "motivation", motivation));
        }
      }
      completeOne(pid, CerJurySessionProcess.Tasks.DRAFT_MINUTES, open.getSecretaryId(),
          Map.of(CerJurySessionProcess.MOTIVATIONS.name(), json(motivations)));
      completeOne(pid, CerJurySessionProcess.Tasks.SIGN_MINUTES, open.getPresidentId(),
          Map.of(CerJurySessionProcess.MINUTES_APPROVED.name(), true));
      for (Job job : driver.engine.getManagementService().createJobQuery().processInstanceId(pid).executable().list()) {
        driver.executeJob(job.getId());
      }
      statements.addAndGet(driver.engineStatements() - before);
      transactions.addAndGet(driver.transactions.get() - tx);
      sittings.incrementAndGet();
      decided.addAndGet(motivations.size());
    } finally {
      ClockUtil.setCurrentTime(clock);
    }
  }

  private List<Task> tasks(String pid, String key) {
    return driver.engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).orderByTaskAssignee()
        .asc().list();
  }

  private void completeOne(String pid, String key, String user) {
    completeOne(pid, key, user, Map.of());
  }

  private void completeOne(String pid, String key, String user, Map<String, Object> variables) {
    List<Task> found = tasks(pid, key);
    if (found.size() != 1) {
      throw new IllegalStateException("Session " + pid + ": expected one task " + key + ", found " + found.size());
    }
    driver.complete(found.get(0), user, null, variables);
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
