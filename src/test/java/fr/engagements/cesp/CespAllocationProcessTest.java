package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess.CommissionList;
import fr.engagements.cesp.CespContractProcess.StudyLevel;
import fr.engagements.cesp.allocation.AllocationLogEntry;
import fr.engagements.cesp.allocation.AllocationLogEntry.Event;
import fr.engagements.cesp.campaign.CespCampaignRepository;
import fr.engagements.casefile.Groups;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** CESP_6, CESP_11: the commission's lists, offers in rank order within the quota, 30 days to sign. */
class CespAllocationProcessTest extends CespProcessTestSupport {

  @Autowired
  CespCampaignRepository campaignRows;

  /** The students' quota (the fixtures' applicants are students); residents keep the fixture's. */
  private void setQuota(int quota) {
    setQuotas(campaign.quota(StudyLevel.RESIDENT), quota);
  }

  private void setQuotas(int residents, int students) {
    campaign.setQuotas(residents, students);
    campaign = campaignRows.saveAndFlush(campaign);
  }

  private java.util.List<String> offeredInOrder() {
    return allocationLog().stream().filter(e -> e.getEvent() == Event.OFFERED).map(AllocationLogEntry::getBusinessKey).toList();
  }

  @Test
  void CESP_6_aCandidateTheCommissionDoesNotRetainEndsNotRetained() {
    ProcessInstance pi = ranked(CommissionList.NOT_RETAINED, null);
    assertThat(pi).isEnded().hasPassed("endNotRetained");
    assertThat(variable(pi, OUTCOME.name())).isEqualTo("NOT_RETAINED");
  }

  @Test
  void CESP_6_anUnfavourableOpinionCannotListTheCandidateAndRanksAreUnique() {
    ProcessInstance first = ranked(CommissionList.MAIN, 1);
    ProcessInstance pi = apply(application());
    checkCompleteness(pi, true, null);
    assertThatThrownBy(() -> completeAs("ufr", Groups.UFR, pi, Tasks.RECORD_COMMISSION_OPINION, withVariables(
        COMMISSION_OPINION.name(), "UNFAVORABLE", COMMISSION_LIST.name(), "MAIN", COMMISSION_RANK.name(), 2,
        COMMISSION_RATIONALE.name(), "x"))).hasMessageContaining("avis défavorable");
    assertThatThrownBy(() -> recordOpinion(pi, CommissionList.MAIN, 1)).hasMessageContaining("rang 1 de la liste principale");
    recordOpinion(pi, CommissionList.COMPLEMENTARY, 1);
    assertThat(first).isWaitingAt(Elements.AWAIT_OFFER);
    assertThat(pi).isWaitingAt(Elements.AWAIT_OFFER);
  }

  @Test
  void CESP_11_contractsAreOfferedInRankOrderAndSignedThenTheQuotaIsExhausted() {
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance second = ranked(CommissionList.MAIN, 2);
    ProcessInstance first = ranked(CommissionList.MAIN, 1);
    ProcessInstance complementary = ranked(CommissionList.COMPLEMENTARY, 1);

    closeCommission(campaignPi);

    assertThat(first).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(second).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(complementary).isWaitingAt(Elements.AWAIT_OFFER);
    assertThat(runtimeService().getVariable(first.getId(), OFFER_DEADLINE.name())).isEqualTo("2030-10-31");
    assertThat(runtimeService().getVariable(campaignPi.getId(), CespCampaignProcess.MAIN_LIST.name()).toString())
        .startsWith("1. " + businessKey(first)).contains("2. " + businessKey(second));

    sign(first, true, campaignPi);
    assertThat(first).isWaitingAt(Tasks.REGISTER_CONTRACT);
    assertThat(task(first)).hasCandidateGroup(Groups.CNG);
    assertThat(campaignPi).isWaitingAt(CespCampaignProcess.Elements.AWAIT_ANSWER);
    sign(second, true, campaignPi);

    assertThat(campaignPi).isEnded();
    assertThat(complementary).isEnded().hasPassed("endNotOffered");
    assertThat(variable(complementary, OUTCOME.name())).isEqualTo("NOT_OFFERED");
    assertThat(variable(campaignPi, CespCampaignProcess.CONTRACTS_SIGNED.name())).isEqualTo(2);
    assertThat(allocationLog()).extracting(AllocationLogEntry::getEvent).containsExactly(
        Event.LISTED, Event.LISTED, Event.LISTED, Event.OFFERED, Event.OFFERED, Event.SIGNED, Event.SIGNED, Event.NOT_OFFERED);
    assertThat(allocationLog().get(3).getBusinessKey()).isEqualTo(businessKey(first));
    assertThat(allocationLog().get(3).getExplanation()).contains("Liste principale, rang déclaré 1", "place 1 sur 2 du contingent des étudiants", "CESP_11");
    assertThat(allocationLog().get(7).getExplanation()).contains("Contingent de 2 contrat(s) des étudiants épuisé");
    assertThat(campaigns.get(YEAR, ufr).getSignedCount()).isEqualTo(2);
  }

