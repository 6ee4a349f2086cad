package fr.engagements.directory;

import java.util.List;
import java.util.Optional;

import fr.engagements.casefile.CaseType;
import fr.engagements.casefile.Groups;
import fr.engagements.notification.NotificationService;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.ModelProperties;
import fr.engagements.process.TaskObserver;
import fr.engagements.process.TaskScope;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * CER_P11, CESP_12: a task the model offers to a role group ({@code deans}, {@code lab-directors},
 * {@code des-coordinators}, {@code ars}, {@code ufr}…) is offered to the agents of the institution the case names
 * in that role instead ({@code deans.UPEC}) — Tasklist lists it under their groups, nobody else sees it. The
 * model's extension property {@code party} names another party (e.g. {@code TARGET_ARS}). When the case names no
 * institution, or nobody acts for it, the national body holds the task with the reason, and administrators are told.
 */
@Component
class TaskScoping implements TaskScope, TaskObserver {

  /** Extension property of a user task: the {@link PartyRole} it is for, when not the one of its role group. */
  static final String PARTY_PROPERTY = "party";

  private final CaseParties parties;
  private final Directory directory;
  private final TaskHandover handover;
  private final NotificationService notifications;
  private final List<PartyResolver> resolvers;

  TaskScoping(CaseParties parties, Directory directory, TaskHandover handover, NotificationService notifications,
      List<PartyResolver> resolvers) {
    this.resolvers = List.copyOf(resolvers);
    this.parties = parties;
    this.directory = directory;
    this.handover = handover;
    this.notifications = notifications;
  }

  @Override
  public void scope(String processKey, DelegateTask task) {
    Optional<CaseType> type = CaseType.ofProcessKey(processKey).or(() -> processKey.startsWith("cesp-")
        ? Optional.of(CaseType.CESP) : Optional.empty());
    if (type.isEmpty() || task.getExecution() == null) {
      return;
    }
    String caseKey = task.getExecution().getProcessBusinessKey();
    if (caseKey != null) {
      resolvers.stream().filter(r -> r.handles(processKey))
          .forEach(r -> r.resolve(task).forEach((role, institution) -> parties.name(task, role, institution)));
    }
    List<String> roleGroups = task.getCandidates().stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
        .map(IdentityLink::getGroupId).filter(g -> AgentRole.ofRoleGroup(g).isPresent()).toList();
    for (String roleGroup : roleGroups) {
      PartyRole role = ModelProperties.of(task, PARTY_PROPERTY).map(PartyRole::valueOf)
          .or(() -> PartyRole.ofRoleGroup(roleGroup)).orElseThrow();
      String businessKey = task.getExecution().getProcessBusinessKey();
      task.deleteCandidateGroup(roleGroup);
      Optional<CaseParty> party = businessKey == null ? Optional.empty() : parties.of(businessKey, role);
      if (party.isEmpty()) {
        handover.waitForAgent(task, type.get(), null, "le dossier ne désigne pas " + role.label() + ".");
        continue;
      }
      String group = party.get().getGroupId();
      task.addCandidateGroup(group);
      if (!directory.hasAgents(group)) {
        handover.waitForAgent(task, type.get(), group, "aucun(e) " + role.agentRole().label() + " n'est enregistré(e) pour "
            + party.get().getInstitution().getName() + ".");
      }
    }
  }

  /** The national body holds a task for want of an agent: it does not sign or decide in the institution's place. */
  @Override
  public void checkWorker(String processKey, DelegateTask task, String userId) {
    Object awaited = task.getVariableLocal(TaskHandover.AWAITING_AGENT_OF);
    if (awaited instanceof String group) {
      throw CaseInputException.conflict("Cette tâche attend un agent : " + task.getVariableLocal(TaskHandover.AWAITING_REASON)
          + " Elle ne peut être accomplie qu'après son enregistrement dans l'annuaire (« " + (group.isEmpty() ? "institution à"
          + " désigner" : group) + " »).");
    }
  }

  /** After the task's policy described it: a task held by the national body says why first; administrators are told. */
  @Override
  public void created(String processKey, DelegateTask task) {
    if (!(task.getVariableLocal(TaskHandover.AWAITING_REASON) instanceof String reason)) {
      return;
    }
    task.setDescription(TaskHandover.waiting(reason, task.getDescription()));
    String businessKey = task.getExecution() == null ? "" : task.getExecution().getProcessBusinessKey();
    notifications.toGroup(task, Groups.ADMIN, "Annuaire : une tâche attend un agent — " + businessKey,
        "La tâche « " + TaskHandover.baseName(task.getName()) + " » du dossier " + businessKey + " attend un agent : " + reason
            + "\n\nEnregistrez l'agent dans l'annuaire (/admin/annuaire) : la tâche lui reviendra aussitôt. En attendant, elle"
            + " est dans la liste du secrétariat national.");
  }
}
