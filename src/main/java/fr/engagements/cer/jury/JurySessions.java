package fr.engagements.cer.jury;

import static fr.engagements.cer.CerCandidacyProcess.CAMPAIGN_YEAR;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import fr.engagements.appeal.AppealProcess;
import fr.engagements.casefile.Applicant;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.Tasks;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national jury deciding as a body (CER_J5, issue 15), over the {@code cer-jury-session} process:
 * <ol>
 * <li>a candidacy whose {@code decideEntry}/{@code decidePost} opens is put on the agenda of its campaign's next
 * session of that kind still open to items (or waits for one to be planned);</li>
 * <li>the secretariat convenes the session: the agenda is frozen; each member (observers too) declares once, for the
 * whole agenda, their links with each candidate — a link recuses them from that candidacy (issue 9);</li>
 * <li>the session's secretary records, on the day, who is present; a candidacy is voted on only when the CER_P6 seats
 * are held by members present and not recused (quorum), otherwise it goes to the next session;</li>
 * <li>each voting member present votes on each candidacy they are not recused from, with a rationale; the majority of
 * the votes cast decides; a tie is settled by the session's rule (by default the president's vote, when the president
 * voted on it; otherwise the candidacy goes to the next session);</li>
 * <li>the secretary writes the minutes' motivations, the president signs; the minutes become a PDF (the session's
 * letter) and each decision is carried to its candidacy (its jury task is completed with the decision and motivation).</li>
 * </ol>
 * An appeal against an entry or post decision (recours gracieux, ADM_1) is an item of the agenda too, answered the same
 * way: members vote to maintain ({@code UPHELD}) or withdraw ({@code WITHDRAWN}) the decision, and the signed minutes
 * complete the appeal's {@code answerAppeal} task ({@link JuryAppeals}).
 * Bean {@code jurySessions}: the model's expressions (assignees, collections, due dates) call it.
 */
@Service("jurySessions")
public class JurySessions {

  static final Set<String> JURY_TASKS = Set.of(Tasks.DECIDE_ENTRY, Tasks.DECIDE_POST);
  /** Transient variable with which the session completes a candidacy's jury task: the agenda item it decided. */
  static final String DECIDED_ITEM = "jurySessionItem";

  private final JurySessionRepository sessions;
  private final JuryAgendaItemRepository items;
  private final JuryVoteRepository votes;
  private final JuryDeclarationRepository declarations;
  private final JuryService composition;
  private final CaseJournal journal;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final Clock clock;
  private final UniversityColleges colleges;

  JurySessions(JurySessionRepository sessions, JuryAgendaItemRepository items, JuryVoteRepository votes,
      JuryDeclarationRepository declarations, JuryService composition, CaseJournal journal, @Lazy RuntimeService runtime,
      @Lazy TaskService tasks, @Lazy IdentityService identity, Clock clock, UniversityColleges colleges) {
    this.colleges = colleges;
    this.identity = identity;
    this.sessions = sessions;
    this.items = items;
    this.votes = votes;
    this.declarations = declarations;
    this.composition = composition;
    this.journal = journal;
    this.runtime = runtime;
    this.tasks = tasks;
    this.clock = clock;
  }

  // --- the model's expressions

  public Date conveneBy(VariableScope execution) {
    return atNine(session(execution).getSessionDate().minusDays(14));
  }

  public Date declareBy(VariableScope execution) {
    return atNine(session(execution).getSessionDate().minusDays(1));
  }

  public Date sessionDay(VariableScope execution) {
    return atNine(session(execution).getSessionDate());
  }

  public Date minutesBy(VariableScope execution) {
    return atNine(session(execution).getSessionDate().plusDays(7));
  }

  /** Who declares: every member of the session, observers included (they see the dossiers, issue 9). */
  public List<String> declarants(VariableScope execution) {
    return session(execution).getMembers().stream().map(JuryMember::getUserId).toList();
  }

  /** Who votes: the voting members present with at least one candidacy they may vote on. */
  public List<String> voters(VariableScope execution) {
    JurySession session = session(execution);
    Map<Long, Set<String>> noLink = noConflictByItem(session);
    List<JuryAgendaItem> agenda = votable(session, noLink);
    return session.getMembers().stream().filter(m -> m.getRole().votes() && m.isPresent())
        .filter(m -> agenda.stream().anyMatch(item -> noLink.getOrDefault(item.getId(), Set.of()).contains(m.getUserId())))
        .map(JuryMember::getUserId).toList();
  }

