package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.LedgerEntry;
import fr.engagements.cer.candidacy.Candidacy;
import fr.engagements.cer.jury.JuryRole;
import fr.engagements.cer.jury.JuryService;
import fr.engagements.cer.demo.CerDemoData;
import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.cer.jury.JurySession;
import fr.engagements.support.JurySitting;
import fr.engagements.config.EngineClock;
import fr.engagements.casefile.Groups;
import fr.engagements.support.Notifications;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.TestDocuments;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the entry stage of cer-candidacy (process-contract.md steps 1–3 and 7), on the real engine. */
class CerEntryProcessTest extends CerProcessTestSupport {

  @Autowired
  CerCampaigns campaigns;

  @Test
  void CER_E1_exerciseThesisIsIneligible() {
    ProcessInstance pi = start(eligible().putValue(DOCTORATE_TYPE.name(), "EXERCISE"));

    assertThat(pi).isEnded().hasPassed("endIneligible").hasNotPassed(Tasks.VERIFY_DOSSIER);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("INELIGIBLE");
    assertThat(variable(pi, INELIGIBILITY_REASON.name())).isEqualTo("EXERCISE_THESIS");
    assertThat(variable(pi, ELIGIBILITY_RULE.name())).isEqualTo("CER_E1");
    assertThat((String) variable(pi, ELIGIBILITY_DECIDED_BY.name())).startsWith("cer-eligibility v");
  }

  @Test
  void CER_E2_doctorateValidatedMoreThanThreeMonthsAfterDfasm1StartIsIneligible() {
    ProcessInstance pi = start(eligible().putValue(DOCTORATE_DATE.name(), year + "-12-02"));

    assertThat(pi).isEnded().hasPassed("endIneligible");
    assertThat(variable(pi, INELIGIBILITY_REASON.name())).isEqualTo("DOCTORATE_TOO_LATE");
    assertThat(variable(pi, ELIGIBILITY_RULE.name())).isEqualTo("CER_E2");
  }

