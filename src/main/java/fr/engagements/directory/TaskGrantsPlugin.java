package fr.engagements.directory;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Which authorization rows a task's candidate groups get (issue 14 and issue 17's Tasklist cost):
 * <ul>
 * <li>a role group of the model ({@code deans}, {@code ufr}, {@code ars}…) gets none: task scoping replaces it at once
 * by the institution's group ({@code deans.UPEC}), which gets the usual per-task grant; nor does {@code cer-jury}: the
 * jury decides in session, each member on their own session tasks;</li>
 * <li>a national group ({@code cer-secretariat}, {@code cng}) gets per-task work rights only on its contract's process:
 * it reads every task of that process through one process-definition grant ({@code READ_TASK}, {@code identity.AuthorizationSeeder}), so its
 * Tasklist queries join one authorization row, not one per task;</li>
 * <li>any other group, the default (read and work).</li>
 * </ul>
 */
@Component
class TaskGrantsPlugin extends AbstractProcessEnginePlugin {

  static final Set<String> ROLE_GROUPS = Stream.concat(Arrays.stream(AgentRole.values()).map(AgentRole::roleGroup),
      // the jury decides in session (cer.jury.JurySessions): its members act on the session's tasks, each their own,
      // never on a candidacy's jury task
      Stream.of(Groups.CER_JURY)).collect(Collectors.toSet());
  /** National group → the process whose every task it reads through one process-definition grant. */
  static final Map<String, String> NATIONAL_GROUPS = Arrays.stream(CaseType.values()).flatMap(t -> t.nationalGroups().stream()
      .map(g -> Map.entry(g, t.processKey()))).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      if (ROLE_GROUPS.contains(groupId)) {
        return null;
      }
      if (NATIONAL_GROUPS.containsKey(groupId) && NATIONAL_GROUPS.get(groupId).equals(processKeyOf(task))) {
        return new AuthorizationEntity[] {
            createOrUpdateAuthorization(task, null, groupId, Resources.TASK, false, TaskPermissions.TASK_WORK)};
      }
      return super.newTaskGroupIdentityLink(task, groupId, identityLinkType);
    }

    private static String processKeyOf(Task task) {
      return task instanceof TaskEntity entity && entity.getProcessDefinition() != null ? entity.getProcessDefinition().getKey() : null;
    }

    @Override
    public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
      return ROLE_GROUPS.contains(groupId) ? null : super.deleteTaskGroupIdentityLink(task, groupId, identityLinkType);
    }
  }
}
