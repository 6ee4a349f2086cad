package fr.engagements.cer.jury;

import static fr.engagements.cer.jury.CerJuryDeclarationProcess.*;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.process.CaseInputException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Conflicts of interest of the national jury (issue 9). When a jury task is created, every member of its
 * session is hidden from it by a user-level REVOKE authorization on that task (user authorizations take
 * precedence over the {@code cer-jury} and observers' group grants) and asked to declare in a
 * {@code cer-jury-declaration} instance. "No conflict" lifts the revoke; "conflict" keeps it and recuses the
 * member from the candidacy for good (its later jury tasks too). Recused members do not count for CER_P6.
 * Everything runs in the engine's transaction, with the engine's authorization checks off for these
 * system writes (the acting user has no right on the jury task, by design).
 */
@Service
public class JuryDeclarations {

  private static final List<String> JURY_TASKS = List.of(CerCandidacyProcess.Tasks.DECIDE_ENTRY,
      CerCandidacyProcess.Tasks.DECIDE_POST);

  private final JuryDeclarationRepository declarations;
  private final JuryService jury;
  private final List<JuryDecisionPolicy<?>> policies;
  private final Clock clock;

  JuryDeclarations(JuryDeclarationRepository declarations, JuryService jury, @Lazy List<JuryDecisionPolicy<?>> policies,
      Clock clock) {
    this.declarations = declarations;
    this.jury = jury;
    this.policies = policies;
    this.clock = clock;
  }

  /** A jury task of a candidacy, as the declarations see it. */
  private record JuryTask(String id, String key, String name, String processInstanceId, String businessKey, JurySession session,
      VariableScope variables) {
  }

  /** The jury task was just created for this session: every member declares before seeing it. */
  public void opened(DelegateTask task, JurySession session) {
    JuryTask juryTask = new JuryTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
        task.getExecution().getProcessBusinessKey(), session, task);
    for (JuryMember member : session.getMembers()) {
      openFor(task.getProcessEngineServices(), juryTask, member);
    }
  }

  /** The secretariat added a member to a session: they declare on every open jury task of that session. */
  public void memberAdded(ProcessEngineServices services, JurySession session, String userId) {
    JuryMember member = session.getMembers().stream().filter(m -> m.getUserId().equals(userId)).findFirst().orElseThrow();
    List<Task> open = asSystem(() -> services.getTaskService().createTaskQuery().processDefinitionKey(CerCandidacyProcess.KEY)
        .taskDefinitionKeyIn(JURY_TASKS.toArray(String[]::new))
        .taskVariableValueEquals(JuryDecisionPolicy.JURY_SESSION_ID.name(), session.getId()).listPage(0, 1000));
    for (Task task : open) {
      TaskEntity entity = Context.getCommandContext().getTaskManager().findTaskById(task.getId());
      JuryTask juryTask = new JuryTask(entity.getId(), entity.getTaskDefinitionKey(), entity.getName(),
          entity.getProcessInstanceId(), entity.getExecution().getProcessBusinessKey(), session, entity);
      openFor(services, juryTask, member);
      describe(entity);
    }
  }

  private void openFor(ProcessEngineServices services, JuryTask task, JuryMember member) {
    String userId = member.getUserId();
    if (declarations.findByTaskIdAndUserId(task.id(), userId).isPresent()) {
      return;
    }
    revoke(services, userId, task.id());
    JuryDeclaration declaration = new JuryDeclaration(task.businessKey(), task.processInstanceId(), task.key(), task.id(),
        task.session().getId(), userId, member.getRole(), Instant.now(clock));
    Optional<JuryDeclaration> earlierConflict = declarations.findByProcessInstanceIdOrderById(task.processInstanceId()).stream()
        .filter(d -> d.isRecused() && d.getUserId().equals(userId)).findFirst();
    if (earlierConflict.isPresent()) {
      // a member recused once is recused from the whole candidacy: no new declaration is asked
      declaration.declare(earlierConflict.get().getConflictKind(), "Récusation maintenue (déclarée pour "
          + taskLabel(earlierConflict.get().getTaskKey()) + ").", Instant.now(clock));
      declarations.save(declaration);
      return;
    }
    declarations.save(declaration);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(JURY_MEMBER_ID.name(), userId);
    variables.put(JURY_TASK_ID.name(), task.id());
    variables.put(JURY_TASK_KEY.name(), task.key());
    variables.put(JURY_TASK_NAME.name(), taskLabel(task.key()));
    variables.put(JURY_SESSION_ID.name(), task.session().getId());
    variables.put(JURY_SESSION_LABEL.name(), task.session().getLabel());
    variables.put(CANDIDACY_INSTANCE_ID.name(), task.processInstanceId());
    copy(task.variables(), variables, CerCandidacyProcess.APPLICANT_NAME.name(), APPLICANT_NAME.name());
    copy(task.variables(), variables, CerCandidacyProcess.RESEARCH_LAB.name(), RESEARCH_LAB.name());
    copy(task.variables(), variables, CerCandidacyProcess.SPECIALTY.name(), SPECIALTY.name());
    copy(task.variables(), variables, CerCandidacyProcess.SUBDIVISION.name(), SUBDIVISION.name());
    // the post stage names the people who signed the project: supervisor, host department and faculty
    person(services, task.variables(), "labDirectorSignedBy").ifPresent(n -> variables.put(LAB_DIRECTOR.name(), n));
    person(services, task.variables(), "headOfDepartmentSignedBy").ifPresent(n -> variables.put(HEAD_OF_DEPARTMENT.name(), n));
    person(services, task.variables(), "deanSignedBy").ifPresent(n -> variables.put(DEAN.name(), n));
    asSystem(() -> services.getRuntimeService().startProcessInstanceByKey(KEY, task.businessKey(), variables));
  }

  /**
   * A member declares (from {@code declareInterests}). Returns the composition problems the candidacy's
   * jury task now has (empty when it can still decide).
   */
  public List<String> declare(ProcessEngineServices services, String juryTaskId, String userId, ConflictKind conflict,
      String details) {
    JuryDeclaration declaration = declarations.findByTaskIdAndUserId(juryTaskId, userId).orElseThrow(() ->
        CaseInputException.conflict("Aucune déclaration n'est attendue de " + userId + " pour cette tâche du jury."));
    if (declaration.getStatus() != JuryDeclaration.Status.PENDING) {
      throw CaseInputException.conflict(userId + " a déjà déclaré ses liens d'intérêts pour cette tâche du jury.");
    }
    declaration.declare(conflict, details, Instant.now(clock));
    declarations.save(declaration);
    if (conflict == null) {
      lift(services, userId, juryTaskId);
      return List.of();
    }
    Optional<JurySession> session = jury.session(declaration.getSessionId());
    List<String> problems = session.map(s -> jury.compositionProblems(s, recused(declaration.getProcessInstanceId())))
        .orElse(List.of());
    TaskEntity juryTask = Context.getCommandContext().getTaskManager().findTaskById(juryTaskId);
    if (juryTask != null) {
      describe(juryTask);
    }
    return problems;
  }

  /** Users recused from this candidacy (any of its jury tasks). */
  public Set<String> recused(String processInstanceId) {
    return declarations.findByProcessInstanceIdOrderById(processInstanceId).stream().filter(JuryDeclaration::isRecused)
        .map(JuryDeclaration::getUserId).collect(Collectors.toSet());
  }

  /** Users recused from the candidacy with this business key. */
  public Set<String> recusedByBusinessKey(String businessKey) {
    return declarations.findByBusinessKeyOrderById(businessKey).stream().filter(JuryDeclaration::isRecused)
        .map(JuryDeclaration::getUserId).collect(Collectors.toSet());
  }

  /** The member declared "no conflict" for this jury task. */
  public boolean mayDecide(String juryTaskId, String userId) {
    return declarations.findByTaskIdAndUserId(juryTaskId, userId)
        .map(d -> d.getStatus() == JuryDeclaration.Status.NO_CONFLICT).orElse(false);
  }

  /** The declarations of a candidacy, in the order they were opened (case history, timeline). */
  public List<JuryDeclaration> ofCase(String businessKey) {
    return declarations.findByBusinessKeyOrderById(businessKey);
  }

  /** The jury task closed (decision taken, candidacy withdrawn or ended): its open declarations are moot. */
  public void closed(DelegateTask task) {
    ProcessEngineServices services = task.getProcessEngineServices();
    asSystem(() -> services.getRuntimeService().createMessageCorrelation(MESSAGE_JURY_TASK_CLOSED)
        .processInstanceVariableEquals(JURY_TASK_ID.name(), task.getId()).correlateAllWithResult());
  }

  /** Rewrites the jury task's description after a recusal or a new member (what the task says about CER_P6). */
  private void describe(TaskEntity juryTask) {
    policies.stream().filter(p -> p.taskKey().equals(juryTask.getTaskDefinitionKey())).findFirst()
        .ifPresent(p -> juryTask.setDescription(p.describe(juryTask)));
  }

  private static void revoke(ProcessEngineServices services, String userId, String taskId) {
    asSystem(() -> {
      Authorization revoke = services.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      revoke.setUserId(userId);
      revoke.setResource(Resources.TASK);
      revoke.setResourceId(taskId);
      revoke.removePermission(TaskPermissions.ALL);
      return services.getAuthorizationService().saveAuthorization(revoke);
    });
  }

  private static void lift(ProcessEngineServices services, String userId, String taskId) {
    asSystem(() -> {
      services.getAuthorizationService().createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
          .userIdIn(userId).resourceType(Resources.TASK).resourceId(taskId).list()
          .forEach(a -> services.getAuthorizationService().deleteAuthorization(a.getId()));
      return null;
    });
  }

  /** The jury task, as people call it. */
  static String taskLabel(String taskKey) {
    return CerCandidacyProcess.Tasks.DECIDE_POST.equals(taskKey) ? "la décision sur le poste hors contingent"
        : "la décision d'entrée";
  }

  private static void copy(VariableScope from, Map<String, Object> to, String name, String as) {
    Object value = from.getVariable(name);
    if (value instanceof String s && !s.isBlank()) {
      to.put(as, s);
    }
  }

  private static Optional<String> person(ProcessEngineServices services, VariableScope from, String variable) {
    if (!(from.getVariable(variable) instanceof String userId) || userId.isBlank()) {
      return Optional.empty();
    }
    User user = asSystem(() -> services.getIdentityService().createUserQuery().userId(userId).singleResult());
    return Optional.of(user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip());
  }

  private static <T> T asSystem(Supplier<T> work) {
    return Context.getCommandContext().runWithoutAuthorization(work::get);
  }
}
