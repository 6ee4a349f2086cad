package fr.engagements.web.board;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import fr.engagements.casefile.CaseType;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The steps of a board, in French: the user tasks of the case's process (every deployed version, names from the
 * model, as Tasklist shows them), a case with no open task ({@value #WAITING}) and an ended one ({@value #ENDED}).
 */
@Component
class StepLabels {

  static final String WAITING = "WAITING";
  static final String ENDED = "ENDED";

  private final RepositoryService repository;
  private final IdentityService identity;
  /** User tasks of each deployed definition (by id: a deployed version never changes). */
  private final Map<String, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

  StepLabels(@Lazy RepositoryService repository, @Lazy IdentityService identity) {
    this.repository = repository;
    this.identity = identity;
  }

  /** Task key → French name, in the model's order (latest version first), then the two states without a task. */
  Map<String, String> of(CaseType type) {
    Map<String, String> steps = new LinkedHashMap<>();
    var caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      for (ProcessDefinition definition : repository.createProcessDefinitionQuery().processDefinitionKey(type.processKey())
          .orderByProcessDefinitionVersion().desc().list()) {
        byDefinition.computeIfAbsent(definition.getId(), this::userTasks).forEach(steps::putIfAbsent);
      }
    } finally {
      if (caller != null) {
        identity.setAuthentication(caller);
      }
    }
    steps.put(WAITING, "Sans tâche en cours (étape automatique ou attente d'un événement)");
    steps.put(ENDED, "Dossier clos");
    return steps;
  }

  private Map<String, String> userTasks(String definitionId) {
    Map<String, String> tasks = new LinkedHashMap<>();
    for (UserTask task : repository.getBpmnModelInstance(definitionId).getModelElementsByType(UserTask.class)) {
      tasks.put(task.getId(), task.getName() == null ? task.getId() : task.getName());
    }
    return tasks;
  }
}
