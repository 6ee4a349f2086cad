package fr.engagements.cer.jury;

import fr.engagements.casefile.Groups;
import fr.engagements.process.Grants;
import fr.engagements.process.TaskObserver;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/** CER_P6: the student-association observers see every jury task, read only (they never vote); the grant dies with the task. */
@Component
class JuryObserverAccess implements TaskObserver {

  @Override
  public void created(String processKey, DelegateTask task) {
    boolean juryTask = task.getCandidates().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && Groups.CER_JURY.equals(link.getGroupId()));
    if (juryTask) {
      Grants.toGroup(task.getProcessEngineServices(), Groups.CER_JURY_OBSERVERS, Resources.TASK, task.getId(),
          TaskPermissions.READ, TaskPermissions.READ_VARIABLE);
    }
  }
}
