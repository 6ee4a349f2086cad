package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.CaseAccess;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.campaign.CespCampaign;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.support.CespFixtures;
import fr.engagements.support.LetterPdf;
import fr.engagements.support.Notifications;
import fr.engagements.support.TestDirectory;
import fr.engagements.support.TestMailServer;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CESP_2: who pays is data — the CNG by default (seed 002), the ARS where a region's text says so (seed 004, Île-de-France:
 * « versée par l'ARS »); recorded on the contract at signature, named in the letters, the e-mail and the ledger lines.
 * CESP_7: the UFR organises the commission, the ARS sits on it and follows the beneficiary, the CNG pays and follows.
 */
class CespPayerAndRolesProcessTest extends CespProcessTestSupport {

  @Autowired
  DecisionLetters letters;
  @Autowired
  CaseAccess access;
  @Autowired
  TestMailServer mail;

  private String letterText(ProcessInstance pi, LetterKind kind) {
    Letter letter = letters.ofCase(businessKey(pi)).stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    // the PDF's text cuts « Île-de-France » at the end of a line
    return LetterPdf.text(letters.pdf(letter.id()).orElseThrow()).replaceAll("\\s+", " ").replace("Île-de- France", "Île-de-France");
  }

  private List<String> allowanceNotes(ProcessInstance pi) {
    return ledger.entriesOf(businessKey(pi)).stream().filter(e -> e.getKind() == LedgerEntry.Kind.ALLOWANCE)
        .map(LedgerEntry::getNote).toList();
  }

  /** This test's faculty moved to Île-de-France, whose text has the ARS pay. */
  private void inIleDeFrance() {
    ufr = CespFixtures.newUfr();
    campaign = campaigns.ensure(new CespCampaign(YEAR, ufr, "UFR de test " + ufr, "IDF", LocalDate.of(YEAR, 11, 21),
        LocalDate.of(YEAR + 1, 1, 17), 2, 2));
    CespFixtures.ufrOfficer(directory, campaign, "ufr");
  }

  @Test
  void CESP_2_theCngPaysByDefaultAndIsRecordedOnTheContractAndNamedInTheLetterAndTheLedger() {
    ProcessInstance pi = contractInForce()[0];
    assertThat(variable(pi, PAYER.name())).isEqualTo("CNG");
    assertThat(variable(pi, PAYER_NAME.name())).isEqualTo("le Centre national de gestion (CNG)");
    assertThat(applications.get(businessKey(pi)).getPayer()).isEqualTo("CNG");
    assertThat(letterText(pi, LetterKind.CESP_OFFER)).contains("Allocation versée par le Centre national de gestion (CNG)");
    assertThat(allowanceNotes(pi)).containsExactly("Allocation mensuelle " + YEAR + "-10 — payeur : le Centre national de gestion (CNG)");
  }

