package fr.engagements.process;

import fr.engagements.casefile.Applicant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link TaskPolicy} of each user task, and names every task after what it asks and for
 * whom ("Décision d'entrée — CER-2026-000042 — Camille Dupont"). Added to every user task by
 * {@link TaskLifecyclePlugin}, so that a task added by a designer is guarded without model plumbing.
 * Then tells every {@link TaskObserver} (e-mails to whoever the task awaits, decision letters).
 */
@Component
public class TaskLifecycleListener implements TaskListener {

  private final Map<String, TaskPolicy> policies;
  private final List<TaskObserver> observers;
  private final List<TaskScope> scopes;

  TaskLifecycleListener(List<TaskPolicy> policies, List<TaskObserver> observers, List<TaskScope> scopes) {
    this.scopes = List.copyOf(scopes);
    this.policies = policies.stream().collect(Collectors.toUnmodifiableMap(
        p -> key(p.processKey(), p.taskKey()), Function.identity()));
    this.observers = List.copyOf(observers);
  }

  /** The administrators' group (identity.Groups.ADMIN; the mechanics do not import identity). */
  static final String ADMIN_GROUP = "camunda-admin";

  static String key(String processKey, String taskKey) {
    return processKey + "#" + taskKey;
  }

  @Override
  public void notify(DelegateTask task) {
    String processKey = processKeyOf(task);
    Optional<TaskPolicy> policy = policyFor(processKey, task.getTaskDefinitionKey());
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> {
        nameAfterCase(task);
        scopes.forEach(s -> s.scope(processKey, task));
        policy.ifPresent(p -> p.onCreate(task));
        observers.forEach(o -> o.created(processKey, task));
      }
      case EVENTNAME_COMPLETE -> {
        checkWorker(processKey, task);
        policy.ifPresent(p -> p.onComplete(task));
        observers.forEach(o -> o.completed(processKey, task));
        policy.ifPresent(p -> p.onEnd(task));
      }
      case EVENTNAME_DELETE -> policy.ifPresent(p -> p.onEnd(task));
      default -> { }
    }
  }

  /**
   * Whoever completes a task must be one it is offered to: its assignee, a candidate user, or a member of a
   * candidate group (the engine's authorizations say the same over HTTP; this holds for the Java API too, where
   * a caller may claim any groups). The system itself (no authenticated user) and administrators may.
   */
  private void checkWorker(String processKey, DelegateTask task) {
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return;
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (groups.contains(ADMIN_GROUP)) {
      return;
    }
    String user = auth.getUserId();
    boolean offered = user.equals(task.getAssignee()) || task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .anyMatch(link -> user.equals(link.getUserId()) || link.getGroupId() != null && groups.contains(link.getGroupId()));
    if (!offered) {
      throw CaseInputException.forbidden("Cette tâche (« " + task.getName() + " ») ne vous est pas proposée : " + user
          + " n'en est ni le destinataire ni membre d'un des groupes auxquels elle est confiée.");
    }
    scopes.forEach(s -> s.checkWorker(processKey, task, user));
  }

  public Optional<TaskPolicy> policyFor(String processKey, String taskKey) {
    return Optional.ofNullable(policies.get(key(processKey, taskKey)));
  }

  private static String processKeyOf(DelegateTask task) {
    String definitionId = task.getProcessDefinitionId();
    if (definitionId == null) {
      return "";
    }
    ProcessDefinition definition = task.getProcessEngineServices().getRepositoryService().getProcessDefinition(definitionId);
    return definition.getKey();
  }

  private static void nameAfterCase(DelegateTask task) {
    String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    Object person = task.getVariable(Applicant.NAME.name());
    StringBuilder name = new StringBuilder(task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
    if (businessKey != null) {
      name.append(" — ").append(businessKey);
    }
    if (person instanceof String s && !s.isBlank()) {
      name.append(" — ").append(s);
    }
    task.setName(name.length() > 255 ? name.substring(0, 255) : name.toString());
  }
}
