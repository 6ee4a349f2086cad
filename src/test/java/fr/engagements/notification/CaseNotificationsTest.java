package fr.engagements.notification;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.cer.CerProcessTestSupport;
import fr.engagements.casefile.Groups;
import fr.engagements.identity.IdentitySeeder;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestMailServer;
import fr.engagements.support.TestMailServer.Mail;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The e-mails of a candidacy, received by a real SMTP server: a task awaiting someone, and every
 * decision that concerns the applicant, in French, naming the case.
 */
class CaseNotificationsTest extends CerProcessTestSupport {

  private static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/?task=";

  @Autowired
  TestMailServer mail;
  @Autowired
  IdentitySeeder identities;

  private String applicantEmail(ProcessInstance pi) {
    return (String) variable(pi, APPLICANT_EMAIL.name());
  }

  private String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  /** Sends what the case queued, then the messages this address received about it. */
  private List<Mail> mailsOf(ProcessInstance pi, String address) {
    Notifications.send(engine, businessKey(pi));
    return mail.to(address).stream().filter(m -> m.subject().contains(businessKey(pi))).toList();
  }

  private String member(String group) {
    String id = CerFixtures.newApplicantId().replace("applicant", group + "-");
    identities.ensureUser(id, "Dominique", "Martin", id + "@staff.example.fr", id, List.of(group));
    return id + "@staff.example.fr";
  }

  @Test
  void aTaskAwaitingAGroupIsMailedToEachMemberWithTheTaskTheCaseAndTheDueDate() {
    String secretary = member(Groups.CER_SECRETARIAT);
    String otherSecretary = member(Groups.CER_SECRETARIAT);
    String juror = member(Groups.CER_JURY);
    ProcessInstance pi = start(eligible());
    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);
    String key = businessKey(pi);

    List<Mail> received = mailsOf(pi, secretary);

