package fr.engagements.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestMailServer;
import fr.engagements.support.TestMailServer.Mail;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Mails about any user task of any process (not only cer-candidacy), and the reminder delegate
 * {@code remindTaskDelegate} on a non-interrupting timer path, on a small model deployed by the test:
 * a signature task of a candidate group (reminded through the {@code taskKey} property) and a review
 * task assigned to a user (reminded through the task the timer is attached to).
 */
class TaskReminderTest extends CerProcessTestSupport {

  static final String PROCESS = "test-relances";
  static final String SIGN = "signLabDirector";
  static final String REVIEW = "reviewProject";
  private static final AtomicInteger CASES = new AtomicInteger();
  private static boolean deployed;

  @Autowired
  TestMailServer mail;
  @Autowired
  IdentitySeeder identities;

  private String director;
  private String reviewer;

  @BeforeEach
  void deployAndSeed() {
    if (!deployed) {
      repositoryService().createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model()).deploy();
      deployed = true;
    }
    director = "directeur-" + year;
    reviewer = "relecteur-" + year;
    identities.ensureUser(director, "Alix", "Robert", director + "@labo.example.fr", director, List.of(Groups.LAB_DIRECTORS));
    identities.ensureUser(reviewer, "Noé", "Girard", reviewer + "@staff.example.fr", reviewer, List.of());
  }

  static BpmnModelInstance model() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).name("Test des relances").camundaHistoryTimeToLive(1)
        .startEvent("started").name("Démarré")
        .parallelGateway("fork")
        .userTask(SIGN).name("Signature du directeur de laboratoire").camundaCandidateGroups(Groups.LAB_DIRECTORS)
        .camundaDueDate("${deadlines.inDays(14)}")
        .boundaryEvent("signatureReminderDue").name("7 jours sans signature").cancelActivity(false).timerWithDuration("P7D")
        .serviceTask("remindSigner").name("Relancer le signataire").camundaDelegateExpression("${remindTaskDelegate}")
        .endEvent("signerReminded").name("Signataire relancé")
        .moveToActivity(SIGN).endEvent("signed").name("Signé")
        .moveToNode("fork")
        .userTask(REVIEW).name("Relire le projet").camundaAssignee("${reviewer}")
        .boundaryEvent("reviewReminderDue").name("7 jours sans relecture").cancelActivity(false).timerWithDuration("P7D")
        .serviceTask("remindReviewer").name("Relancer le relecteur").camundaDelegateExpression("${remindTaskDelegate}")
        .endEvent("reviewerReminded").name("Relecteur relancé")
        .moveToActivity(REVIEW).endEvent("reviewed").name("Relu")
        .done();
    ServiceTask remindSigner = model.getModelElementById("remindSigner");
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    CamundaProperty taskKey = model.newInstance(CamundaProperty.class);
    taskKey.setCamundaName(RemindTaskDelegate.TASK_KEY_PROPERTY);
    taskKey.setCamundaValue(SIGN);
    properties.addChildElement(taskKey);
    remindSigner.builder().addExtensionElement(properties);
    return model;
  }

  private ProcessInstance startCase(String key) {
    return runtimeService().startProcessInstanceByKey(PROCESS, key, Map.of(
        "applicantId", "etudiant-relance", "applicantName", "Camille Dupont", "applicantEmail", "relance@etu.example.fr",
        "reviewer", reviewer));
  }

  private List<Mail> mailsTo(String address, String key) {
    Notifications.send(engine, key);
    return mail.to(address).stream().filter(m -> m.subject().contains(key)).toList();
  }

  private void fire(ProcessInstance pi, String timer) {
    Job job = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult();
    managementService().executeJob(job.getId());
  }

  @Test
  void anyProcessesTasksAreMailedToTheAssigneeOrToTheMembersOfTheCandidateGroup() {
    String key = "TEST-" + year + "-" + CASES.incrementAndGet();
    ProcessInstance pi = startCase(key);

    assertThat(mailsTo(reviewer + "@staff.example.fr", key)).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("À traiter : Relire le projet — " + key);
      assertThat(m.body()).contains("Une tâche vous attend dans Tasklist.", "Échéance : aucune");
    });
    assertThat(mailsTo(director + "@labo.example.fr", key)).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("À traiter avant le 15/10/" + year + " : Signature du directeur de laboratoire — " + key);
      assertThat(m.body()).contains("attend votre groupe « Directeurs de laboratoire »",
          "Dossier : " + key + " — Camille Dupont");
    });
  }

  @Test
  void theReminderMailsTheCandidateGroupOfTheTaskNamedByItsTaskKeyPropertyAndTheTaskGoesOn() {
    String key = "TEST-" + year + "-" + CASES.incrementAndGet();
    ProcessInstance pi = startCase(key);
    Notifications.send(engine, key);
    CerFixtures.setToday(LocalDate.of(year, 10, 8));

    fire(pi, "signatureReminderDue");

    assertThat(pi).hasPassed("remindSigner").isWaitingAt(SIGN, REVIEW);
    List<Mail> reminders = mailsTo(director + "@labo.example.fr", key).stream().filter(m -> m.subject().startsWith("Relance")).toList();
    assertThat(reminders).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("Relance — à traiter avant le 15/10/" + year + " : Signature du directeur de laboratoire — " + key);
      assertThat(m.body()).contains("Rappel : la tâche ci-dessous attend toujours votre groupe « Directeurs de laboratoire »,"
          + " depuis le 01/10/" + year + ".", "Échéance : 15/10/" + year,
          "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + taskQuery().processInstanceId(pi.getId())
              .taskDefinitionKey(SIGN).singleResult().getId());
    });
    assertThat(mailsTo(reviewer + "@staff.example.fr", key)).noneMatch(m -> m.subject().startsWith("Relance"));
  }

  @Test
  void withoutTaskKeyTheReminderMailsWhoeverTheTaskItsTimerIsAttachedToAwaits() {
    String key = "TEST-" + year + "-" + CASES.incrementAndGet();
    ProcessInstance pi = startCase(key);
    Notifications.send(engine, key);
    CerFixtures.setToday(LocalDate.of(year, 10, 8));

    fire(pi, "reviewReminderDue");

    assertThat(mailsTo(reviewer + "@staff.example.fr", key)).filteredOn(m -> m.subject().startsWith("Relance")).singleElement()
        .satisfies(m -> {
          assertThat(m.subject()).isEqualTo("Relance : Relire le projet — " + key);
          assertThat(m.body()).contains("Rappel : la tâche ci-dessous vous attend toujours, depuis le 01/10/" + year + ".");
        });
  }
}
