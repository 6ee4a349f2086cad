package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.cer.jury.CerJuryDeclarationProcess;
import fr.engagements.cer.jury.ConflictKind;
import fr.engagements.cer.jury.JuryRole;
import fr.engagements.cer.jury.JuryService;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.cer.timeline.Timeline;
import fr.engagements.cer.timeline.TimelineService;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.notification.NotificationService;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Conflicts of interest of the national jury (issue 9) on the real engine: each member of the session
 * declares before seeing the jury task; a conflict recuses them for good; a recusal that breaks CER_P6
 * stops the decision and asks the secretariat to complete the session.
 */
class JuryConflictOfInterestProcessTest extends CerProjectTestSupport {

  @Autowired
  JuryService juryService;
  @Autowired
  TimelineService timelines;
  @Autowired
  IdentitySeeder identities;

  private ProcessInstance declarationProcess(ProcessInstance pi, String member) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(CerJuryDeclarationProcess.KEY)
        .processInstanceId(declarationOf(pi, member).getProcessInstanceId()).singleResult();
  }

  private List<Task> visibleTo(ProcessInstance pi, String user, String group) {
    as(user, group);
    try {
      return taskService().createTaskQuery().processInstanceId(pi.getId()).listPage(0, 100);
    } finally {
      asSystem();
    }
  }

  private ProcessInstance waitingForEntryDecision() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    assertThat(pi).isWaitingAt(Tasks.DECIDE_ENTRY);
    return pi;
  }

  private String newJuror() {
    String id = "jury-extra-" + year;
    identities.ensureUser(id, "Nora", "Lefèvre", id + "@staff.example.fr", id, List.of(Groups.CER_JURY));
    return id;
  }

  @Test
  @DisplayName("CER_P6 : sans lien déclaré, le membre voit la tâche du jury et décide ; les autres déclarations s'éteignent")
  void CER_P6_declaringNoConflictOpensTheJuryTaskToTheMemberWhoMayDecide() {
    ProcessInstance pi = waitingForEntryDecision();

    for (String member : List.of("jury1", "jury2", "jury3", "jury4", "jury5", "jury6", "observateur")) {
      assertThat(declarationOf(pi, member)).as(member).isNotNull();
    }
    ProcessInstance declaration = declarationProcess(pi, "jury1");
    assertThat(declaration).isWaitingAt(CerJuryDeclarationProcess.Tasks.DECLARE_INTERESTS).task().isAssignedTo("jury1");
    assertThat(visibleTo(pi, "jury1", Groups.CER_JURY)).as("hidden until the member declares").isEmpty();
    assertThat(visibleTo(pi, "observateur", Groups.CER_JURY_OBSERVERS)).as("observers declare too").isEmpty();
    assertThat(task(pi).getDescription()).contains("Déclarer les liens d'intérêts");

    declareNoConflict(pi, "jury1");

    assertThat(declaration).isEnded().hasPassed("endNoConflict");
    assertThat(visibleTo(pi, "jury1", Groups.CER_JURY)).extracting(Task::getTaskDefinitionKey).containsExactly(Tasks.DECIDE_ENTRY);
    ProcessInstance pending = declarationProcess(pi, "jury2");
    decideEntry(pi, EntryDecision.REJECTED);

    assertThat(pi).isEnded().hasPassed("endRejected");
    assertThat(pending).as("open declarations end with the decision").isEnded().hasPassed("endDeclarationMoot");
  }

  @Test
  @DisplayName("CER_P6 : un membre qui déclare un lien est récusé, ne voit ni ne décide, et l'historique le montre")
  void CER_P6_aMemberDeclaringAConflictIsRecusedAndTheTimelineShowsIt() {
    ProcessInstance pi = waitingForEntryDecision();
    ProcessInstance declaration = declarationProcess(pi, "jury6");

    declareConflict(pi, "jury6", ConflictKind.SAME_LAB);

    assertThat(declaration).isEnded().hasPassed("endRecused").hasNotPassed(CerJuryDeclarationProcess.Tasks.COMPLETE_JURY_SESSION);
    assertThat(visibleTo(pi, "jury6", Groups.CER_JURY)).isEmpty();
    Task decide = taskOf(pi, Tasks.DECIDE_ENTRY);
    as("jury6", Groups.CER_JURY);
    assertThatThrownBy(() -> taskService().complete(decide.getId(), withVariables(ENTRY_DECISION.name(), "ADMITTED",
        ENTRY_RATIONALE.name(), "ok"))).isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> taskService().getVariables(decide.getId())).isInstanceOf(AuthorizationException.class);
    asSystem();
    assertThat(taskOf(pi, Tasks.DECIDE_ENTRY).getDescription()).as("jury1 still holds the EPST seat")
        .doesNotContain("Décision impossible").contains("Membres récusés pour cette candidature : jury6");

    decideEntry(pi, EntryDecision.REJECTED);
    assertThat(pi).isEnded();

    Timeline timeline = timelines.of(historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult());
    assertThat(timeline.events()).filteredOn(e -> e.kind() == Timeline.Kind.RECUSAL).singleElement()
        .satisfies(e -> {
          assertThat(e.label()).contains("Récusation", "même laboratoire");
          assertThat(e.actor().id()).isEqualTo("jury6");
          assertThat(e.step()).isEqualTo(Tasks.DECIDE_ENTRY);
          assertThat(e.details()).noneMatch(d -> String.valueOf(d.text()).contains("Précision libre"));
        });
    assertThat(timeline.events()).filteredOn(e -> e.kind() == Timeline.Kind.DECLARATION).extracting(e -> e.actor().id())
        .containsExactly("jury1");
  }

  @Test
  @DisplayName("CER_P6 : une récusation qui rompt la composition bloque la décision, la tâche dit pourquoi et le secrétariat la complète")
  void CER_P6_aRecusalBreakingTheCompositionStopsTheDecisionUntilTheSecretariatAddsAMember() {
    ProcessInstance pi = waitingForEntryDecision();
    ProcessInstance declaration = declarationProcess(pi, "jury2");
    long secretariatMails = secretariatNotifications(pi);

    declareConflict(pi, "jury2", ConflictKind.SUPERVISION);

    assertThat(declaration).isWaitingAt(CerJuryDeclarationProcess.Tasks.COMPLETE_JURY_SESSION).task()
        .hasCandidateGroup(Groups.CER_SECRETARIAT);
    assertThat(task(declaration).getDescription()).contains("jury2", "CER_P6", "médecine-sciences");
    assertThat(secretariatNotifications(pi)).as("the secretariat is told by e-mail")
        .isGreaterThan(secretariatMails);
    assertThat(taskOf(pi, Tasks.DECIDE_ENTRY).getDescription())
        .contains("Décision impossible", "CER_P6", "médecine-sciences", "jury2 récusé", "secrétariat");
    declareNoConflict(pi, "jury1");
    as("jury1", Groups.CER_JURY);
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.DECIDE_ENTRY), withVariables(ENTRY_DECISION.name(), "ADMITTED",
        ENTRY_RATIONALE.name(), "ok"))).hasMessageContaining("ne peut pas décider").hasMessageContaining("médecine-sciences");
    asSystem();

    // a seat that does not fill the gap is refused; the task stays
    String juror = newJuror();
    as("secretariat", Groups.CER_SECRETARIAT);
    assertThatThrownBy(() -> complete(task(declaration), withVariables(CerJuryDeclarationProcess.NEW_MEMBER_ID.name(), juror,
        CerJuryDeclarationProcess.NEW_MEMBER_ROLE.name(), JuryRole.HOSPITAL_PRACTITIONER.name())))
        .hasMessageContaining("ne peut toujours pas décider");
    complete(task(declaration), withVariables(CerJuryDeclarationProcess.NEW_MEMBER_ID.name(), juror,
        CerJuryDeclarationProcess.NEW_MEMBER_ROLE.name(), JuryRole.MED_SCI_NETWORK.name(),
        CerJuryDeclarationProcess.NEW_MEMBER_DETAIL.name(), "Réseau médecine-sciences"));
    asSystem();

    assertThat(declaration).isEnded().hasPassed("endSessionCompleted");
    assertThat(juryService.sessionFor(year, JurySession.Kind.ENTRY).orElseThrow().getMembers())
        .anyMatch(m -> m.getUserId().equals(juror) && m.getRole() == JuryRole.MED_SCI_NETWORK);
    assertThat(declarationOf(pi, juror)).as("the new member declares before seeing the dossier").isNotNull();
    assertThat(taskOf(pi, Tasks.DECIDE_ENTRY).getDescription()).doesNotContain("Décision impossible");

    decideEntry(pi, EntryDecision.REJECTED);
    assertThat(pi).isEnded().hasPassed("endRejected");
    assertThat(variable(pi, ENTRY_DECIDED_BY.name())).isEqualTo("jury1");
  }

  @Test
  @DisplayName("CER_P6 : decidePost — même jury, nouvelle déclaration ; une récusation qui rompt la session attend le secrétariat")
  void CER_P6_decidePostNeedsItsOwnDeclarationsAndARecusalThereAlsoStopsTheDecision() {
    ProcessInstance pi = waitingForPostDecision(unfunded());
    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);
    assertThat(visibleTo(pi, "jury3", Groups.CER_JURY)).isEmpty();
    ProcessInstance declaration = declarationProcess(pi, "jury3");

    declareConflict(pi, "jury3", ConflictKind.SAME_DEPARTMENT);

    assertThat(declaration).isWaitingAt(CerJuryDeclarationProcess.Tasks.COMPLETE_JURY_SESSION);
    assertThat(taskOf(pi, Tasks.DECIDE_POST).getDescription()).contains("CER_P6", "hospitalier", "jury3 récusé");
    declareNoConflict(pi, "jury1");
    as("jury1", Groups.CER_JURY);
    assertThatThrownBy(() -> complete(taskOf(pi, Tasks.DECIDE_POST), withVariables(POST_DECISION.name(), "GRANTED",
        POST_RATIONALE.name(), "ok"))).hasMessageContaining("ne peut pas décider");
    asSystem();

    String juror = newJuror();
    as("secretariat", Groups.CER_SECRETARIAT);
    complete(task(declaration), withVariables(CerJuryDeclarationProcess.NEW_MEMBER_ID.name(), juror,
        CerJuryDeclarationProcess.NEW_MEMBER_ROLE.name(), JuryRole.HOSPITAL_PRACTITIONER.name()));
    asSystem();

    as("jury1", Groups.CER_JURY);
    complete(taskOf(pi, Tasks.DECIDE_POST), withVariables(POST_DECISION.name(), "REFUSED", POST_RATIONALE.name(),
        "Projet insuffisamment construit."));
    asSystem();
    assertThat(pi).isEnded().hasPassed(Elements.END_POST_REFUSED);
  }

  @Test
  @DisplayName("CER_P6 : un membre récusé à l'entrée reste récusé pour le poste, sans nouvelle déclaration")
  void CER_P6_aMemberRecusedAtEntryStaysRecusedForThePost() {
    ProcessInstance pi = waitingForEntryDecision();
    declareConflict(pi, "jury6", ConflictKind.FAMILY);
    decideEntry(pi, EntryDecision.ADMITTED);
    executeDueJobs(pi);
    submitProject(pi, project(12));
    allSign(pi);
    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));
    assertThat(pi).isWaitingAt(Tasks.DECIDE_POST);

    assertThat(declarationOf(pi, "jury6")).as("no new declaration is asked").isNull();
    assertThat(declarationOf(pi, "jury3")).isNotNull();
    assertThat(visibleTo(pi, "jury6", Groups.CER_JURY)).isEmpty();
    declareNoConflict(pi, "jury3");
    assertThat(visibleTo(pi, "jury6", Groups.CER_JURY)).as("recused for good").isEmpty();
    assertThat(taskOf(pi, Tasks.DECIDE_POST).getDescription()).contains("Membres récusés pour cette candidature : jury6");
  }

  private long secretariatNotifications(ProcessInstance pi) {
    String businessKey = runtimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
    String[] notifications = historyService().createHistoricProcessInstanceQuery().processDefinitionKey(NotificationService.PROCESS_KEY)
        .processInstanceBusinessKey(businessKey).list().stream().map(n -> n.getId()).toArray(String[]::new);
    return notifications.length == 0 ? 0 : historyService().createHistoricVariableInstanceQuery().processInstanceIdIn(notifications)
        .variableValueEquals(NotificationService.TO_GROUP, Groups.CER_SECRETARIAT).count();
  }
}