  @Test
  void CESP_11_anOfferUnsignedAfter30DaysPassesToTheComplementaryList() {
    setQuota(1);
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance main = ranked(CommissionList.MAIN, 1);
    ProcessInstance complementary = ranked(CommissionList.COMPLEMENTARY, 1);
    closeCommission(campaignPi);
    assertThat(main).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(complementary).isWaitingAt(Elements.AWAIT_OFFER);

    today(LocalDate.of(YEAR, 10, 30)); // 29 days: still the main list's
    runJobs(main, campaignPi);
    assertThat(main).isWaitingAt(Tasks.SIGN_CONTRACT);

    today(LocalDate.of(YEAR, 11, 1));
    runJobs(main, campaignPi);
    runJobs(complementary);
    assertThat(main).isEnded().hasPassed(Elements.REPORT_OFFER_LAPSED);
    assertThat(variable(main, OUTCOME.name())).isEqualTo("OFFER_EXPIRED");
    assertThat(complementary).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(allocationLog()).extracting(AllocationLogEntry::getEvent)
        .containsSubsequence(Event.OFFERED, Event.EXPIRED, Event.OFFERED);
    assertThat(allocationLog().get(allocationLog().size() - 1).getExplanation()).contains("Liste complémentaire");

    sign(complementary, true, campaignPi);
    assertThat(campaignPi).isEnded();
    assertThat(complementary).isWaitingAt(Tasks.REGISTER_CONTRACT);
  }

  @Test
  void CESP_11_theSignatureLimitIsTheFacultyCampaignsSettingShownInTheTaskAndTheLog() {
    setQuota(1);
    campaign.setSignatureDays(15);
    campaign = campaignRows.saveAndFlush(campaign);
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance main = ranked(CommissionList.MAIN, 1);
    closeCommission(campaignPi);
    assertThat(main).isWaitingAt(Tasks.SIGN_CONTRACT);
    Task offer = taskService().createTaskQuery().processInstanceId(main.getId()).singleResult();
    LocalDate due = offer.getDueDate().toInstant().atZone(fr.engagements.config.EngineClock.ZONE).toLocalDate();
    assertThat(due).isEqualTo(LocalDate.of(YEAR, 10, 16));
    assertThat(offer.getDescription()).contains("avant le " + YEAR + "-10-16");

    today(LocalDate.of(YEAR, 10, 15));
    runJobs(main, campaignPi);
    assertThat(main).isWaitingAt(Tasks.SIGN_CONTRACT);
    today(LocalDate.of(YEAR, 10, 17));
    runJobs(main, campaignPi);
    assertThat(main).isEnded().hasPassed(Elements.REPORT_OFFER_LAPSED);
    assertThat(allocationLog()).filteredOn(e -> e.getEvent() == Event.EXPIRED).singleElement()
        .satisfies(e -> assertThat(e.getExplanation()).contains("dans les 15 jours"));
  }

  @Test
  void CESP_11_aDeclinedOfferPassesToTheNextCandidate() {
    setQuota(1);
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance first = ranked(CommissionList.MAIN, 1);
    ProcessInstance next = ranked(CommissionList.MAIN, 2);
    closeCommission(campaignPi);
    sign(first, false, campaignPi);
    runJobs(next);
    assertThat(variable(first, OUTCOME.name())).isEqualTo("OFFER_DECLINED");
    assertThat(next).isWaitingAt(Tasks.SIGN_CONTRACT);
  }