  public String secretaryOf(VariableScope execution) {
    return session(execution).getSecretaryId();
  }

  public String presidentOf(VariableScope execution) {
    return session(execution).getPresidentId();
  }

  private JurySession session(VariableScope execution) {
    Long id = CerJurySessionProcess.SESSION_ID.get(execution);
    return sessions.findById(id).orElseThrow(() -> new IllegalStateException("Session du jury " + id + " introuvable."));
  }

  private Date atNine(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(clock.getZone()).toInstant());
  }

  // --- planning and the agenda

  /**
   * A new session (a date, its members, president and secretary): saved, its process started, and the candidacies of
   * its campaign that wait for a session of that kind put on its agenda.
   */
  @Transactional
  public JurySession plan(JurySession session) {
    if (session.getPresidentId() == null || session.member(session.getPresidentId()).filter(m -> m.getRole().votes()).isEmpty()) {
      throw CaseInputException.badRequest("Le président de la session doit en être un membre votant.");
    }
    if (session.getSecretaryId() == null) {
      throw CaseInputException.badRequest("La session doit avoir un secrétaire de séance.");
    }
    JurySession saved = sessions.save(session);
    String pid = asSystem(() -> runtime.startProcessInstanceByKey(CerJurySessionProcess.KEY,
        CerJurySessionProcess.businessKey(saved.getId()),
        Map.of(CerJurySessionProcess.SESSION_ID.name(), saved.getId())).getId());
    saved.started(pid);
    for (Task waiting : waitingTasks(saved.getCampaignYear(), saved.getKind())) {
      enqueue(saved, waiting.getProcessInstanceId(), waiting.getTaskDefinitionKey());
    }
    for (Task waiting : waitingAppeals(saved.getCampaignYear(), saved.getKind())) {
      String appealPid = waiting.getProcessInstanceId();
      // the secretariat planning may not read the appeal's instance in the engine: the session reads it
      var instance = asSystem(() -> runtime.createProcessInstanceQuery().processInstanceId(appealPid).singleResult());
      Object caseKey = asSystem(() -> runtime.getVariable(appealPid, AppealProcess.CASE_KEY.name()));
      Object name = asSystem(() -> runtime.getVariable(appealPid, AppealProcess.APPLICANT_NAME.name()));
      addItem(saved, appealPid, (String) caseKey, AppealProcess.Tasks.ANSWER_APPEAL, name instanceof String n ? n : null,
          instance.getBusinessKey(), null);
      // the task said it waited for a session: it now says which one
      if (waiting.getDescription() != null && waiting.getDescription().contains(JuryAppeals.WAITING)) {
        waiting.setDescription(waiting.getDescription().replaceFirst(java.util.regex.Pattern.quote(JuryAppeals.WAITING) + "[^.]*\\.",
            java.util.regex.Matcher.quoteReplacement(JuryAppeals.onAgenda(saved))));
        asSystem(() -> {
          tasks.saveTask(waiting);
          return null;
        });
      }
    }
    return sessions.save(saved);
  }

  /**
   * The campaign of this year is set up again (test campaigns reuse their years): its sessions that have not closed are
   * ended without a decision, their candidacies off their agendas.
   */
  @Transactional
  public void retire(int campaignYear) {
    for (JurySession.Kind kind : JurySession.Kind.values()) {
      for (JurySession session : sessions.findByCampaignYearAndKindOrderByIdDesc(campaignYear, kind)) {
        if (session.getStatus() == JurySession.Status.CLOSED) {
          continue;
        }
        onAgenda(session).forEach(item -> {
          item.withdraw(clock.instant());
          items.save(item);
        });
        String pid = session.getProcessInstanceId();
        if (pid != null && runtime.createProcessInstanceQuery().processInstanceId(pid).count() > 0) {
          asSystem(() -> {
            runtime.deleteProcessInstance(pid, "Campagne " + campaignYear + " renouvelée");
            return null;
          });
        }
        session.closed(clock.instant(), null);
        sessions.save(session);
      }
    }
  }

  /** The candidacy's jury task opened: it goes on the agenda of the next session of its kind open to items, if any. */
  public Optional<JurySession> enqueue(DelegateTask juryTask) {
    int year = CAMPAIGN_YEAR.get(juryTask);
    JurySession.Kind kind = kindOf(juryTask.getTaskDefinitionKey());
    Optional<JurySession> session = sessions.findByCampaignYearAndKindAndStatusOrderBySessionDateAscIdAsc(year, kind,
        JurySession.Status.PLANNED).stream().findFirst();
    session.ifPresent(s -> addItem(s, juryTask.getProcessInstanceId(), juryTask.getExecution().getProcessBusinessKey(),
        juryTask.getTaskDefinitionKey(), Applicant.NAME.get(juryTask), null,
        collegeOf(juryTask.getTaskDefinitionKey(), () -> juryTask.getVariable(CerCandidacyProcess.SPECIALTY.name()))));
    return session;
  }

  /**
   * An appeal against a decision of the jury opened its {@code answerAppeal}: it goes on the agenda of the campaign's next
   * session of that kind open to items, under the candidacy's key (its declarations apply), if any; otherwise it waits
   * and {@link #plan} puts it on the next session's agenda.
   */
  public Optional<JurySession> enqueueAppeal(DelegateTask answerTask, int year, JurySession.Kind kind) {
    Optional<JurySession> session = sessions.findByCampaignYearAndKindAndStatusOrderBySessionDateAscIdAsc(year, kind,
        JurySession.Status.PLANNED).stream().findFirst();
    session.ifPresent(s -> addItem(s, answerTask.getProcessInstanceId(), AppealProcess.CASE_KEY.get(answerTask),
        answerTask.getTaskDefinitionKey(), AppealProcess.APPLICANT_NAME.get(answerTask),
        answerTask.getExecution().getProcessBusinessKey(), null));
    return session;
  }

  private void enqueue(JurySession session, String processInstanceId, String taskKey) {
    var instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    Object name = runtime.getVariable(processInstanceId, Applicant.NAME.name());
    addItem(session, processInstanceId, instance.getBusinessKey(), taskKey, name instanceof String s ? s : null, null,
        collegeOf(taskKey, () -> runtime.getVariable(processInstanceId, CerCandidacyProcess.SPECIALTY.name())));
  }

  /**
   * The university college a candidacy concerns (CER_P6): its specialty's, once the project named one (the post
   * session); none at entry.
   */
  private String collegeOf(String taskKey, java.util.function.Supplier<Object> specialty) {
    if (!Tasks.DECIDE_POST.equals(taskKey)) {
      return null;
    }
    return specialty.get() instanceof String s ? colleges.ofSpecialty(s).orElse(null) : null;
  }

  private void addItem(JurySession session, String processInstanceId, String businessKey, String taskKey, String applicantName,
      String appealKey, String collegeCode) {
    if (items.findBySessionIdAndBusinessKeyAndTaskKey(session.getId(), businessKey, taskKey).isPresent()) {
      return;
    }
    items.save(new JuryAgendaItem(session.getId(), businessKey, processInstanceId, taskKey, applicantName, appealKey, clock.instant())
        .concerning(collegeCode));
    journal.record(businessKey, "JURY_AGENDA", (appealKey == null ? "Candidature inscrite" : "Recours gracieux n° "
        + appealKey.substring(appealKey.lastIndexOf('/') + 1) + " inscrit") + " à l'ordre du jour de la session « "
        + session.getLabel() + " » du " + FrenchFormat.dayInWords(session.getSessionDate()) + ".");
  }

  /**
   * A session task's name in Tasklist: the session's label and day after the step ("Voter — Session d'entrée 2027 du
   * 15/11/2027 — JURY-3"), not its number alone, so that a member tells two sessions apart in their list.
   */
  public static void nameAfterSession(DelegateTask task, JurySession session) {
    String step = task.getName() == null ? task.getTaskDefinitionKey() : task.getName();
    int cut = step.indexOf(" — ");
    String name = (cut < 0 ? step : step.substring(0, cut)) + " — " + session.getLabel() + " du "
        + FrenchFormat.day(session.getSessionDate()) + (cut < 0 ? "" : step.substring(cut));
    task.setName(name.length() > 255 ? name.substring(0, 255) : name);
  }

  /** Open jury tasks of a campaign and kind that are on no session's agenda yet. */
  private List<Task> waitingTasks(int year, JurySession.Kind kind) {
    String taskKey = kind == JurySession.Kind.ENTRY ? Tasks.DECIDE_ENTRY : Tasks.DECIDE_POST;
    return asSystem(() -> tasks.createTaskQuery().processDefinitionKey(CerCandidacyProcess.KEY).taskDefinitionKey(taskKey)
        .processVariableValueEquals(CAMPAIGN_YEAR.name(), year).listPage(0, 5000)).stream()
        .filter(t -> items.findByProcessInstanceIdAndTaskKeyAndStatusIn(t.getProcessInstanceId(), taskKey,
            EnumSet.of(JuryAgendaItem.Status.ON_AGENDA)).isEmpty())
        .toList();
  }

  /** Open {@code answerAppeal} tasks of appeals this jury answers (campaign, kind) that are on no session's agenda yet. */
  private List<Task> waitingAppeals(int year, JurySession.Kind kind) {
    return asSystem(() -> tasks.createTaskQuery().processDefinitionKey(AppealProcess.KEY)
        .taskDefinitionKey(AppealProcess.Tasks.ANSWER_APPEAL)
        .processVariableValueEquals(AppealProcess.ANSWER_COLLEGIUM.name(), JuryAppeals.collegium(kind, year)).listPage(0, 5000))
        .stream().filter(t -> openItem(t.getProcessInstanceId(), AppealProcess.Tasks.ANSWER_APPEAL).isEmpty()).toList();
  }

  /** The candidacy's open agenda item for this jury task, if it is on a session's agenda. */
  public Optional<JuryAgendaItem> openItem(String processInstanceId, String taskKey) {
    return items.findByProcessInstanceIdAndTaskKeyAndStatusIn(processInstanceId, taskKey, EnumSet.of(JuryAgendaItem.Status.ON_AGENDA))
        .stream().findFirst();
  }

  public Optional<JurySession> session(Long id) {
    return id == null ? Optional.empty() : sessions.findById(id);
  }

  public List<JuryAgendaItem> agenda(Long sessionId) {
    return items.findBySessionIdOrderById(sessionId);
  }

  public Optional<JuryAgendaItem> item(Long id) {
    return id == null ? Optional.empty() : items.findById(id);
  }

  /** The items of a case, every session (the timeline, the case's access). */
  public List<JuryAgendaItem> itemsOfCase(String businessKey) {
    return items.findByBusinessKeyOrderById(businessKey);
  }

  public List<JuryVote> votes(JuryAgendaItem item) {
    return votes.findByItemIdOrderById(item.getId());
  }

  public List<JuryDeclaration> declarations(Long sessionId) {
    return declarations.findBySessionIdOrderById(sessionId);
  }

  /** The candidacy's jury task ended without the session (withdrawal, end of the case): off the agenda. */
  public void taskEnded(DelegateTask juryTask) {
    // a decided item is marked before the session completes the task: what is still open was withdrawn
    openItem(juryTask.getProcessInstanceId(), juryTask.getTaskDefinitionKey()).ifPresent(item -> {
      item.withdraw(clock.instant());
      items.save(item);
    });
  }

  static Long decidedItem(VariableScope task) {
    Object value = task.getVariable(DECIDED_ITEM);
    return value instanceof Number n ? n.longValue() : null;
  }

  // --- convening and declarations

  /** The secretariat convenes: the agenda is frozen, every member is asked to declare on every candidacy of it. */
  @Transactional
  public JurySession convene(Long sessionId) {
    JurySession session = sessions.findById(sessionId).orElseThrow();
    if (session.getStatus() != JurySession.Status.PLANNED) {
      throw CaseInputException.conflict("La session « " + session.getLabel() + " » est déjà convoquée.");
    }
    List<String> problems = composition.compositionProblems(session);
    if (!problems.isEmpty()) {
      throw CaseInputException.conflict("La session « " + session.getLabel() + " » ne peut pas être convoquée (règle CER_P6) : "
          + String.join(", ", problems) + ". Complétez-la d'abord.");
    }
    Instant now = clock.instant();
    for (JuryAgendaItem item : onAgenda(session)) {
      for (JuryMember member : session.getMembers()) {
        declarations.save(JuryDeclaration.forItem(item, member, now));
      }
    }
    session.convened(now);
    return sessions.save(session);
  }

  /** A link declared by a member with one candidate of the agenda. */
  public record Conflict(String businessKey, ConflictKind kind, String details) {
  }

  /**
   * A member declares, once for the whole agenda: a link with a candidate recuses them from that candidacy for good
   * (its later sessions too); "no link" on every other opens its dossier to them.
   */
  @Transactional
  public void declare(Long sessionId, String userId, List<Conflict> conflicts) {
    JurySession session = sessions.findById(sessionId).orElseThrow();
    List<JuryDeclaration> mine = declarations.findBySessionIdAndUserIdOrderById(sessionId, userId);
    Set<String> agendaKeys = new HashSet<>();
    mine.forEach(d -> agendaKeys.add(d.getBusinessKey()));
    for (Conflict conflict : conflicts) {
      if (!agendaKeys.contains(conflict.businessKey())) {
        throw CaseInputException.badRequest("La candidature « " + conflict.businessKey() + " » n'est pas à l'ordre du jour de la"
            + " session « " + session.getLabel() + " ».");
      }
    }
    Instant now = clock.instant();
    for (JuryDeclaration declaration : mine) {
      if (declaration.getStatus() != JuryDeclaration.Status.PENDING) {
        continue;
      }
      Optional<Conflict> link = conflicts.stream().filter(c -> c.businessKey().equals(declaration.getBusinessKey())).findFirst();
      Optional<JuryDeclaration> earlier = recusal(declaration.getBusinessKey(), userId);
      if (earlier.isPresent() && link.isEmpty()) {
        declaration.declare(earlier.get().getConflictKind(), "Récusation maintenue (déclarée lors d'une session précédente).", now);
      } else {
        declaration.declare(link.map(Conflict::kind).orElse(null), link.map(Conflict::details).orElse(null), now);
      }
      declarations.save(declaration);
    }
  }

  /** A conflict the member declared on this candidacy at any session: a recusal holds for good. */
  private Optional<JuryDeclaration> recusal(String businessKey, String userId) {
    return declarations.findByBusinessKeyAndUserIdOrderById(businessKey, userId).stream().filter(JuryDeclaration::isRecused)
        .findFirst();
  }

  /** The declarations made on a candidacy, every session, in order (the timeline). */
  public List<JuryDeclaration> declarationsOfCase(String businessKey) {
    return declarations.findByBusinessKeyOrderById(businessKey);
  }

  /** Members recused from a candidacy (any session). */
  public Set<String> recused(String businessKey) {
    Set<String> recused = new HashSet<>();
    declarations.findByBusinessKeyOrderById(businessKey).stream().filter(JuryDeclaration::isRecused)
        .forEach(d -> recused.add(d.getUserId()));
    return recused;
  }

  /** The member declared "no link" with this candidate at this session: the dossier is theirs to read. */
  public boolean declaredNoConflict(JuryAgendaItem item, String userId) {
    return declarations.findByItemIdAndUserId(item.getId(), userId)
        .map(d -> d.getStatus() == JuryDeclaration.Status.NO_CONFLICT).orElse(false);
  }

  public Optional<JuryDeclaration> declaration(JuryAgendaItem item, String userId) {
    return declarations.findByItemIdAndUserId(item.getId(), userId);
  }

  // --- the sitting

  /**
   * On the session's day (or later), the secretary records who is present. Each candidacy is voted on only when its
   * quorum holds (the CER_P6 seats among the members present who declared no link); the others go to the next session.
   */
  @Transactional
  public JurySession open(Long sessionId, Collection<String> present) {
    JurySession session = sessions.findById(sessionId).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    if (today.isBefore(session.getSessionDate())) {
      throw CaseInputException.conflict("La séance ne peut s'ouvrir qu'à sa date, le " + FrenchFormat.day(session.getSessionDate())
          + " (nous sommes le " + FrenchFormat.day(today) + ").");
    }
    for (String userId : present) {
      if (session.member(userId).isEmpty()) {
        throw CaseInputException.badRequest(userId + " ne siège pas dans la session « " + session.getLabel() + " ».");
      }
    }
    for (JuryMember member : session.getMembers()) {
      member.attend(present.contains(member.getUserId()));
    }
    session.opened(clock.instant());
    return sessions.save(session);
  }

  /** Why this candidacy cannot be voted on at this session (no quorum), in French; empty when it can. */
  public List<String> quorumProblems(JurySession session, JuryAgendaItem item) {
    Set<String> away = new HashSet<>();
    for (JuryMember member : session.getMembers()) {
      if (!member.isPresent() || !declaredNoConflict(item, member.getUserId())) {
        away.add(member.getUserId());
      }
    }
    return composition.compositionProblems(session, away, item.getCollegeCode());
  }

  /**
   * The candidacies of the agenda that may be voted on (once the session is open). The session's declarations are read
   * once for the whole agenda, not once per candidacy and member: a national session may hold thousands of candidacies.
   */
  public List<JuryAgendaItem> votable(JurySession session) {
    return session.getStatus() != JurySession.Status.IN_SESSION ? List.of() : votable(session, noConflictByItem(session));
  }

  /** The candidacies this member may vote on: votable, a voting member present, no link declared with the candidate. */
  public List<JuryAgendaItem> votableBy(JurySession session, String userId) {
    if (session.member(userId).filter(m -> m.getRole().votes() && m.isPresent()).isEmpty()) {
      return List.of();
    }
    Map<Long, Set<String>> noLink = noConflictByItem(session);
    return votable(session, noLink).stream().filter(item -> noLink.getOrDefault(item.getId(), Set.of()).contains(userId))
        .toList();
  }

  private List<JuryAgendaItem> votable(JurySession session, Map<Long, Set<String>> noLink) {
    if (session.getStatus() != JurySession.Status.IN_SESSION) {
      return List.of();
    }
    return onAgenda(session).stream()
        .filter(item -> quorumProblems(session, noLink.getOrDefault(item.getId(), Set.of()), item.getCollegeCode()).isEmpty())
        .toList();
  }

  /** Per agenda item, the members who declared "no link" with its candidate: one query for the whole session. */
  private Map<Long, Set<String>> noConflictByItem(JurySession session) {
    Map<Long, Set<String>> byItem = new HashMap<>();
    for (JuryDeclaration d : declarations.findBySessionIdOrderById(session.getId())) {
      if (d.getItemId() != null && d.getStatus() == JuryDeclaration.Status.NO_CONFLICT) {
        byItem.computeIfAbsent(d.getItemId(), k -> new HashSet<>()).add(d.getUserId());
      }
    }
    return byItem;
  }

  private List<String> quorumProblems(JurySession session, Set<String> noLink, String collegeCode) {
    Set<String> away = new HashSet<>();
    for (JuryMember member : session.getMembers()) {
      if (!member.isPresent() || !noLink.contains(member.getUserId())) {
        away.add(member.getUserId());
      }
    }
    return composition.compositionProblems(session, away, collegeCode);
  }

  private List<JuryAgendaItem> onAgenda(JurySession session) {
    return items.findBySessionIdOrderById(session.getId()).stream()
        .filter(i -> i.getStatus() == JuryAgendaItem.Status.ON_AGENDA).toList();
  }

  /** A voting member present, not recused, who declared no link, on a candidacy with its quorum. */
  public boolean mayVote(JurySession session, JuryAgendaItem item, String userId) {
    return session.member(userId).filter(m -> m.getRole().votes() && m.isPresent()).isPresent()
        && declaredNoConflict(item, userId) && quorumProblems(session, item).isEmpty();
  }

  /** One vote: the decision the member votes for, with its rationale. */
  public record Ballot(String businessKey, String decision, String rationale) {
  }

  /** A member votes on every candidacy they may vote on, each with a rationale (CER_J2). */
  @Transactional
  public void vote(Long sessionId, String userId, List<Ballot> ballots) {
    JurySession session = sessions.findById(sessionId).orElseThrow();
    JuryMember member = session.member(userId).orElseThrow(() -> CaseInputException.forbidden(userId
        + " ne siège pas dans la session « " + session.getLabel() + " »."));
    if (!member.getRole().votes()) {
      throw CaseInputException.forbidden(userId + " siège comme " + member.getRole().label() + " et ne vote pas (règle CER_P6).");
    }
    List<JuryAgendaItem> mine = votableBy(session, userId);
    List<String> problems = new ArrayList<>();
    Map<Long, Ballot> byItem = new LinkedHashMap<>();
    for (Ballot ballot : ballots) {
      Optional<JuryAgendaItem> item = mine.stream().filter(i -> i.itemKey().equals(ballot.businessKey())).findFirst();
      if (item.isEmpty()) {
        problems.add("vous ne pouvez pas voter sur « " + ballot.businessKey() + " » (absente de l'ordre du jour, récusation ou"
            + " quorum non atteint)");
        continue;
      }
      if (choice(item.get(), ballot.decision()) == null) {
        problems.add("« " + ballot.decision() + " » n'est pas une décision possible pour " + ballot.businessKey() + " ("
            + String.join(" ou ", decisions(item.get())) + ")");
      }
      if (ballot.rationale() == null || ballot.rationale().isBlank()) {
        problems.add("la motivation de votre vote sur " + ballot.businessKey() + " est obligatoire (CER_J2)");
      } else if (ballot.rationale().length() > 2000) {
        problems.add("la motivation de votre vote sur " + ballot.businessKey() + " dépasse 2000 caractères");
      }
      byItem.put(item.get().getId(), ballot);
    }
    for (JuryAgendaItem item : mine) {
      if (!byItem.containsKey(item.getId())) {
        problems.add("votre vote sur « " + item.itemKey() + " » (" + item.getApplicantName() + ") manque");
      }
    }
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems.stream().map(p -> Character.toUpperCase(p.charAt(0)) + p.substring(1) + ".").toList());
    }
    Instant now = clock.instant();
    for (JuryAgendaItem item : mine) {
      Ballot ballot = byItem.get(item.getId());
      if (votes.findByItemIdAndUserId(item.getId(), userId).isPresent()) {
        throw CaseInputException.conflict(userId + " a déjà voté sur " + item.itemKey() + ".");
      }
      votes.save(new JuryVote(item.getId(), userId, choice(item, ballot.decision()), ballot.rationale().strip(), now));
    }
  }

  static List<String> decisions(JuryAgendaItem item) {
    if (item.isAppeal()) {
      return List.of(AppealProcess.AppealDecision.UPHELD.name(), AppealProcess.AppealDecision.WITHDRAWN.name());
    }
    return item.isPost() ? List.of("GRANTED", "REFUSED") : List.of("ADMITTED", "REJECTED");
  }

  static JuryVote.Choice choice(JuryAgendaItem item, String decision) {
    List<String> values = decisions(item);
    if (values.get(0).equals(decision)) {
      return JuryVote.Choice.FOR;
    }
    return values.get(1).equals(decision) ? JuryVote.Choice.AGAINST : null;
  }

  static String decisionOf(JuryAgendaItem item, JuryVote.Choice choice) {
    return decisions(item).get(choice == JuryVote.Choice.FOR ? 0 : 1);
  }

  /** The result of the votes on one candidacy: the decision (null: none, the candidacy goes to the next session). */
  public record Result(JuryAgendaItem item, int votesFor, int votesAgainst, String decision, boolean castingVote, String why) {
  }

  /** The majority of the votes cast; a tie by the session's rule (the president's vote by default). */
  public Result result(JurySession session, JuryAgendaItem item) {
    List<JuryVote> cast = votes.findByItemIdOrderById(item.getId());
    int pro = (int) cast.stream().filter(v -> v.getChoice() == JuryVote.Choice.FOR).count();
    int contra = cast.size() - pro;
    if (cast.isEmpty()) {
      return new Result(item, 0, 0, null, false, quorumProblems(session, item).isEmpty() ? "aucun vote exprimé"
          : "quorum non atteint (règle CER_P6) : " + String.join(", ", quorumProblems(session, item)));
    }
    if (pro != contra) {
      return new Result(item, pro, contra, decisionOf(item, pro > contra ? JuryVote.Choice.FOR : JuryVote.Choice.AGAINST), false,
          "majorité des voix exprimées");
    }
    Optional<JuryVote> president = cast.stream().filter(v -> v.getUserId().equals(session.getPresidentId())).findFirst();
    if (session.getTieRule() == JurySession.TieRule.PRESIDENT_CASTING_VOTE && president.isPresent()) {
      return new Result(item, pro, contra, decisionOf(item, president.get().getChoice()), true,
          "partage des voix : voix prépondérante du président");
    }
    return new Result(item, pro, contra, null, false, "partage des voix sans voix prépondérante : candidature reportée");
  }

  /** The secretary writes the motivation of each decision (pre-filled from the majority's rationales). */
  @Transactional
  public void draft(Long sessionId, Map<String, String> motivations) {
    JurySession session = sessions.findById(sessionId).orElseThrow();
    List<String> problems = new ArrayList<>();
    for (JuryAgendaItem item : onAgenda(session)) {
      Result result = result(session, item);
      if (result.decision() == null) {
        continue;
      }
      String motivation = motivations.get(item.itemKey());
      if (motivation == null || motivation.isBlank()) {
        problems.add("La motivation de la décision sur « " + item.itemKey() + " » (" + item.getApplicantName()
            + ") est obligatoire : elle figure au procès-verbal et dans le courrier du candidat.");
        continue;
      }
      if (motivation.length() > 4000) {
        problems.add("La motivation de la décision sur « " + item.itemKey() + " » dépasse 4000 caractères.");
        continue;
      }
      if (item.isAppeal() && motivation.strip().length() < AppealProcess.MIN_RATIONALE) {
        problems.add("La motivation de la réponse au recours « " + item.itemKey() + " » doit compter au moins "
            + AppealProcess.MIN_RATIONALE + " caractères : elle est écrite dans le courrier de réponse.");
        continue;
      }
      item.decide(result.decision(), result.votesFor(), result.votesAgainst(), result.castingVote());
      item.motivate(motivation.strip());
      items.save(item);
    }
    if (!problems.isEmpty()) {
      throw new CaseInputException(400, problems);
    }
  }

  /** The majority's rationales of a candidacy, joined: what the secretary starts the motivation from. */
  public String majorityRationale(JurySession session, JuryAgendaItem item) {
    Result result = result(session, item);
    if (result.decision() == null) {
      return "";
    }
    JuryVote.Choice winning = choice(item, result.decision());
    return String.join(" ", votes.findByItemIdOrderById(item.getId()).stream().filter(v -> v.getChoice() == winning)
        .map(JuryVote::getRationale).distinct().toList());
  }

  /**
   * The minutes are signed: each decision reaches its candidacy (its jury task is completed with the decision, the
   * motivation and the session; the candidacy goes on), the others go to the next session of their kind.
   */
  @Transactional
  public void close(Long sessionId, Long minutesLetterId) {
    JurySession session = sessions.findById(sessionId).orElseThrow();
    Instant now = clock.instant();
    for (JuryAgendaItem item : onAgenda(session)) {
      if (item.getDecision() == null) {
        item.defer(now);
        items.save(item);
        Result result = result(session, item);
        journal.record(item.getBusinessKey(), "JURY_DEFERRED", "La session « " + session.getLabel() + " » n'a pas pu décider ("
            + result.why() + ") : " + (item.isAppeal() ? "le recours " + item.getAppealKey() : "la candidature")
            + " passe à la session suivante.");
        sessions.findByCampaignYearAndKindAndStatusOrderBySessionDateAscIdAsc(session.getCampaignYear(), session.getKind(),
            JurySession.Status.PLANNED).stream().findFirst()
            .ifPresent(next -> addItem(next, item.getProcessInstanceId(), item.getBusinessKey(), item.getTaskKey(), item.getApplicantName(),
                item.getAppealKey(), item.getCollegeCode()));
        continue;
      }
      item.decided(now);
      items.save(item);
      Task task = asSystem(() -> tasks.createTaskQuery().processInstanceId(item.getProcessInstanceId())
          .taskDefinitionKey(item.getTaskKey()).singleResult());
      if (task == null) {
        continue;
      }
      VariableMap decision = Variables.createVariables();
      if (item.isAppeal()) {
        decision.putValue(AppealProcess.APPEAL_DECISION.name(), item.getDecision())
            .putValue(AppealProcess.APPEAL_RATIONALE.name(), item.getMotivation());
      } else if (item.isPost()) {
        decision.putValue(CerCandidacyProcess.POST_DECISION.name(), item.getDecision())
            .putValue(CerCandidacyProcess.POST_RATIONALE.name(), item.getMotivation());
      } else {
        decision.putValue(CerCandidacyProcess.ENTRY_DECISION.name(), item.getDecision())
            .putValue(CerCandidacyProcess.ENTRY_RATIONALE.name(), item.getMotivation());
      }
      decision.putValueTyped(DECIDED_ITEM, Variables.longValue(item.getId(), true));
      asSystem(() -> {
        tasks.complete(task.getId(), decision);
        return null;
      });
    }
    session.closed(now, minutesLetterId);
    sessions.save(session);
  }

  static JurySession.Kind kindOf(String taskKey) {
    return Tasks.DECIDE_POST.equals(taskKey) ? JurySession.Kind.POST : JurySession.Kind.ENTRY;
  }

  /** Engine calls made by the session itself, whoever acts (inside a command: its authorization checks off). */
  private <T> T asSystem(Supplier<T> work) {
    if (Context.getCommandContext() != null) {
      return Context.getCommandContext().runWithoutAuthorization(work::get);
    }
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
  }
}
