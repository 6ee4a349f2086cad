package fr.engagements.cer.eligibility;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.campaign.CerCampaigns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Vérifier l'éligibilité": decides CER_E1–E4 with the table and records the reason and the table version;
 * an ineligible applicant is told why.
 */
@Component("evaluateEligibilityDelegate")
public class EvaluateEligibilityDelegate implements JavaDelegate {

  private final EligibilityService eligibility;
  private final CerCampaigns campaigns;
  private final IneligibilityNotice notice;

  EvaluateEligibilityDelegate(EligibilityService eligibility, CerCampaigns campaigns, IneligibilityNotice notice) {
    this.eligibility = eligibility;
    this.campaigns = campaigns;
    this.notice = notice;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var campaign = campaigns.get(CAMPAIGN_YEAR.get(execution));
    EligibilityResult result = eligibility.evaluate(EligibilityFacts.of(execution, campaign.getDfasm1GraceMonths(),
        campaign.getApplicationWindowYears()));
    ELIGIBLE.set(execution, result.eligible());
    INELIGIBILITY_REASON.set(execution, result.reason());
    ELIGIBILITY_RULE.set(execution, result.rule());
    ELIGIBILITY_EXPLANATION.set(execution, result.explanation());
    ELIGIBILITY_DECIDED_BY.set(execution, result.decidedBy());
    notice.send(execution, result);
  }
}
