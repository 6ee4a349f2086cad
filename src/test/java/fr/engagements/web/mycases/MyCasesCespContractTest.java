package fr.engagements.web.mycases;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;

import fr.engagements.casefile.CurrentUser;
import fr.engagements.casefile.Groups;
import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.CespProcessTestSupport;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * « Mes dossiers » of a CESP beneficiary, on the real engine: the offer to sign (their own task), then the contract's
 * money from the ledger (CESP_2), the commitment's months served and required (CESP_3), and a rupture's sum due with
 * its letter (CESP_10). The campaign is 2030, the contract signed on 1 October 2030.
 */
class MyCasesCespContractTest extends CespProcessTestSupport {

  @Autowired
  MyCasesService myCases;

  private MyCase onlyCase(String applicant) {
    List<MyCase> cases = myCases.of(new CurrentUser(applicant, List.of(Groups.CESP_APPLICANTS))).cases();
    assertThat(cases).hasSize(1);
    return cases.get(0);
  }

  private static String applicantOf(ProcessInstance pi) {
    return (String) runtimeService().getVariable(pi.getId(), APPLICANT_ID.name());
  }

  @Autowired
  fr.engagements.cesp.contract.ResidencyPostChoice postChoice;

  @Test
  void CESP_8_CESP_2_theBeneficiarySeesWhoPaysAndChoosesTheResidencyPostFromMyCases() {
    ProcessInstance pi = contractInForce()[0];
    String applicant = applicantOf(pi);
    assertThat(onlyCase(applicant).facts()).extracting(MyCase.Fact::label, MyCase.Fact::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Allocation versée par", "le Centre national de gestion (CNG)"));

    int round = 5000 + Integer.parseInt(ufr.substring(1));
    postChoice.definePosts(round, List.of(new fr.engagements.cesp.contract.ResidencyPostChoice.PostSpec(ufr + "-LILLE-MG",
        "Lille", "Médecine générale", 1)));
    postChoice.openRound(round, java.util.Map.of(businessKey(pi), 77));
    MyCase.Step choose = onlyCase(applicant).steps().get(0);
    assertThat(choose.status()).isEqualTo("À vous d'agir : choisir votre poste d'interne sur la liste CESP");
    assertThat(choose.yours()).isTrue();
    completeAs(applicant, "none", pi, Tasks.CHOOSE_RESIDENCY_POST, withVariables(RESIDENCY_POST.name(), ufr + "-LILLE-MG"));

    assertThat(onlyCase(applicant).facts()).extracting(MyCase.Fact::label, MyCase.Fact::value).contains(
        org.assertj.core.groups.Tuple.tuple("Poste d'interne choisi", "Médecine générale — subdivision Lille (" + ufr + "-LILLE-MG)"));
  }

  @Test
  void CESP_2_CESP_3_theBeneficiarySignsTheOfferThenFollowsTheAllowanceAndTheCommitment() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance pi = ranked(CommissionList.MAIN, 1);
    String applicant = applicantOf(pi);
    MyCase ranked = onlyCase(applicant);
    assertThat(ranked.steps()).extracting(MyCase.Step::status)
        .containsExactly("Votre candidature est classée : elle attend l'attribution des contrats de la campagne");
    closeCommission(campaignPi);

    MyCase offered = onlyCase(applicant);
    MyCase.Step sign = offered.steps().get(0);
    assertThat(sign.status()).isEqualTo("À vous d'agir : signer votre contrat d'engagement de service public");
    assertThat(sign.yours()).isTrue();
    assertThat(sign.taskLink()).isEqualTo(MyCasesService.TASK_LINK + taskOf(pi, Tasks.SIGN_CONTRACT).getId());
    assertThat(sign.dueText()).as("30 days to sign").isEqualTo("31/10/" + YEAR);
    assertThat(offered.letters()).extracting(MyCase.LetterLine::kind).contains("CESP_OFFER");
    assertThat(offered.money()).as("no contract yet").isNull();

    sign(pi, true, campaignPi);
    register(pi, LocalDate.of(YEAR, 10, 1));
    runJobs(pi);
    MyCase contract = onlyCase(applicant);
    long october = allowance().gross(LocalDate.of(YEAR, 10, 1), 1);
    assertThat(contract.money().allowancePaidCents()).isEqualTo(october);
    assertThat(contract.money().allowancePaidText()).isEqualTo(FrenchFormat.euros(october));
    assertThat(contract.money().allowanceNetPaidCents()).isEqualTo(allowance().net(LocalDate.of(YEAR, 10, 1), 1));
    assertThat(contract.money().monthsPaid()).isEqualTo(1);
    assertThat(contract.money().monthsServed()).isNull();
    assertThat(contract.money().dueCents()).isNull();
    MyCase.Step studies = contract.steps().get(0);
    assertThat(studies.status()).startsWith("Votre UFR constatera la fin de vos études");
    assertThat(studies.heldBy()).contains("UFR de test " + ufr);
    assertThat(studies.yours()).isFalse();

    // October to June paid, the diploma on 30 June, the place chosen and approved, the commitment from 1 September 2031
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 6, 1), pi);
    today(LocalDate.of(YEAR + 1, 6, 30));
    completeAs("ufr", Groups.UFR, pi, Tasks.CONFIRM_END_OF_STUDIES, withVariables(DIPLOMA_DATE.name(), (YEAR + 1) + "-06-30"));
    today(LocalDate.of(YEAR + 1, 7, 1));
    runJobs(pi);
    assertThat(onlyCase(applicant).steps()).extracting(MyCase.Step::status).contains("À vous d'agir : choisir votre lieu d'exercice");
    completeAs(applicant, "none", pi, Tasks.CHOOSE_PRACTICE_PLACE, withVariables(PRACTICE_PLACE.name(), "HDF-02-HIRSON-MG",
        PRACTICE_MODE.name(), "SALARIED", COMMITMENT_START_DATE.name(), (YEAR + 1) + "-09-01"));
    completeAs("ars", Groups.ARS, pi, Tasks.APPROVE_INSTALLATION, withVariables(INSTALLATION_APPROVED.name(), true));
    monthByMonth(LocalDate.of(YEAR + 1, 10, 1), LocalDate.of(YEAR + 1, 12, 1), pi);

    MyCase serving = onlyCase(applicant);
    assertThat(serving.money().monthsPaid()).isEqualTo(9);
    assertThat(serving.money().allowancePaidCents()).isEqualTo(allowance().gross(LocalDate.of(YEAR, 10, 1), 9));
    assertThat(serving.money().monthsServed()).as("1 October, 1 November, 1 December").isEqualTo(3);
    assertThat(serving.money().monthsRequired()).as("at least 24 (CESP_3)").isEqualTo(24);
    assertThat(serving.open()).isTrue();

    // computed from the dates (cesp-contract 1.2), not counted by a job: mid-month, and frozen by a suspension (CESP_10)
    today(LocalDate.of(YEAR + 1, 12, 10));
    assertThat(onlyCase(applicant).money().monthsServed()).isEqualTo(3);
    runtimeService().createMessageCorrelation(MESSAGE_SUSPENSION).processInstanceBusinessKey(businessKey(pi))
        .setVariable(SUSPENSION_REASON.name(), Variables.stringValue("OTHER", true))
        .setVariable(SUSPENSION_DATE.name(), (YEAR + 1) + "-12-10").correlate();
    today(LocalDate.of(YEAR + 2, 3, 15));
    assertThat(onlyCase(applicant).money().monthsServed()).as("suspended since 10 December").isEqualTo(3);
  }

  @Test
  void CESP_10_aRuptureClosesTheContractWithTheSumDueAndItsLetter() {
    ProcessInstance pi = contractInForce()[0];
    String applicant = applicantOf(pi);
    String key = businessKey(pi);
    monthByMonth(LocalDate.of(YEAR, 11, 1), LocalDate.of(YEAR + 1, 1, 1), pi);
    today(LocalDate.of(YEAR + 1, 1, 15));
    runtimeService().createMessageCorrelation(MESSAGE_RUPTURE).processInstanceBusinessKey(key)
        .setVariable(RUPTURE_REASON.name(), "OWN_INITIATIVE").setVariable(RUPTURE_DATE.name(), (YEAR + 1) + "-01-15").correlate();

    MyCase ruptured = onlyCase(applicant);
    assertThat(ruptured.open()).isFalse();
    assertThat(ruptured.steps()).isEmpty();
    assertThat(ruptured.outcome()).isEqualTo("RUPTURED");
    assertThat(ruptured.closedText()).isEqualTo("Dossier clos : contrat rompu.");
    long due = (Long) variable(pi, REIMBURSEMENT_DUE_CENTS.name());
    assertThat(due).isPositive();
    assertThat(ruptured.money().dueCents()).isEqualTo(due);
    assertThat(ruptured.money().dueText()).isEqualTo(FrenchFormat.euros(due));
    assertThat(ruptured.money().monthsPaid()).isEqualTo(4);
    assertThat(ruptured.letters()).extracting(MyCase.LetterLine::kind).contains("CESP_RUPTURE");
    assertThat(ruptured.letters()).allSatisfy(l -> assertThat(l.download()).matches("/api/letters/\\d+\\.pdf"));
  }
}
