package fr.engagements.directory;

import java.util.List;
import java.util.function.Supplier;

import fr.engagements.casefile.CaseJournal;
import fr.engagements.casefile.CaseType;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tasks follow the institution's agents (issue 14, "nothing changes hands silently"): a task whose institution
 * has no agent waits in the national body's list ({@link CaseType#fallbackGroup()}) with the reason, and goes
 * back to the institution as soon as an agent is named; a departing agent's claimed tasks are released to the
 * institution's other agents. Each move is written in the case's journal (its timeline).
 */
@Component
class TaskHandover {

  /** Task-local: the institution group the task waits an agent for, while the national body holds it. */
  static final String AWAITING_AGENT_OF = "awaitingAgentOf";
  /** Task-local: why, in French. */
  static final String AWAITING_REASON = "awaitingAgentReason";

  private final TaskService tasks;
  private final IdentityService identity;
  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final CaseJournal journal;
  private final AuthorizationService authorizations;

  TaskHandover(@Lazy TaskService tasks, @Lazy IdentityService identity, @Lazy RepositoryService repository,
      @Lazy RuntimeService runtime, CaseJournal journal, @Lazy AuthorizationService authorizations) {
    this.authorizations = authorizations;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.repository = repository;
    this.journal = journal;
  }

  /** At creation: nobody acts for {@code group} (or the case names no institution): the national body holds the task. */
  void waitForAgent(DelegateTask task, CaseType type, String group, String reason) {
    task.addCandidateGroup(type.fallbackGroup());
    task.setVariableLocal(AWAITING_AGENT_OF, group == null ? "" : group);
    task.setVariableLocal(AWAITING_REASON, reason);
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    if (businessKey != null) {
      journal.record(businessKey, "TASK_AWAITS_AGENT", "La tâche « " + baseName(task.getName()) + " » attend un agent : " + reason
          + " Elle est confiée en attendant au " + nationalBody(type) + ".");
    }
  }

  /** An agent was named for {@code group}: the tasks waiting for it leave the national body's list. */
  void agentArrived(String group, Institution institution, AgentRole role, String userId) {
    asSystem(() -> {
      for (Task task : tasks.createTaskQuery().taskVariableValueEquals(AWAITING_AGENT_OF, group).list()) {
        CaseType type = typeOf(task);
        tasks.deleteCandidateGroup(task.getId(), type.fallbackGroup());
        tasks.removeVariableLocal(task.getId(), AWAITING_AGENT_OF);
        tasks.removeVariableLocal(task.getId(), AWAITING_REASON);
        Task current = tasks.createTaskQuery().taskId(task.getId()).singleResult();
        String description = current.getDescription();
        if (description != null && description.startsWith(WAITING_PREFIX)) {
          current.setDescription(description.substring(description.indexOf(WAITING_END) + WAITING_END.length()));
          tasks.saveTask(current);
        }
        journal.record(businessKeyOf(task), "TASK_TO_AGENT", "La tâche « " + baseName(task.getName()) + " » revient à "
            + role.label() + " (" + institution.getName() + ") : " + displayName(userId) + " est désormais enregistré(e).");
      }
      return null;
    });
  }

  /** An agent left {@code group}: their claimed tasks are released; with no one left, the national body holds them. */
  void agentLeft(String group, Institution institution, AgentRole role, String userId, List<String> remaining) {
    asSystem(() -> {
      for (Task task : tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks().list()) {
        CaseType type = typeOf(task);
        String businessKey = businessKeyOf(task);
        if (userId.equals(task.getAssignee())) {
          tasks.setAssignee(task.getId(), null);
        }
        // what claiming gave them (a user grant on the task) goes with them
        authorizations.createAuthorizationQuery().userIdIn(userId).resourceType(Resources.TASK).resourceId(task.getId()).list()
            .forEach(a -> authorizations.deleteAuthorization(a.getId()));
        if (remaining.isEmpty()) {
          tasks.addCandidateGroup(task.getId(), type.fallbackGroup());
          String reason = "aucun(e) " + role.label() + " n'est plus enregistré(e) pour " + institution.getName() + ".";
          tasks.setVariableLocal(task.getId(), AWAITING_AGENT_OF, group);
          tasks.setVariableLocal(task.getId(), AWAITING_REASON, reason);
          Task current = tasks.createTaskQuery().taskId(task.getId()).singleResult();
          current.setDescription(waiting(reason, current.getDescription()));
          tasks.saveTask(current);
          journal.record(businessKey, "TASK_AWAITS_AGENT", displayName(userId) + " n'agit plus pour " + institution.getName()
              + " : la tâche « " + baseName(task.getName()) + " » est confiée au " + nationalBody(type)
              + " en attendant qu'un(e) " + role.label() + " soit enregistré(e).");
        } else {
          journal.record(businessKey, "TASK_TO_AGENT", displayName(userId) + " n'agit plus pour " + institution.getName()
              + " : la tâche « " + baseName(task.getName()) + " » revient à " + String.join(", ",
              remaining.stream().map(this::displayName).toList()) + " (" + role.label() + ").");
        }
      }
      return null;
    });
  }

  static final String WAITING_PREFIX = "En attente d'un agent : ";
  static final String WAITING_END = " — ";

  /** The description of a task held by the national body: why first, then what the task asks. */
  static String waiting(String reason, String description) {
    String text = WAITING_PREFIX + reason + " Le secrétariat la traite ou la réattribue." + WAITING_END
        + (description == null ? "" : description);
    return text.length() > 4000 ? text.substring(0, 4000) : text;
  }

  private static String nationalBody(CaseType type) {
    return type == CaseType.CER ? "secrétariat national du CER" : "Centre national de gestion (CNG)";
  }

  private CaseType typeOf(Task task) {
    String key = repository.getProcessDefinition(task.getProcessDefinitionId()).getKey();
    return CaseType.ofProcessKey(key).orElse(key.startsWith("cesp") ? CaseType.CESP : CaseType.CER);
  }

  private String businessKeyOf(Task task) {
    return task.getProcessInstanceId() == null ? null : runtime.createProcessInstanceQuery()
        .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
  }

  String displayName(String userId) {
    var user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
  }

  /** The task's name without the case and person the engine appends (« Signature du doyen — CER-… — … »). */
  static String baseName(String name) {
    if (name == null) {
      return "";
    }
    int dash = name.indexOf(" — ");
    return dash < 0 ? name : name.substring(0, dash);
  }

  private <T> T asSystem(Supplier<T> work) {
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
