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
 * A mail server that is down never fails nor blocks a case: each e-mail is the asynchronous
 * {@code sendEmail} step of its own {@code notification} instance, retried 5 times 10 minutes apart
 * (R5/PT10M), then left as an incident for Cockpit, while the candidacy goes on.
 */
class MailServerDownTest extends CerProcessTestSupport {

  @Autowired
  TestMailServer mail;
  @Autowired
  IdentitySeeder identities;

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
    // the secretariat's task mail (the applicant's receipt waits the same way)
    ProcessInstance notification = Notifications.pending(engine, key).stream()
        .filter(n -> String.valueOf(runtimeService().getVariable(n.getId(), NotificationService.SUBJECT)).contains("Vérifier le dossier"))
        .findFirst().orElseThrow();
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
        .contains("À traiter avant le 15/10/" + year + " : Vérifier le dossier d'entrée — " + key);
  }

  private Job jobOf(ProcessInstance notification) {
    return managementService().createJobQuery().processInstanceId(notification.getId()).singleResult();
  }
}
