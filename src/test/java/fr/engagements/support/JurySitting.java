package fr.engagements.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.jury.CerJurySessionProcess;
import fr.engagements.cer.jury.JuryAgendaItem;
import fr.engagements.cer.jury.JuryMember;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.jury.JurySessions;
import fr.engagements.config.EngineClock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

/**
 * A whole sitting of the national jury through the engine's Java API, each step as its user (CER_J5): the secretariat
 * convenes, every member declares (no link unless told otherwise), the secretary opens the session on its day with the
 * members present, each voter votes, the secretary writes the motivations, the president signs, and the decisions reach
 * the candidacies. The engine's clock is moved to the session's day for the sitting and put back after it.
 */
public final class JurySitting {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.concurrent.atomic.AtomicInteger PLANNED = new java.util.concurrent.atomic.AtomicInteger();

  private final ProcessEngine engine;
  private final JurySessions sessions;
  private final CerDemoData demo;
  private final Map<String, Map<String, String>> links = new HashMap<>();
  private Set<String> absent = Set.of();
  private Function<String, String> decisions = key -> null;
  private final Map<String, Map<String, String>> individualVotes = new HashMap<>();
  private String motivation = "Parcours de recherche solide et projet motivé, selon la majorité du jury.";

  public JurySitting(ProcessEngine engine, JurySessions sessions, CerDemoData demo) {
    this.engine = engine;
    this.sessions = sessions;
    this.demo = demo;
  }

  /** The member declares a link (e.g. {@code SAME_LAB}) with the candidate of this case. */
  public JurySitting link(String member, String businessKey, String conflictKind) {
    links.computeIfAbsent(member, m -> new LinkedHashMap<>()).put(businessKey, conflictKind);
    return this;
  }

  public JurySitting absent(String... members) {
    this.absent = Set.of(members);
    return this;
  }

  /** What every voter votes for each case (e.g. ADMITTED), unless {@link #vote} says otherwise for a member. */
  public JurySitting decide(Function<String, String> decisionByBusinessKey) {
    this.decisions = decisionByBusinessKey;
    return this;
  }

  /** The motivation the secretary writes for every decision of the minutes. */
  public JurySitting motivation(String motivation) {
    this.motivation = motivation;
    return this;
  }

  /** One member's vote on one case. */
  public JurySitting vote(String member, String businessKey, String decision) {
    individualVotes.computeIfAbsent(member, m -> new HashMap<>()).put(businessKey, decision);
    return this;
  }

  /** The session the candidacy's jury task is on, planning one for today when there is none. */
  public JurySession sessionOf(String processInstanceId, String taskKey, int campaignYear) {
    Optional<JuryAgendaItem> item = sessions.openItem(processInstanceId, taskKey);
    if (item.isEmpty()) {
      LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), EngineClock.ZONE);
      JurySession.Kind kind = "decidePost".equals(taskKey) ? JurySession.Kind.POST : JurySession.Kind.ENTRY;
      demo.planSession(campaignYear, kind, "Séance du " + today + " (n° " + PLANNED.incrementAndGet() + ")", today);
      item = sessions.openItem(processInstanceId, taskKey);
    }
    return sessions.session(item.orElseThrow(() -> new AssertionError("Candidacy " + processInstanceId + " is on no agenda"))
        .getSessionId()).orElseThrow();
  }

  /** Runs the session to its end: convening (if not done), declarations, sitting, votes, minutes, signature. */
  public void sit(JurySession session) {
    Date before = ClockUtil.getCurrentTime();
    try {
      String pid = session.getProcessInstanceId();
      complete(pid, CerJurySessionProcess.Tasks.CONVENE_SESSION, "secretariat", Map.of());
      for (Task declaration : tasks(pid, CerJurySessionProcess.Tasks.DECLARE_INTERESTS)) {
        Map<String, String> mine = links.getOrDefault(declaration.getAssignee(), Map.of());
        List<Map<String, String>> conflicts = new ArrayList<>();
        mine.forEach((key, kind) -> conflicts.add(Map.of("businessKey", key, "conflictKind", kind, "details", "Déclaré en test.")));
        completeTask(declaration, declaration.getAssignee(), Map.of(CerJurySessionProcess.CONFLICTS.name(), json(conflicts)));
      }
      LocalDate day = sessions.session(session.getId()).orElseThrow().getSessionDate();
      if (before.toInstant().isBefore(day.atTime(LocalTime.of(9, 0)).atZone(EngineClock.ZONE).toInstant())) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 30)).atZone(EngineClock.ZONE).toInstant()));
      }
      JurySession current = sessions.session(session.getId()).orElseThrow();
      List<String> present = current.getMembers().stream().map(JuryMember::getUserId).filter(m -> !absent.contains(m)).toList();
      complete(pid, CerJurySessionProcess.Tasks.OPEN_SESSION, current.getSecretaryId(),
          Map.of(CerJurySessionProcess.PRESENT.name(), json(present)));
      JurySession open = sessions.session(session.getId()).orElseThrow();
      for (Task vote : tasks(pid, CerJurySessionProcess.Tasks.CAST_VOTES)) {
        String voter = vote.getAssignee();
        List<Map<String, String>> ballots = new ArrayList<>();
        for (JuryAgendaItem item : sessions.votable(open)) {
          if (sessions.mayVote(open, item, voter)) {
            // an appeal on the agenda is named by the appeal's key (itemKey), a candidacy by its own
            String decision = individualVotes.getOrDefault(voter, Map.of()).get(item.itemKey());
            if (decision == null) {
              decision = decisions.apply(item.itemKey());
            }
            ballots.add(Map.of("businessKey", item.itemKey(), "decision", decision,
                "rationale", "Vote motivé de " + voter + " sur le dossier."));
          }
        }
        completeTask(vote, voter, Map.of(CerJurySessionProcess.VOTES.name(), json(ballots)));
      }
      List<Map<String, String>> motivations = new ArrayList<>();
      for (JuryAgendaItem item : sessions.agenda(session.getId())) {
        if (item.getStatus() == JuryAgendaItem.Status.ON_AGENDA && sessions.result(open, item).decision() != null) {
          motivations.add(Map.of("businessKey", item.itemKey(),
              "motivation", motivation));
        }
      }
      complete(pid, CerJurySessionProcess.Tasks.DRAFT_MINUTES, current.getSecretaryId(),
          Map.of(CerJurySessionProcess.MOTIVATIONS.name(), json(motivations)));
      complete(pid, CerJurySessionProcess.Tasks.SIGN_MINUTES, current.getPresidentId(),
          Map.of(CerJurySessionProcess.MINUTES_APPROVED.name(), true));
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pid).executable().list()) {
        engine.getManagementService().executeJob(job.getId());
      }
    } finally {
      ClockUtil.setCurrentTime(before);
    }
  }

  private List<Task> tasks(String pid, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key).orderByTaskAssignee().asc()
        .list();
  }

  private void complete(String pid, String key, String user, Map<String, Object> variables) {
    List<Task> found = tasks(pid, key);
    if (found.size() != 1) {
      throw new AssertionError("Session " + pid + ": expected one task " + key + ", found " + found.size());
    }
    completeTask(found.get(0), user, variables);
  }

  private void completeTask(Task task, String user, Map<String, Object> variables) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(user, TestDirectory.groupsOf(identity, user));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