  @Test
  void CESP_2_anArsPaysWhereTheRegionsTextSaysSoAndTheLettersTheMailAndTheLedgerNameIt() {
    inIleDeFrance();
    ProcessInstance pi = contractInForce()[0];
    String key = businessKey(pi);
    assertThat(variable(pi, PAYER.name())).isEqualTo("ARS");
    assertThat(variable(pi, PAYER_NAME.name())).isEqualTo("l’ARS Île-de-France");
    assertThat(applications.get(key).getPayer()).isEqualTo("ARS");
    assertThat(letterText(pi, LetterKind.CESP_OFFER)).contains("Allocation versée par l’ARS Île-de-France");
    assertThat(allowanceNotes(pi)).containsExactly("Allocation mensuelle " + YEAR + "-10 — payeur : l’ARS Île-de-France");

    // the offer's e-mail names the payer
    String email = (String) variable(pi, APPLICANT_EMAIL.name());
    Notifications.send(engine, key);
    Awaitility.await().until(() -> mail.to(email).stream().anyMatch(m -> m.subject().contains(key)
        && m.body().contains("L'allocation vous sera versée par l’ARS Île-de-France")));

    // a rupture: the sums due are the payer's decision, so the recours goes to the ARS that pays
    today(LocalDate.of(YEAR, 11, 15));
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(key)
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), YEAR + "-11-15").correlate();
    assertThat(letterText(pi, LetterKind.CESP_RUPTURE)).contains("service payeur, l’ARS Île-de-France",
        "recours gracieux auprès de l’ARS Île-de-France, payeur de votre allocation");
  }

  @Test
  void CESP_7_theUfrOrganisesTheCommissionTheArsSitsOnItAndFollowsTheCngPaysAndFollowsUntilTheEnd() {
    // each with the groups of their institutions (the directory), as when they sign in
    CurrentUser ars = new CurrentUser("ars", TestDirectory.groupsOf(engine.getIdentityService(), "ars", Groups.ARS));
    CurrentUser cng = new CurrentUser("cng", TestDirectory.groupsOf(engine.getIdentityService(), "cng", Groups.CNG));
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance pi = apply(application());
    var file = access.find(businessKey(pi)).orElseThrow();

    // the UFR collects the dossiers and organises the commission: its tasks
    assertThat(task(pi)).hasDefinitionKey(Tasks.CHECK_COMPLETENESS).hasCandidateGroup(Groups.UFR);
    checkCompleteness(pi, true, null);
    assertThat(task(pi)).hasDefinitionKey(Tasks.RECORD_COMMISSION_OPINION).hasCandidateGroup(Groups.UFR);
    assertThat(task(pi).getDescription()).contains("commission UFR–ARS");
    // the ARS sits on the commission: the region's ARS reads the candidate's case
    assertThat(access.read(ars, file).allowed()).isTrue();
    recordOpinion(pi, CommissionList.MAIN, 1);
    assertThat(taskOf(campaignPi, CespCampaignProcess.Tasks.CLOSE_COMMISSION)).isNull(); // the UFR closes the deposits first
    closeCommission(campaignPi);
    sign(pi, true, campaignPi);

    // the CNG processes the retained dossier, pays the allowance and follows the contract
    assertThat(task(pi)).hasDefinitionKey(Tasks.REGISTER_CONTRACT).hasCandidateGroup(Groups.CNG);
    register(pi, LocalDate.of(YEAR, 10, 1));
    runJobs(pi);
    assertThat(allowanceNotes(pi)).singleElement().satisfies(n -> assertThat(n).contains("payeur : le Centre national de gestion (CNG)"));
    assertThat(access.read(cng, file).allowed()).isTrue();

    // after the studies, the ARS validates the installation and confirms the end of the commitment; the CNG pays until the
    // studies end and reads the contract until its commitment ends
    today(LocalDate.of(YEAR, 10, 20));
    completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES, withVariables(DIPLOMA_DATE.name(), YEAR + "-10-20"));
    today(LocalDate.of(YEAR, 11, 1));
    runJobs(pi);
    String applicant = (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG",
        PRACTICE_MODE.name(), "SALARIED", COMMITMENT_START_DATE.name(), YEAR + "-11-01"));
    assertThat(task(pi)).hasDefinitionKey(Tasks.APPROVE_INSTALLATION).hasCandidateGroup(Groups.ARS);
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION, withVariables(INSTALLATION_APPROVED.name(), true));
    for (LocalDate day = LocalDate.of(YEAR, 12, 1); taskOf(pi, Tasks.CONFIRM_COMMITMENT_END) == null; day = day.plusMonths(1)) {
      assertThat(day).as("the commitment ends within 3 years").isBefore(LocalDate.of(YEAR + 3, 1, 1));
      assertThat(access.read(cng, file).allowed()).isTrue();
      today(day);
      runJobs(pi);
    }
    assertThat(task(pi)).hasCandidateGroup(Groups.ARS);
    completeAs("ars", Groups.ARS, pi, Tasks.CONFIRM_COMMITMENT_END, withVariables(COMMITMENT_END_REMARKS.name(), "Exercice accompli."));
    assertThat(pi).isEnded().hasPassed("endCommitmentFulfilled");
    assertThat(allowanceNotes(pi)).as("paid by the CNG until the end of studies").hasSize(1);
    assertThat(access.read(cng, file).allowed()).isTrue();
  }
}
