package fr.engagements.cesp;

import static fr.engagements.cesp.CespContractProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess.CommissionList;
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

  private void setQuota(int quota) {
    campaign.setContractQuota(quota);
    campaign = campaignRows.saveAndFlush(campaign);
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
    assertThat(allocationLog().get(3).getExplanation()).contains("Rang 1 de la liste principale", "place 1 sur 2", "CESP_11");
    assertThat(allocationLog().get(7).getExplanation()).contains("Contingent de 2 contrat(s) épuisé");
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
    assertThat(allocationLog().get(allocationLog().size() - 1).getExplanation()).contains("liste complémentaire");

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

  @Test
  void CESP_5_theApplicationsCloseThemselvesAtTheDeadline() {
    ProcessInstance campaignPi = startCampaign();
    today(LocalDate.of(YEAR, 11, 22));
    runJobs(campaignPi);
    assertThat(campaignPi).isWaitingAt(CespCampaignProcess.Tasks.CLOSE_COMMISSION).hasPassed(CespCampaignProcess.Elements.DEADLINE_TIMER);
    assertThat(campaigns.get(YEAR, ufr).isApplicationOpen()).isFalse();
  }
}