  @Test
  void CESP_6_theCommissionClosesOnlyWhenEveryCompleteDossierHasAnOpinionAndIncompleteOnesAreNotExamined() {
    ProcessInstance campaignPi = startCampaign();
    VariableMap missing = application();
    missing.remove(CV.name());
    ProcessInstance incomplete = apply(missing);
    ProcessInstance awaiting = apply(application());
    checkCompleteness(awaiting, true, null);

    completeAs("ufr", Groups.UFR, campaignPi, CespCampaignProcess.Tasks.CLOSE_APPLICATIONS,
        withVariables(CespCampaignProcess.CLOSE_EARLY_CONFIRMED.name(), true));
    assertThatThrownBy(() -> apply(application())).hasMessageContaining("sont clos");
    assertThatThrownBy(() -> completeAs("ufr", Groups.UFR, campaignPi, CespCampaignProcess.Tasks.CLOSE_COMMISSION,
        withVariables(CespCampaignProcess.COMMISSION_DATE.name(), "2030-10-01")))
        .hasMessageContaining(businessKey(awaiting));

    recordOpinion(awaiting, CommissionList.MAIN, 1);
    completeAs("ufr", Groups.UFR, campaignPi, CespCampaignProcess.Tasks.CLOSE_COMMISSION,
        withVariables(CespCampaignProcess.COMMISSION_DATE.name(), "2030-10-01"));
    runJobs(campaignPi);
    assertThat(incomplete).isEnded().hasPassed("endDossierIncomplete");
    assertThat(variable(incomplete, OUTCOME.name())).isEqualTo("DOSSIER_INCOMPLETE");
    assertThat(awaiting).isWaitingAt(Tasks.SIGN_CONTRACT);
  }

  /**
   * CESP_5, CESP_11: 3 residents and 3 students retained, quotas 2 residents + 1 student. Residents go by their national
   * (ECN/EDN) rank, students by their declared rank, main list before complementary, the commission's rank only breaking
   * ties: the residents ranked 150th and 900th nationally (main list) and the student of declared rank 12 (main list) get
   * the offers, in that order; the resident ranked 40th nationally but on the complementary list and the other students wait.
   */
  @Test
  void CESP_5_CESP_11_residentsByNationalRankStudentsByDeclaredRankEachWithinItsOwnQuota() {
    setQuotas(2, 1);
    ProcessInstance campaignPi = startCampaign();
    // the commission's rank (3rd argument) is not the offer order: the declared ranking is
    ProcessInstance resident900 = ranked(StudyLevel.RESIDENT, CommissionList.MAIN, 1, 900);
    ProcessInstance resident150 = ranked(StudyLevel.RESIDENT, CommissionList.MAIN, 2, 150);
    ProcessInstance resident40Complementary = ranked(StudyLevel.RESIDENT, CommissionList.COMPLEMENTARY, 1, 40);
    ProcessInstance student30 = ranked(StudyLevel.STUDENT, CommissionList.MAIN, 3, 30);
    ProcessInstance student12 = ranked(StudyLevel.STUDENT, CommissionList.MAIN, 4, 12);
    ProcessInstance student5Complementary = ranked(StudyLevel.STUDENT, CommissionList.COMPLEMENTARY, 2, 5);

    closeCommission(campaignPi);

    assertThat(offeredInOrder()).containsExactly(businessKey(resident150), businessKey(resident900), businessKey(student12));
    assertThat(resident150).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(resident900).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(student12).isWaitingAt(Tasks.SIGN_CONTRACT);
    for (ProcessInstance waiting : new ProcessInstance[] {resident40Complementary, student30, student5Complementary}) {
      assertThat(waiting).isWaitingAt(Elements.AWAIT_OFFER);
    }
    var row = campaigns.get(YEAR, ufr);
    assertThat(row.offers(StudyLevel.RESIDENT)).isEqualTo(2);
    assertThat(row.offers(StudyLevel.STUDENT)).isEqualTo(1);
    assertThat(row.freePlaces(StudyLevel.RESIDENT)).isZero();
    assertThat(row.freePlaces(StudyLevel.STUDENT)).isZero();
    assertThat(allocationLog()).filteredOn(e -> e.getEvent() == Event.OFFERED).first().satisfies(e -> assertThat(e.getExplanation())
        .contains("classé(e) 150e aux épreuves nationales (ECN/EDN)", "place 1 sur 2 du contingent des internes"));
    assertThat(allocationLog()).filteredOn(e -> e.getEvent() == Event.OFFERED).last().satisfies(e -> assertThat(e.getExplanation())
        .contains("rang déclaré 12 (épreuves d'accès à la 2e année)", "place 1 sur 1 du contingent des étudiants"));

    // all three sign: the allocation ends, the others were never reached, each within its own quota
    sign(resident150, true, campaignPi);
    sign(resident900, true, campaignPi);
    sign(student12, true, campaignPi);
    assertThat(campaignPi).isEnded();
    for (ProcessInstance notReached : new ProcessInstance[] {resident40Complementary, student30, student5Complementary}) {
      assertThat(notReached).isEnded().hasPassed("endNotOffered");
    }
    row = campaigns.get(YEAR, ufr);
    assertThat(row.signed(StudyLevel.RESIDENT)).isEqualTo(2);
    assertThat(row.signed(StudyLevel.STUDENT)).isEqualTo(1);
    assertThat(row.getSignedCount()).isEqualTo(3);
    assertThat(variable(campaignPi, CespCampaignProcess.ALLOCATION_SUMMARY.name()))
        .isEqualTo("3 contrat(s) signé(s) sur 3 ouvert(s) : internes 2 sur 2, étudiants 1 sur 1.");
    assertThat(allocationLog()).filteredOn(e -> e.getEvent() == Event.NOT_OFFERED && e.getBusinessKey().equals(businessKey(student30)))
        .singleElement().satisfies(e -> assertThat(e.getExplanation()).contains("Contingent de 1 contrat(s) des étudiants épuisé"));
  }