  @Test
  void CER_E2_imminentDoctorateValidatedAtTheStartOfDfasm1IsEligible() {
    ProcessInstance pi = start(eligible().putValue(DOCTORATE_STATUS.name(), "IMMINENT")
        .putValue(DOCTORATE_DATE.name(), year + "-12-01"));

    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);
    assertThat(variable(pi, ELIGIBLE.name())).isEqualTo(true);
  }

  @Test
  void CER_E4_applicationTwoYearsAfterReturnIsIneligible() {
    ProcessInstance pi = start(eligible().putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), year - 2));

    assertThat(pi).isEnded().hasPassed("endIneligible");
    assertThat(variable(pi, INELIGIBILITY_REASON.name())).isEqualTo("APPLICATION_TOO_LATE");
    assertThat(variable(pi, ELIGIBILITY_RULE.name())).isEqualTo("CER_E4");
  }

  @Test
  void CER_E4_applicationTheYearAfterReturnIsEligible() {
    ProcessInstance pi = start(eligible().putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), year - 1));

    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);
  }

  @Test
  void CER_T1_aCampaignOfTheFirstCohortsAcceptsALaterApplicationWithinItsWindow() {
    campaigns.setApplicationWindow(year, 3, "test");
    try {
      ProcessInstance late = start(eligible().putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), year - 3));
      assertThat(late).isWaitingAt(Tasks.VERIFY_DOSSIER);
      assertThat(variable(late, ELIGIBILITY_RULE.name())).isEqualTo("CER_T1");
      assertThat((String) variable(late, ELIGIBILITY_EXPLANATION.name())).contains("mesures transitoires", "3 ans");

      ProcessInstance tooLate = start(eligible().putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), year - 4));
      assertThat(tooLate).isEnded().hasPassed("endIneligible");
      assertThat(variable(tooLate, ELIGIBILITY_RULE.name())).isEqualTo("CER_E4");
      assertThat((String) variable(tooLate, ELIGIBILITY_EXPLANATION.name())).contains("CER_T1", "au plus 3 ans");
    } finally {
      campaigns.setApplicationWindow(year, CerCampaigns.CER_E4_WINDOW_YEARS, "test");
    }
  }

  @Test
  void CER_E4_applicationBeforeReturnIsIneligible() {
    ProcessInstance pi = start(eligible().putValue(MEDICAL_STUDIES_RETURN_YEAR.name(), year + 1));

    assertThat(pi).isEnded().hasPassed("endIneligible");
    assertThat(variable(pi, INELIGIBILITY_REASON.name())).isEqualTo("APPLICATION_BEFORE_RETURN");
  }

  @Test
  void CER_E3_passerelleProfileIsEligible() {
    ProcessInstance pi = start(eligible().putValue(APPLICANT_PROFILE.name(), "PASSERELLE"));

    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);
  }

  @Test
  void CER_E3_unknownProfileIsRefusedAtStart() {
    assertThatThrownBy(() -> start(eligible().putValue(APPLICANT_PROFILE.name(), "MEDECIN")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("applicantProfile").hasMessageContaining("DOUBLE_CURSUS, PASSERELLE");
  }

  @Test
  void CER_E5_missingDocumentsWaitInCompleteDossierForTheApplicantThenGoToVerification() {
    VariableMap vars = eligible();
    vars.remove(LAB_ATTACHMENT_PROOF.name());
    vars.remove(MOTIVATION_LETTER.name());
    ProcessInstance pi = start(vars);
    String applicant = (String) vars.get(APPLICANT_ID.name());

    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);
    assertThat(pi).task().isAssignedTo(applicant)
        .hasDueDate(Date.from(LocalDate.of(year, 10, 31).atTime(9, 0).atZone(EngineClock.ZONE).toInstant()));
    assertThat(task(pi).getDescription()).contains("attestation de rattachement", "lettre de motivation")
        .contains("dans les 30 jours, au plus tard le 31 octobre " + year);

    assertThatThrownBy(() -> complete(task(pi), withVariables(LAB_ATTACHMENT_PROOF.name(), TestDocuments.pdf("rattachement"))))
        .hasMessageContaining("motivationLetter");
    complete(task(pi), withVariables(LAB_ATTACHMENT_PROOF.name(), TestDocuments.pdf("rattachement"),
        MOTIVATION_LETTER.name(), TestDocuments.pdf("motivation")));

    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);
    assertThat(pi).task().hasCandidateGroup(Groups.CER_SECRETARIAT);
  }

  @Test
  void CER_E5_incompleteDossierIsAbandonedAfter30Days() {
    VariableMap vars = eligible();
    vars.remove(DOCTORATE_PROOF.name());
    ProcessInstance pi = start(vars);
    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);

    CerFixtures.setToday(LocalDate.of(year, 10, 31));
    executeJob(pi);

    assertThat(pi).isEnded().hasPassed("endDossierAbandoned");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("DOSSIER_ABANDONED");
    assertThat(candidacies.get(businessKey(pi)).getStatus()).isEqualTo(Candidacy.Status.ENDED);
  }

  @Test
  void CER_E5_theCompletionLimitIsACampaignSettingShownInTheTask() {
    campaigns.setCompletionDays(year, 45, "test");
    try {
      VariableMap vars = eligible();
      vars.remove(DOCTORATE_PROOF.name());
      ProcessInstance pi = start(vars);
      assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);
      assertThat(pi).task().hasDueDate(Date.from(LocalDate.of(year, 11, 15).atTime(9, 0).atZone(EngineClock.ZONE).toInstant()));
      assertThat(task(pi).getDescription()).contains("dans les 45 jours, au plus tard le 15 novembre " + year);

      CerFixtures.setToday(LocalDate.of(year, 10, 31));
      assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().duedateLowerThan(
          Date.from(LocalDate.of(year, 11, 1).atStartOfDay(EngineClock.ZONE).toInstant())).count())
          .as("30 days are not the limit of this campaign").isZero();
      CerFixtures.setToday(LocalDate.of(year, 11, 15));
      executeJob(pi);
      assertThat(pi).isEnded().hasPassed("endDossierAbandoned");
    } finally {
      campaigns.setCompletionDays(year, 30, "test");
    }
    assertThatThrownBy(() -> campaigns.setCompletionDays(year, 2, "test")).hasMessageContaining("entre 7 et 120 jours");
  }

  @Test
  void CER_E5_verificationRefusedSendsTheDossierBackWithRemarksThenFixed() {
    ProcessInstance pi = start(eligible());
    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);

    as("secretariat", Groups.CER_SECRETARIAT);
    assertThatThrownBy(() -> complete(task(pi), withVariables(DOSSIER_COMPLETE.name(), false)))
        .hasMessageContaining("dossierRemarks");
    asSystem();
    verifyDossier(pi, false, "La preuve du doctorat est illisible : joignez une copie nette.");

    assertThat(pi).isWaitingAt(Tasks.COMPLETE_DOSSIER);
    assertThat(task(pi).getDescription()).contains("illisible");
    complete(task(pi), withVariables(DOCTORATE_PROOF.name(), TestDocuments.pdf("doctorat-net")));

    assertThat(pi).isWaitingAt(Tasks.VERIFY_DOSSIER);
    verifyDossier(pi, true, null);
    assertThat(pi).isWaitingAt(Tasks.DECIDE_ENTRY);
    assertThat(pi).task().hasCandidateGroup(Groups.CER_JURY);
  }

  @Test
  void CER_J1_J2_J5_theJuryRejectsInSessionWithARationaleAndNoSingleMemberDecidesAlone() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);

    String decide = task(pi).getId();
    as("jury2", Groups.CER_JURY);
    assertThatThrownBy(() -> taskService().complete(decide, withVariables(ENTRY_DECISION.name(), "REJECTED",
        ENTRY_RATIONALE.name(), "Seul."))).as("no member works on the candidacy's own task").isInstanceOf(AuthorizationException.class);
    asSystem();
    assertThatThrownBy(() -> taskService().complete(decide, withVariables(ENTRY_DECISION.name(), "REJECTED",
        ENTRY_RATIONALE.name(), "Seul."))).as("nor does anyone without a signed session")
        .hasMessageContaining("prise en séance").hasMessageContaining("CER_J5");
    assertThat(pi).isWaitingAt(Tasks.DECIDE_ENTRY);
    decideEntry(pi, EntryDecision.REJECTED);

    assertThat(pi).isEnded().hasPassed("endRejected").hasNotPassed("decideFunding");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("REJECTED");
    assertThat(variable(pi, ENTRY_DECIDED_BY.name())).as("the president signed the minutes").isEqualTo(CerDemoData.PRESIDENT);
    assertThat(variable(pi, ENTRY_RATIONALE.name())).isEqualTo("Parcours de recherche solide et projet motivé.");
    assertThat((String) variable(pi, ENTRY_SESSION.name())).startsWith("session « Session d'entrée " + year + " » du 15 novembre " + year);
  }

  @Test
  void CER_J3_F1_admittedFundedCandidacyStartsItsAllowanceAndWaitsForTheProject() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    decideEntry(pi, EntryDecision.ADMITTED);

    assertThat(pi).isWaitingAt("decideFunding");
    executeJob(pi);
    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.PAY_ALLOWANCE);
    assertThat(pi).variables().containsEntry(FUNDING_DECISION.name(), "FUNDED").containsEntry(FUNDING_REASON.name(), "WITHIN_QUOTA");
    executeJob(pi);

    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT, Elements.NEXT_ALLOWANCE_TIMER);
    AllowanceRates.Rate october = allowance().rate(LocalDate.of(year, 10, 1));
    assertThat(pi).variables().containsEntry(ALLOWANCE_PAID_CENTS.name(), october.grossCents());
    assertThat(ledger.entriesOf(businessKey(pi))).extracting(LedgerEntry::getPeriod, LedgerEntry::getGrossCents, LedgerEntry::getNetCents)
        .containsExactly(tuple(LocalDate.of(year, 10, 1), october.grossCents(), october.netCents()));
    assertThat(candidacies.get(businessKey(pi)).getFundingDecision()).isEqualTo(FundingDecision.FUNDED);
    assertThat(Notifications.all(engine, businessKey(pi))).filteredOn(m -> "deans.AMIENS".equals(m.toGroup()))
        .as("the dean is notified (CER_F4)").hasSize(1);
  }

  @Test
  void CER_F4_onlyTheDeanOfTheStudentsFacultyIsAskedToFreeResearchTime() {
    ProcessInstance amiens = admitted(eligible());
    VariableMap withoutFaculty = eligible();
    withoutFaculty.remove(STUDIES_FACULTY.name());
    ProcessInstance noFaculty = admitted(withoutFaculty);
    ProcessInstance upec = admitted(eligible().putValue(STUDIES_FACULTY.name(), "UPEC"));

    assertThat(noticeGroups(amiens)).containsExactly("deans.AMIENS");
    assertThat(noticeGroups(upec)).containsExactly("deans.UPEC");
    assertThat(noticeGroups(noFaculty)).as("no dean is guessed: the secretariat passes the notice on")
        .containsExactly(Groups.CER_SECRETARIAT);
    assertThat(noticeSubjects(noFaculty)).singleElement().asString().contains("doyen à informer", "faculté d'inscription");
    assertThat(noticeGroups(amiens)).doesNotContain(Groups.DEANS);

    assertThatThrownBy(() -> start(eligible().putValue(STUDIES_FACULTY.name(), "SORBONNE-INCONNUE")))
        .hasMessageContaining("studiesFaculty").hasMessageContaining("n'est pas une faculté de l'annuaire");
  }

  /** The groups the candidacy's dean notice (CER_F4) was sent to. */
  private List<String> noticeGroups(ProcessInstance pi) {
    return deanNotices(pi).stream().map(n -> n[0]).toList();
  }

  private List<String> noticeSubjects(ProcessInstance pi) {
    return deanNotices(pi).stream().map(n -> n[1]).toList();
  }

  /** Group and subject of each notification of the candidacy that is its dean notice (to a dean, or passed on). */
  private List<String[]> deanNotices(ProcessInstance pi) {
    return Notifications.all(engine, businessKey(pi)).stream()
        .map(m -> new String[] {m.toGroup() == null ? "" : m.toGroup(), m.subject()})
        .filter(n -> n[1].contains("admission de") || n[1].contains("doyen à informer")).toList();
  }

  @Test
  void CER_J4_admittedStudentFundedElsewhereIsUnfunded() {
    ProcessInstance pi = admitted(eligible().putValue(OTHER_FUNDING.name(), "INSERM_SCHOOL"));

    assertThat(pi).isWaitingAt(Tasks.SUBMIT_PROJECT);
    assertThat(pi).variables().containsEntry(FUNDING_DECISION.name(), "UNFUNDED").containsEntry(FUNDING_REASON.name(), "OTHER_FUNDING")
        .doesNotContainKey(ALLOWANCE_PAID_CENTS.name());
    assertThat(ledger.entriesOf(businessKey(pi))).isEmpty();
  }

  @Test
  void CER_P6_aSessionWithoutValidCompositionCannotBeConvenedUntilTheSecretariatCompletesIt() {
    JurySession session = demoSession();
    session.removeMember("jury5");
    juryService.save(session);
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    JurySitting sitting = sitting().decide(key -> "ADMITTED");

    assertThatThrownBy(() -> sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_ENTRY, year)))
        .hasMessageContaining("CER_P6").hasMessageContaining("conférence des doyens");
    assertThat(pi).isWaitingAt(Tasks.DECIDE_ENTRY);

    juryService.save(demoSession().addMember("jury5", JuryRole.DEANS_CONFERENCE, "Conférence des doyens"));
    sitting.sit(sitting.sessionOf(pi.getId(), Tasks.DECIDE_ENTRY, year));
    assertThat(pi).isWaitingAt("decideFunding");
  }

  @Test
  void CER_P6_observersDeclareAndSeeButNeverVote() {
    ProcessInstance pi = start(eligible());
    verifyDossier(pi, true, null);
    JurySession session = sitting().sessionOf(pi.getId(), Tasks.DECIDE_ENTRY, year);

    as("observateur", Groups.CER_JURY_OBSERVERS);
    assertThat(taskService().createTaskQuery().processInstanceId(pi.getId()).count())
        .as("nobody of the jury works on the candidacy's own task").isZero();
    asSystem();
    assertThat(session.member("observateur")).isPresent();
    sitting().decide(key -> "ADMITTED").sit(session);
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(session.getProcessInstanceId())
        .taskDefinitionKey("castVotes").taskAssignee("observateur").count()).as("observers get no vote").isZero();
    assertThat(historyService().createHistoricTaskInstanceQuery().processInstanceId(session.getProcessInstanceId())
        .taskDefinitionKey("declareInterests").taskAssignee("observateur").count()).isEqualTo(1);
    assertThatThrownBy(() -> jurySessions.vote(session.getId(), "observateur", java.util.List.of()))
        .hasMessageContaining("ne vote pas");
  }

  @Test
  void CER_F3_withdrawalOfAFundedCandidacyStopsTheAllowanceBillsNothingAndThePublicServiceIsOwed() {
    ProcessInstance pi = admitted(eligible());
    CerFixtures.setToday(LocalDate.of(year, 11, 1));
    executeDueJobs(pi);
    CerFixtures.setToday(LocalDate.of(year, 12, 1));
    executeDueJobs(pi);
    assertThat(ledger.allowanceMonthsPaid(businessKey(pi))).isEqualTo(3);

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();

    assertThat(pi).isEnded().hasPassed("endWithdrawn");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("WITHDRAWN");
    assertThat(variable(pi, ALLOWANCE_PAID_CENTS.name())).isEqualTo(allowance().gross(LocalDate.of(year, 10, 1), 3));
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    // the obligation survives the withdrawal: 3 months funded, 3 months of public service owed, nothing billed
    assertNothingBilledAndServiceOwed(pi, 3);
  }

  @Test
  void CER_F3_withdrawalOfAnUnfundedCandidacyOwesNothing() {
    ProcessInstance pi = admitted(eligible().putValue(OTHER_FUNDING.name(), "ENS"));

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();

    assertThat(pi).isEnded().hasPassed("endWithdrawn");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("WITHDRAWN");
    assertNothingBilledAndServiceOwed(pi, 0);
    assertThat(ledger.entriesOf(businessKey(pi))).isEmpty();
  }

  @Test
  void withdrawalBeforeTheJuryEndsTheCandidacy() {
    ProcessInstance pi = start(eligible());

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();

    assertThat(pi).isEnded();
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("WITHDRAWN");
  }

  private String businessKey(ProcessInstance pi) {
    return historyService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getBusinessKey();
  }

  @Autowired
  private JuryService juryService;

  private JurySession demoSession() {
    return juryService.sessionFor(year, JurySession.Kind.ENTRY).orElseThrow();
  }
}
