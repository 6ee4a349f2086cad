package fr.engagements.notification;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.List;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.support.LetterPdf;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestMailServer;
import fr.engagements.support.TestMailServer.Attachment;
import fr.engagements.support.TestMailServer.Mail;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A decision e-mail carries its letter (PDF attachment, the very bytes stored with the case); e-mails that
 * take no decision carry none. A step rolled back after writing its letter leaves no letter; its retry writes one.
 */
class DecisionLetterMailTest extends CerProcessTestSupport {

  /** Campaign years are few; these tests fund at most 7 candidacies, within the quota of 10. */
  private static final int[] SHARED = {0};

  @Override
  protected int campaignYear() {
    return sharedCampaign(SHARED);
  }

  @Autowired
  TestMailServer mail;
  @Autowired
  DecisionLetters letters;
  @Autowired
  TransactionTemplate transactions;

  private String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  private List<Mail> mailsOf(ProcessInstance pi) {
    String key = businessKey(pi);
    String address = (String) historyService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(APPLICANT_EMAIL.name()).singleResult().getValue();
    Notifications.send(engine, key);
    return mail.to(address).stream().filter(m -> m.subject().contains(key)).toList();
  }

  private Letter letter(ProcessInstance pi, LetterKind kind) {
    return letters.ofCase(businessKey(pi)).stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
  }

  private void assertCarries(Mail received, Letter letter) {
    assertThat(received.attachments()).singleElement().satisfies(attachment -> {
      assertThat(attachment.filename()).isEqualTo(letter.filename());
      assertThat(attachment.contentType()).isEqualTo("application/pdf");
      assertThat(attachment.content()).isEqualTo(letters.pdf(letter.id()).orElseThrow());
    });
    assertThat(received.body()).contains("Le courrier de décision est joint à ce message (PDF)");
  }

  @Test
  void CER_E1_theIneligibilityMailCarriesTheLetter() {
    ProcessInstance pi = start(eligible().putValue(DOCTORATE_TYPE.name(), "EXERCISE"));

    Awaitility.await().until(() -> mailsOf(pi).stream().anyMatch(m -> m.subject().startsWith("Résultat")));
    Mail received = mailsOf(pi).stream().filter(m -> m.subject().startsWith("Résultat")).findFirst().orElseThrow();
    assertCarries(received, letter(pi, LetterKind.CER_INELIGIBILITY));
    Attachment pdf = received.attachments().get(0);
    assertThat(LetterPdf.text(pdf.content())).contains("Camille Dupont", "Décision : candidature non recevable");
  }

  @Test
  void CER_J1_F1_theJuryAndFundingMailsCarryTheirLettersTaskMailsNone() {
    ProcessInstance pi = admitted(eligible());

    Awaitility.await().until(() -> mailsOf(pi).stream().anyMatch(m -> m.subject().startsWith("Décision de financement")));
    List<Mail> received = mailsOf(pi);
    assertCarries(received.stream().filter(m -> m.subject().startsWith("Décision du jury")).findFirst().orElseThrow(),
        letter(pi, LetterKind.CER_ENTRY));
    assertCarries(received.stream().filter(m -> m.subject().startsWith("Décision de financement")).findFirst().orElseThrow(),
        letter(pi, LetterKind.CER_FUNDING));
    assertThat(received).filteredOn(m -> m.subject().startsWith("À traiter")).isNotEmpty()
        .allSatisfy(m -> assertThat(m.attachments()).isEmpty());
  }

  @Test
  void CER_F2_aFundingStepRolledBackLeavesNoLetterAndItsRetryWritesExactlyOne() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.ADMITTED);
    Job funding = managementService().createJobQuery().processInstanceId(pi.getId()).executable().singleResult();

    // the step runs, writes its letter, then its transaction fails (a crash, a lost connection…)
    transactions.executeWithoutResult(status -> {
      managementService().executeJob(funding.getId());
      assertThat(letters.ofCase(businessKey(pi))).extracting(Letter::kind).contains(LetterKind.CER_FUNDING);
      status.setRollbackOnly();
    });
    assertThat(letters.ofCase(businessKey(pi))).extracting(Letter::kind).containsExactly(LetterKind.CER_ENTRY);

    executeDueJobs(pi); // the job executor retries
    assertThat(letters.ofCase(businessKey(pi))).extracting(Letter::kind).containsExactly(LetterKind.CER_ENTRY, LetterKind.CER_FUNDING);
    assertThat(variable(pi, FUNDING_DECISION.name())).isEqualTo("FUNDED");
  }
}
