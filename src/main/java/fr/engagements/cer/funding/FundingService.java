package fr.engagements.cer.funding;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.Map;

import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.candidacy.CandidacyService;
import fr.engagements.process.Decisions;
import fr.engagements.process.Decisions.Decided;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

/**
 * Decides FUNDED or UNFUNDED for an admitted candidacy (CER_J3, CER_J4, CER_F2) with the
 * {@code cer-funding} table, under the campaign row's lock: concurrent admissions are serialised, so
 * the funded quota is never exceeded, and the count commits with the process step. The applicant is
 * told the decision (the letter is queued in the same transaction).
 */
@Service
public class FundingService {

  public static final String DECISION_KEY = "cer-funding";

  private final CerCampaigns campaigns;
  private final CandidacyService candidacies;
  private final Decisions decisions;
  private final FundingNotice notice;

  FundingService(CerCampaigns campaigns, CandidacyService candidacies, Decisions decisions, FundingNotice notice) {
    this.campaigns = campaigns;
    this.candidacies = candidacies;
    this.decisions = decisions;
    this.notice = notice;
  }

  public FundingDecision decide(DelegateExecution execution) {
    CerCampaign campaign = campaigns.lock(CAMPAIGN_YEAR.get(execution));
    Decided decided = decisions.evaluateSingle(DECISION_KEY, Map.of(
        OTHER_FUNDING.name(), OTHER_FUNDING.raw(OTHER_FUNDING.get(execution)),
        "fundedQuota", campaign.getFundedQuota(),
        "fundedCount", campaign.getFundedCount()));
    FundingDecision decision = FundingDecision.valueOf(decided.get("fundingDecision", String.class));
    if (decision == FundingDecision.FUNDED) {
      campaign.grantFunding();
    }
    candidacies.get(execution.getProcessBusinessKey()).recordFunding(decision);
    FUNDING_DECISION.set(execution, decision);
    FUNDING_REASON.set(execution, decided.get("fundingReason", String.class));
    FUNDING_DECIDED_BY.set(execution, decided.describe());
    notice.send(execution, decision, decided.get("fundingReason", String.class), decided.describe(), campaign);
    return decision;
  }

  /**
   * An unfunded decision withdrawn on appeal (ADM_1): the candidacy is funded only if a place of the campaign's quota
   * is left (CER_J3, CER_F2), under the same lock as {@link #decide}: an appeal never takes a place from someone else.
   * Returns whether it was funded; the caller changes the running instance.
   */
  public boolean fundOnAppeal(String businessKey, int campaignYear) {
    CerCampaign campaign = campaigns.lock(campaignYear);
    if (!campaign.hasFundingLeft()) {
      return false;
    }
    campaign.grantFunding();
    candidacies.get(businessKey).recordFunding(FundingDecision.FUNDED);
    return true;
  }
}