  /** CESP_11: a resident's offer not signed in time passes to the next resident (the complementary list's), not to a student. */
  @Test
  void CESP_11_aLapsedResidentOfferPassesToTheNextResidentNotToAStudent() {
    setQuotas(1, 1);
    ProcessInstance campaignPi = startCampaign();
    ProcessInstance resident = ranked(StudyLevel.RESIDENT, CommissionList.MAIN, 1, 300);
    ProcessInstance nextResident = ranked(StudyLevel.RESIDENT, CommissionList.COMPLEMENTARY, 1, 2500);
    ProcessInstance student = ranked(StudyLevel.STUDENT, CommissionList.MAIN, 2, 8);
    ProcessInstance nextStudent = ranked(StudyLevel.STUDENT, CommissionList.MAIN, 3, 9);
    closeCommission(campaignPi);
    assertThat(offeredInOrder()).containsExactly(businessKey(resident), businessKey(student));

    today(LocalDate.of(YEAR, 11, 1)); // 31 days: the resident's offer lapses
    runJobs(resident, campaignPi);
    runJobs(nextResident, nextStudent);

    assertThat(resident).isEnded().hasPassed(Elements.REPORT_OFFER_LAPSED);
    assertThat(nextResident).isWaitingAt(Tasks.SIGN_CONTRACT);
    assertThat(nextStudent).as("the students' quota is taken by the student's open offer").isWaitingAt(Elements.AWAIT_OFFER);
    assertThat(offeredInOrder()).containsExactly(businessKey(resident), businessKey(student), businessKey(nextResident));
    assertThat(allocationLog()).filteredOn(e -> e.getEvent() == Event.EXPIRED).singleElement()
        .satisfies(e -> assertThat(e.getExplanation()).contains("passe au suivant des internes retenus"));
    var row = campaigns.get(YEAR, ufr);
    assertThat(row.offers(StudyLevel.RESIDENT)).isEqualTo(1);
    assertThat(row.offers(StudyLevel.STUDENT)).isEqualTo(1);
  }

  @Test
  void CESP_11_aRetainedCandidateNeedsADeclaredRank() {
    ProcessInstance pi = apply(application());
    checkCompleteness(pi, true, null);
    assertThatThrownBy(() -> recordOpinion(pi, CommissionList.MAIN, 1, null))
        .hasMessageContaining("Le rang de classement déclaré");
  }

  @Test
  void CESP_5_theApplicationsCloseThemselvesAtTheDeadline() {
    ProcessInstance campaignPi = startCampaign();
    today(LocalDate.of(YEAR, 11, 22));
    runJobs(campaignPi);
    assertThat(campaignPi).isWaitingAt(CespCampaignProcess.Tasks.CLOSE_COMMISSION).hasPassed(CespCampaignProcess.Elements.DEADLINE_TIMER);
    assertThat(campaigns.get(YEAR, ufr).isApplicationOpen()).isFalse();
  }
}
