package fr.engagements.notification;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.util.List;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestMailServer;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail server that is down never fails nor blocks a case: each e-mail is a row of the outbox, written with the
 * step; when the worker's try fails, the mail is handed over to its own {@code notification} instance whose
 * asynchronous {@code sendEmail} step is retried 5 times 10 minutes apart (R5/PT10M), then left as an incident for
 * Cockpit, while the candidacy goes on.
 */
class MailServerDownTest extends CerProcessTestSupport {

  @Autowired
  TestMailServer mail;
  @Autowired
  IdentitySeeder identities;
  @Autowired
  MailOutboxWorker worker;

  @AfterEach
  void mailServerBack() {
    mail.start();
  }

  @Test
  void aMailServerThatIsDownNeverFailsNorBlocksTheCaseAndEndsInAnIncidentAfterFiveTries() {
    String secretary = "secretaire-panne-" + year;
    identities.ensureUser(secretary, "Sacha", "Bernard", secretary + "@staff.example.fr", secretary, List.of(Groups.CER_SECRETARIAT));
    mail.stop();

    ProcessInstance pi = start(eligible());
    assertThat(pi).as("the start does not wait for the mail server").isWaitingAt(Tasks.VERIFY_DOSSIER);
    String key = historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
    // the secretariat's task mail (the applicant's receipt waits the same way): one outbox row, no process yet
    OutboxMail queued = Notifications.pending(engine, key).stream()
        .filter(m -> m.subject().contains("Vérifier le dossier")).findFirst().orElseThrow();
    assertThat(queued.status()).isEqualTo(OutboxMail.Status.QUEUED);
    assertThat(Notifications.instance(engine, queued)).as("no notification process while the mail is only queued").isNull();

    // the worker's try fails: the mail is handed over to one notification instance, whose job retries it
    worker.sendCase(key);
    OutboxMail handedOver = mailOf(key, queued.id());
    assertThat(handedOver.status()).isEqualTo(OutboxMail.Status.HANDED_OVER);
    assertThat(handedOver.attempts()).isEqualTo(1);
    assertThat(handedOver.lastError()).contains("Mail server connection failed");
    ProcessInstance notification = Notifications.instance(engine, handedOver);
    assertThat(notification).isNotNull();
    assertThat(notification.getBusinessKey()).isEqualTo(key);
    assertThat(runtimeService().getVariable(notification.getId(), NotificationService.SUBJECT)).isEqualTo(queued.subject());
    assertThat(runtimeService().getVariable(notification.getId(), NotificationService.TO_GROUP)).isEqualTo(queued.toGroup());
    worker.sendCase(key);
    assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(NotificationService.PROCESS_KEY)
        .processInstanceBusinessKey(key).variableValueEquals(NotificationService.OUTBOX_ID, queued.id()).count())
        .as("the worker never takes a handed-over mail again").isEqualTo(1);
    Job job = jobOf(notification);

    int tries = 0;
    while (job.getRetries() > 0) {
      String id = job.getId();
      assertThatThrownBy(() -> managementService().executeJob(id)).as("try %d", tries + 1).hasMessageContaining("Mail server connection failed");
      tries++;
      job = jobOf(notification);
      if (job.getRetries() > 0) {
        assertThat(job.getDuedate()).as("next try in 10 minutes")
            .isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(10)));
      }
    }

    assertThat(tries).isEqualTo(5);
    Incident incident = runtimeService().createIncidentQuery().processInstanceId(notification.getId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("sendEmail");

    // the candidacy went on while the mail server was down: no incident, next steps done
    verifyDossier(pi, true, null);
    assertThat(pi).isWaitingAt(Tasks.DECIDE_ENTRY);
    assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();

    // the server is back: an operator retries the incident (Cockpit), the mail goes
    mail.start();
    managementService().setJobRetries(job.getId(), 1);
    managementService().executeJob(job.getId());
    assertThat(runtimeService().createIncidentQuery().processInstanceId(notification.getId()).count()).isZero();
    assertThat(mail.to(secretary + "@staff.example.fr")).extracting(TestMailServer.Mail::subject)
        .containsOnlyOnce("À traiter avant le 15/10/" + year + " : Vérifier le dossier d'entrée — " + key);
    assertThat(mailOf(key, queued.id()).status()).as("the outbox row says so").isEqualTo(OutboxMail.Status.SENT);
  }

  private OutboxMail mailOf(String key, long id) {
    return Notifications.all(engine, key).stream().filter(m -> m.id() == id).findFirst().orElseThrow();
  }

  private Job jobOf(ProcessInstance notification) {
    return managementService().createJobQuery().processInstanceId(notification.getId()).singleResult();
  }
}
