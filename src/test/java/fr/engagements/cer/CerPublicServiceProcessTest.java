package fr.engagements.cer;

import static fr.engagements.cer.CerCandidacyProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.List;

import fr.engagements.allowance.LedgerEntry;
import fr.engagements.casefile.CaseJournal;
import fr.engagements.casefile.Groups;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.campaign.CerCampaignRepository;
import fr.engagements.cer.campaign.DesDurations;
import fr.engagements.config.EngineClock;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.support.CerFixtures;
import fr.engagements.support.LetterPdf;
import fr.engagements.support.TestDocuments;
import fr.engagements.casefile.CurrentUser;
import fr.engagements.web.mycases.MyCasesService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CER_F1 (the allowance runs to the 3rd cycle whatever the post decision), CER_O2 (research confirmed at the end of the
 * 3rd cycle at the earliest) and CER_F3 (the public-service obligation's follow-up, {@code cer-public-service}).
 * Amounts come from the rule: 1,200.00 EUR gross, 1,106.88 EUR net a month.
 */
class CerPublicServiceProcessTest extends CerProjectTestSupport {

  /** CER_F1: the monthly allowance, gross and net, in cents. */
  static final long GROSS = 120_000L;
  static final long NET = 110_688L;

  @Autowired
  CerCampaignRepository campaigns;
  @Autowired
  CaseJournal journal;
  @Autowired
  DecisionLetters letters;
  @Autowired
  DesDurations desDurations;
  @Autowired
  MyCasesService myCases;

  // --- CER_F1: whatever the post decision, the allowance runs until the 3rd cycle starts

  @Test
  void CER_F1_aRefusedPostDoesNotStopTheAllowanceItRunsUntilTheThirdCycleStarts() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.REFUSED);

    assertThat(pi).isEnded().hasPassed(Elements.END_POST_REFUSED);
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("POST_REFUSED");
    ProcessInstance followUp = followUp(pi);
    assertThat(followUp).as("the allowance goes on after the refusal").isWaitingAt(CerPublicServiceProcess.Elements.NEXT_ALLOWANCE_TIMER);

    payMonthsUntilTheThirdCycle(followUp);

    assertAllowanceRanToTheThirdCycle(pi, followUp);
  }

  @Test
  void CER_F1_aMissedDefenseDoesNotStopTheAllowanceItRunsUntilTheThirdCycleStarts() {
    ProcessInstance pi = inSignatures(eligible());
    allSign(pi);
    scheduleDefense(pi, LocalDate.of(year + 3, 5, 15));
    recordDefense(pi, false);

    assertThat(pi).isEnded().hasPassed(Elements.END_DEFENSE_MISSED);
    ProcessInstance followUp = followUp(pi);
    payMonthsUntilTheThirdCycle(followUp);

    assertAllowanceRanToTheThirdCycle(pi, followUp);
  }

  @Test
  void CER_F1_aGrantedPostKeepsTheAllowanceUntilTheThirdCycleThenThePublicServiceIsOwed() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.GRANTED);
    assertThat(pi).isWaitingAt(Elements.RESEARCH_SERVABLE);
    assertThat(runtimeVariable(pi, SERVICE_OBLIGATION_MONTHS.name())).as("nothing owed before the allowance stops").isNull();

    payMonthsUntilTheThirdCycle(pi);

    assertThat(pi).as("the candidacy waits for the research months").isWaitingAt(Elements.RESEARCH_SERVABLE).hasPassed("allowanceEnded");
    assertAllowanceRanToTheThirdCycle(pi, followUp(pi));
  }

  @Test
  void CER_F1_aWithdrawalAfterARefusedPostStopsTheAllowanceAndBillsNothing() {
    ProcessInstance pi = waitingForPostDecision(eligible());
    decidePost(pi, PostDecision.REFUSED);
    ProcessInstance followUp = followUp(pi);
    for (YearMonth month = YearMonth.of(year, 11); !month.isAfter(YearMonth.of(year + 1, 1)); month = month.plusMonths(1)) {
      CerFixtures.setToday(month.atDay(1));
      executeDueJobs(followUp);
    }
    String key = businessKey(pi);
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(4); // October to January

    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(key).correlate();

    assertThat(followUp).hasPassed("recordWithdrawalReimbursement").isWaitingAt(CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD);
    CerFixtures.setToday(LocalDate.of(year + 1, 2, 1));
    executeDueJobs(followUp);
    assertThat(ledger.allowanceMonthsPaid(key)).as("no month after the withdrawal").isEqualTo(4);
    assertThat(ledger.allowanceGrossPaid(key)).isEqualTo(4 * GROSS);
    assertThat(ledger.allowanceNetPaid(key)).isEqualTo(4 * NET);
    assertThat(runtimeVariable(followUp, SERVICE_OBLIGATION_MONTHS.name())).isEqualTo(4);
    assertThat(ledger.entriesOf(key)).noneMatch(e -> e.getKind() == LedgerEntry.Kind.REIMBURSEMENT_DUE);
  }

  // --- CER_O2: research confirmed at the end of the 3rd cycle at the earliest

  @Test
  void CER_O2_researchMonthsAreConfirmedAtTheEndOfTheThirdCycleWhoseLengthIsTheSpecialtysData() {
    ProcessInstance pi = waitingForPostDecision(unfunded());
    decidePost(pi, PostDecision.GRANTED);

    LocalDate thirdCycle = fr.engagements.cer.allowance.CerAllowance.thirdCycleStart(
        DFASM1_START_DATE.get(runtimeService().getVariables(pi.getId())));
    String specialty = (String) runtimeVariable(pi, SPECIALTY.name());
    int years = desDurations.years(specialty);
    assertThat(years).as("a DES lasts 4 to 6 years").isBetween(4, 6);
    Job servable = managementService().createJobQuery().processInstanceId(pi.getId()).activityId(Elements.RESEARCH_SERVABLE).singleResult();
    assertThat(servable.getDuedate()).as("the end of the %d-year DES of %s, not the 3rd cycle's start + the planned months", years, specialty)
        .isEqualTo(Date.from(thirdCycle.plusYears(years).atStartOfDay(EngineClock.ZONE).toInstant()));
    assertThat(desDurations.years("Neurochirurgie")).isEqualTo(6);
    assertThat(desDurations.years("Une spécialité inconnue")).as("unknown: the longest, never too early").isEqualTo(6);
  }

  // --- CER_F3: the public-service follow-up

  @Test
  void CER_F3_validatedMonthsReachingTheMonthsOwedFulfilTheObligationAndNothingIsBilled() {
    ProcessInstance followUp = withdrawnAfterThreeMonths();
    String key = followUp.getBusinessKey();
    assertThat(runtimeVariable(followUp, SERVICE_OBLIGATION_MONTHS.name())).isEqualTo(3);
    LocalDate residencyEnd = (LocalDate) CerPublicServiceProcess.RESIDENCY_END.get(runtimeService().getVariables(followUp.getId()));
    assertThat(residencyEnd).as("DFASM1 + 3 years + the longest DES (no project filed)").isEqualTo(LocalDate.of(year + 9, 9, 1));
    CerFixtures.setToday(LocalDate.of(year + 10, 1, 15));

    declare(followUp, LocalDate.of(year + 9, 9, 1), LocalDate.of(year + 9, 9, 30));
    validate(followUp, true, null);
    assertThat(runtimeVariable(followUp, CerPublicServiceProcess.SERVED_MONTHS.name())).isEqualTo(1);
    // « Mes dossiers » shows the months owed and served
    var money = myCases.of(new CurrentUser(applicant(followUp), List.of(Groups.CER_APPLICANTS))).cases().stream()
        .filter(c -> c.businessKey().equals(key)).findFirst().orElseThrow().money();
    assertThat(money.monthsRequired()).isEqualTo(3);
    assertThat(money.monthsServed()).isEqualTo(1);
    assertThat(followUp).as("1 month of 3: more is due").isWaitingAt(CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD);
    declare(followUp, LocalDate.of(year + 9, 10, 1), LocalDate.of(year + 9, 11, 30));
    validate(followUp, true, null);

    assertThat(followUp).isEnded().hasPassed(CerPublicServiceProcess.Elements.END_FULFILLED);
    assertThat(variable(followUp, "outcome")).isEqualTo("FULFILLED");
    assertThat(ledger.entriesOf(key)).noneMatch(e -> e.getKind() == LedgerEntry.Kind.REIMBURSEMENT_DUE);
    assertThat(letterText(key)).contains("Votre obligation de service public est remplie", "Aucune somme ne vous est réclamée");
  }

  @Test
  void CER_F3_theDeadlinePassingBreachesTheObligationAndBillsTheNetSumsPaidInFullPartialServiceDeductsNothing() {
    ProcessInstance followUp = withdrawnAfterThreeMonths();
    String key = followUp.getBusinessKey();
    // end of the residency (1 September, year + 9) + 3 months owed + 5 years of margin (campaign default)
    assertThat(CerPublicServiceProcess.SERVICE_DEADLINE.get(runtimeService().getVariables(followUp.getId())))
        .isEqualTo(LocalDate.of(year + 14, 12, 1));
    CerFixtures.setToday(LocalDate.of(year + 10, 1, 15));
    declare(followUp, LocalDate.of(year + 9, 9, 1), LocalDate.of(year + 9, 10, 31));
    validate(followUp, true, null); // 2 months of 3: partial service
    declare(followUp, LocalDate.of(year + 9, 11, 1), LocalDate.of(year + 9, 11, 30));
    validate(followUp, false, "Attestation illisible.");
    assertThat(runtimeVariable(followUp, CerPublicServiceProcess.SERVED_MONTHS.name())).as("a refused period counts nothing").isEqualTo(2);

    Job deadline = managementService().createJobQuery().processInstanceId(followUp.getId())
        .activityId(CerPublicServiceProcess.Elements.DEADLINE_TIMER).singleResult();
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(LocalDate.of(year + 14, 12, 2).atStartOfDay(EngineClock.ZONE).toInstant()));
    CerFixtures.setToday(LocalDate.of(year + 14, 12, 1));
    executeDueJobs(followUp);
    assertThat(followUp).as("the deadline day is not over").isWaitingAt(CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD);
    CerFixtures.setNow(LocalDate.of(year + 14, 12, 2).atStartOfDay());
    executeDueJobs(followUp);

    assertThat(followUp).isEnded().hasPassed(CerPublicServiceProcess.Elements.END_BREACHED);
    assertThat(variable(followUp, "outcome")).isEqualTo("BREACHED");
    // the seed: « le remboursement des sommes versées » — all of it, net by default: 3 × 1,106.88 EUR
    assertThat(variable(followUp, REIMBURSEMENT_DUE_CENTS.name())).isEqualTo(332_064L);
    assertThat(variable(followUp, CerPublicServiceProcess.REIMBURSEMENT_BASIS.name())).isEqualTo("NET");
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.REIMBURSEMENT_DUE).singleElement()
        .satisfies(e -> {
          assertThat(e.getNetCents()).isEqualTo(332_064L);
          assertThat(e.getGrossCents()).isEqualTo(360_000L);
          assertThat(e.getNote()).contains("CER_F3", "nette");
        });
    assertThat(journal.of(key)).extracting(CaseJournal.Entry::kind).contains("PUBLIC_SERVICE_BREACHED", "REIMBURSEMENT_DUE");
    assertThat(letterText(key)).contains("n’est pas remplie", "l'échéance est passée", "3 320,64", "base : net",
        "allocation nette versée, base par défaut");
  }

  @Test
  void CER_F3_declaringNotToServeBreachesTheObligationAndTheCampaignsGrossChoiceIsTheTablesOutput() {
    CerCampaign campaign = campaigns.findById(year).orElseThrow();
    campaign.setReimbursementBasis("GROSS");
    campaigns.save(campaign);
    ProcessInstance followUp = withdrawnAfterThreeMonths();

    completeAs(applicant(followUp), Groups.CER_APPLICANTS, followUp, CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD,
        withVariables(CerPublicServiceProcess.WILL_NOT_SERVE.name(), true));

    assertThat(followUp).isEnded().hasPassed(CerPublicServiceProcess.Elements.WILL_NOT_SERVE, CerPublicServiceProcess.Elements.END_BREACHED);
    assertThat(variable(followUp, CerPublicServiceProcess.BREACH_REASON.name())).asString().contains("déclaré ne pas accomplir");
    assertThat(variable(followUp, REIMBURSEMENT_DUE_CENTS.name())).as("3 × 1,200.00 EUR gross").isEqualTo(360_000L);
    assertThat(variable(followUp, CerPublicServiceProcess.REIMBURSEMENT_BASIS.name())).isEqualTo("GROSS");
    assertThat(letterText(followUp.getBusinessKey())).contains("3 600,00", "base : brut");
  }

  @Test
  void CER_F3_aDeclarationWithoutProofOrBeforeTheResidencyEndsIsRefusedInFrenchAndTheTaskStaysOpen() {
    ProcessInstance followUp = withdrawnAfterThreeMonths();
    CerFixtures.setToday(LocalDate.of(year + 10, 1, 15));
    String task = taskOf(followUp, CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD).getId();
    as(applicant(followUp), Groups.CER_APPLICANTS);
    try {
      assertThatThrownBy(() -> taskService().complete(task, withVariables(
          CerPublicServiceProcess.SERVICE_START.name(), (year + 8) + "-01-01", CerPublicServiceProcess.SERVICE_END.name(),
          (year + 8) + "-06-30", CerPublicServiceProcess.SERVICE_EMPLOYER.name(), "CHU d'Amiens")))
          .hasMessageContaining("justificatif").hasMessageContaining("après l'internat");
      assertThatThrownBy(() -> taskService().complete(task, withVariables(
          CerPublicServiceProcess.SERVICE_START.name(), (year + 9) + "-10-01", CerPublicServiceProcess.SERVICE_END.name(),
          (year + 10) + "-12-31", CerPublicServiceProcess.SERVICE_EMPLOYER.name(), "CHU d'Amiens",
          CerPublicServiceProcess.SERVICE_PROOF.name(), TestDocuments.pdf("attestation"))))
          .hasMessageContaining("doit être accomplie");
    } finally {
      asSystem();
    }
    assertThat(followUp).isWaitingAt(CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD);
    assertThat(taskOf(followUp, CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD).getAssignee()).isEqualTo(applicant(followUp));
  }

  @Test
  void CER_F3_anUnfundedCandidacyHasNoFollowUp() {
    ProcessInstance pi = waitingForPostDecision(unfunded());
    decidePost(pi, PostDecision.REFUSED);

    assertThat(pi).isEnded();
    assertThat(historyService().createHistoricProcessInstanceQuery().processDefinitionKey(CerPublicServiceProcess.KEY)
        .processInstanceBusinessKey(businessKey(pi)).count()).isZero();
  }

  // --- helpers

  /** A funded candidacy paid October, November and December, then withdrawn: 3 months of public service owed. */
  private ProcessInstance withdrawnAfterThreeMonths() {
    ProcessInstance pi = admitted(eligible());
    for (int month = 11; month <= 12; month++) {
      CerFixtures.setToday(LocalDate.of(year, month, 1));
      executeDueJobs(pi);
    }
    runtimeService().createMessageCorrelation(MESSAGE_WITHDRAWAL).processInstanceBusinessKey(businessKey(pi)).correlate();
    assertThat(pi).isEnded().hasPassed("endWithdrawn");
    assertThat(ledger.allowanceNetPaid(businessKey(pi))).isEqualTo(3 * NET);
    ProcessInstance followUp = followUp(pi);
    assertThat(followUp).isWaitingAt(CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD);
    return followUp;
  }

  private ProcessInstance followUp(ProcessInstance candidacy) {
    ProcessInstance followUp = runtimeService().createProcessInstanceQuery().processDefinitionKey(CerPublicServiceProcess.KEY)
        .processInstanceBusinessKey(businessKey(candidacy)).singleResult();
    assertThat(followUp).as("the public-service follow-up of %s", businessKey(candidacy)).isNotNull();
    return followUp;
  }

  /** Month by month, as the job executor would, from November of the campaign year to the day the 3rd cycle starts. */
  private void payMonthsUntilTheThirdCycle(ProcessInstance instance) {
    for (YearMonth month = YearMonth.of(year, 11); !month.isAfter(YearMonth.of(year + 3, 9)); month = month.plusMonths(1)) {
      CerFixtures.setToday(month.atDay(1));
      executeDueJobs(instance);
    }
  }

  /** October of year 1 (admission) to August of year 4 (the 3rd cycle starts on 1 September): 35 months, then 35 owed. */
  private void assertAllowanceRanToTheThirdCycle(ProcessInstance candidacy, ProcessInstance followUp) {
    String key = businessKey(candidacy);
    assertThat(ledger.allowanceMonthsPaid(key)).isEqualTo(35);
    assertThat(ledger.allowanceGrossPaid(key)).as("35 × 1,200.00 EUR").isEqualTo(4_200_000L);
    assertThat(ledger.allowanceNetPaid(key)).as("35 × 1,106.88 EUR").isEqualTo(3_874_080L);
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.ALLOWANCE).extracting(LedgerEntry::getPeriod)
        .startsWith(LocalDate.of(year, 10, 1)).endsWith(LocalDate.of(year + 3, 8, 1)).doesNotHaveDuplicates();
    assertThat(followUp).isWaitingAt(CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD);
    assertThat(runtimeVariable(followUp, SERVICE_OBLIGATION_MONTHS.name())).isEqualTo(35);
    assertThat(ledger.entriesOf(key)).filteredOn(e -> e.getKind() == LedgerEntry.Kind.SERVICE_OBLIGATION).singleElement()
        .satisfies(e -> assertThat(e.getMonths()).isEqualTo(35));
    assertThat(ledger.entriesOf(key)).noneMatch(e -> e.getKind() == LedgerEntry.Kind.REIMBURSEMENT_DUE);
    assertThat(managementService().createJobQuery().activityId(CerPublicServiceProcess.Elements.NEXT_ALLOWANCE_TIMER)
        .processInstanceId(followUp.getId()).count()).as("no more payment scheduled").isZero();
  }

  private String applicant(ProcessInstance followUp) {
    return (String) runtimeService().getVariable(followUp.getId(), APPLICANT_ID.name());
  }

  private void declare(ProcessInstance followUp, LocalDate start, LocalDate end) {
    completeAs(applicant(followUp), Groups.CER_APPLICANTS, followUp, CerPublicServiceProcess.Tasks.DECLARE_SERVICE_PERIOD,
        withVariables(CerPublicServiceProcess.SERVICE_START.name(), start.toString(),
            CerPublicServiceProcess.SERVICE_END.name(), end.toString(),
            CerPublicServiceProcess.SERVICE_EMPLOYER.name(), "Centre hospitalier de Saint-Quentin",
            CerPublicServiceProcess.SERVICE_PROOF.name(), TestDocuments.pdf("attestation")));
  }

  private void validate(ProcessInstance followUp, boolean valid, String remarks) {
    completeAs("secretariat", Groups.CER_SECRETARIAT, followUp, CerPublicServiceProcess.Tasks.VALIDATE_SERVICE_PERIOD,
        withVariables(CerPublicServiceProcess.SERVICE_PERIOD_VALID.name(), valid,
            CerPublicServiceProcess.SERVICE_PERIOD_REMARKS.name(), remarks));
  }

  private String letterText(String key) {
    List<Letter> found = letters.ofCase(key).stream().filter(l -> l.kind() == LetterKind.CER_PUBLIC_SERVICE).toList();
    assertThat(found).hasSize(1);
    return LetterPdf.text(letters.pdf(found.get(0).id()).orElseThrow()).replaceAll("\\s+", " ");
  }
}