    assertThat(received).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("À traiter avant le 15/10/" + year + " : Vérifier le dossier d'entrée — " + key);
      assertThat(m.from()).isEqualTo("cer-cesp@engagements.local");
      assertThat(m.body()).contains("Une tâche attend votre groupe « Secrétariat national du CER » dans Tasklist.",
          "Tâche : Vérifier le dossier d'entrée", "Dossier : " + key + " — Camille Dupont", "Échéance : 15/10/" + year,
          TASKLIST + task(pi).getId(), "timeline.html?businessKey=" + key);
    });
    assertThat(mailsOf(pi, otherSecretary)).hasSize(1);
    assertThat(mailsOf(pi, juror)).as("not a member of the task's group").isEmpty();
  }

  @Test
  void aTaskAssignedToTheApplicantIsMailedToTheApplicantsAddress() {
    VariableMap vars = eligible();
    vars.remove(MOTIVATION_LETTER.name());
    ProcessInstance pi = start(vars);
    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);

    assertThat(mailsOf(pi, applicantEmail(pi))).filteredOn(m -> !m.subject().startsWith("Accusé de réception")).singleElement().satisfies(m -> {
      assertThat(m.subject()).startsWith("À traiter avant le 31/10/" + year + " : Compléter le dossier d'entrée — ");
      assertThat(m.body()).startsWith("Bonjour Camille Dupont,").contains("Une tâche vous attend dans Tasklist.",
          "Échéance : 31/10/" + year, "Pièces manquantes : la lettre de motivation", TASKLIST + task(pi).getId());
    });
  }

  @Test
  void CER_E5_aDossierSentBackTellsTheApplicantTheRemarksAndAwaitsTheApplicant() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, false, "La lettre de motivation n'est pas signée.");
    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);

    List<Mail> received = mailsOf(pi, applicantEmail(pi));

    assertThat(received).extracting(Mail::subject).containsExactlyInAnyOrder(
        "Accusé de réception de votre candidature au CER — " + businessKey(pi),
        "Votre dossier d'entrée est à compléter — " + businessKey(pi),
        "À traiter avant le 31/10/" + year + " : Compléter le dossier d'entrée — " + businessKey(pi));
    assertThat(received).filteredOn(m -> m.subject().startsWith("Votre dossier")).singleElement()
        .extracting(Mail::body).asString()
        .contains("Bonjour Camille Dupont,", "Remarques du secrétariat : La lettre de motivation n'est pas signée.",
            "Dossier : " + businessKey(pi));
  }

  @Test
  void CER_J2_admissionTellsTheApplicantTheJurysRationaleThenTheFundingDecisionAndItsTable() {
    ProcessInstance pi = admitted(eligible());

    List<Mail> received = mailsOf(pi, applicantEmail(pi));

    assertThat(received).filteredOn(m -> m.subject().startsWith("Décision du jury : candidature admise")).singleElement()
        .extracting(Mail::body).asString()
        .contains("Le jury national a admis votre candidature", "Motivation du jury : Parcours de recherche solide et projet motivé.");
    assertThat(received).filteredOn(m -> m.subject().startsWith("Décision de financement de votre CER")).singleElement()
        .extracting(Mail::body).asString()
        .contains("Votre Contrat d'Engagement Recherche est financé", "1 200,00 € brut par mois", "1 106,88 € net")
        .containsPattern("table de décision « cer-funding », version \\d+")
        .contains("L311-3-1");
    assertThat(received).filteredOn(m -> m.subject().contains("Déposer le projet médico-scientifique")).hasSize(1);
  }

  @Test
  void CER_J4_anUnfundedAdmissionTellsTheApplicantWhy() {
    ProcessInstance pi = admitted(eligible().putValue(OTHER_FUNDING.name(), "INSERM_SCHOOL"));

    assertThat(mailsOf(pi, applicantEmail(pi))).filteredOn(m -> m.subject().startsWith("Décision de financement")).singleElement()
        .extracting(Mail::body).asString()
        .contains("sans financement (CER non financé) : déjà financé par ailleurs (pas de cumul)");
  }

  @Test
  void CER_J2_rejectionTellsTheApplicantTheRationaleAndThatTheCandidacyIsClosed() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.REJECTED);
    assertThat(pi).isEnded();

    List<Mail> received = mailsOf(pi, applicantEmail(pi));

    assertThat(received).filteredOn(m -> m.subject().startsWith("Décision du jury : candidature non retenue")).singleElement()
        .extracting(Mail::body).asString().contains("Motivation du jury : Parcours de recherche solide et projet motivé.");
    assertThat(received).filteredOn(m -> m.subject().startsWith("Clôture de votre candidature au CER")).singleElement()
        .extracting(Mail::body).asString().contains("Issue : Candidature refusée par le jury.")
        .doesNotContain("Somme à rembourser");
  }

  /** Issue 13: from the first minute the applicant holds the case's number, in a receipt, and knows where to follow it. */
  @Test
  void aNewCandidacyIsAcknowledgedWithItsNumberTheSameDay() {
    ProcessInstance pi = start(eligible());

    assertThat(mailsOf(pi, applicantEmail(pi))).filteredOn(m -> m.subject().startsWith("Accusé de réception de votre candidature au CER"))
        .singleElement().satisfies(m -> {
          assertThat(m.subject()).contains(businessKey(pi));
          assertThat(m.body()).contains("est enregistrée le", "sous le numéro " + businessKey(pi), "Mes dossiers",
              "campagne " + year);
        });
  }

  @Test
  void CER_E1_anIneligibleApplicantIsToldWhyAndWhichTableVersionDecided() {
    ProcessInstance pi = start(eligible().putValue(DOCTORATE_TYPE.name(), "EXERCISE"));
    assertThat(pi).isEnded();

    List<Mail> received = mailsOf(pi, applicantEmail(pi));

    assertThat(received).filteredOn(m -> m.subject().startsWith("Résultat de l'examen d'éligibilité")).singleElement()
        .extracting(Mail::body).asString()
        .contains("n'est pas recevable : une thèse d'exercice ne donne pas accès au CER", "Règle appliquée : CER_E1")
        .containsPattern("table de décision « cer-eligibility », version \\d+");
    assertThat(received).filteredOn(m -> m.subject().startsWith("Clôture")).singleElement()
        .extracting(Mail::body).asString().contains("Issue : Candidature inéligible.");
  }

  @Test
  void CER_F3_theWithdrawalOfAFundedCandidacyTellsTheApplicantNothingIsBilledAndThePublicServiceOwed() {
    ProcessInstance pi = admitted(eligible());
    CerFixtures.setToday(LocalDate.of(year, 11, 1));
    executeDueJobs(pi);

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();

    assertThat(mailsOf(pi, applicantEmail(pi))).filteredOn(m -> m.subject().startsWith("Clôture")).singleElement()
        .extracting(Mail::body).asString()
        .contains("Issue : Candidature retirée (désistement).", "Aucune somme ne vous est réclamée",
            "obligation de servir 2 mois dans le service public").doesNotContain("Somme à rembourser");
  }
}
