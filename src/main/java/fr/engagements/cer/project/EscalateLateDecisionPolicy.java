package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.process.BaseTaskPolicy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * {@code escalateLateDecision} (CER_P7): the post decision is still pending 14 days before the matching
 * date; the secretariat is told to obtain it. Completing this task only says the alert was handled:
 * it sets nothing and {@code decidePost} stays open.
 */
@Component
class EscalateLateDecisionPolicy extends BaseTaskPolicy {

  private final CerCampaigns campaigns;

  EscalateLateDecisionPolicy(CerCampaigns campaigns) {
    super(CerCandidacyProcess.KEY, Tasks.ESCALATE_LATE_DECISION);
    this.campaigns = campaigns;
  }

  @Override
  public void onCreate(DelegateTask task) {
    String matching = campaigns.get(CAMPAIGN_YEAR.get(task)).getMatchingDate().format(SubmitProjectPolicy.FRENCH_DATE);
    task.setDescription("Décision sur le poste toujours en attente alors que la procédure d'appariement a lieu le " + matching
        + " : les résultats doivent être connus avant (CER_P7). Obtenez la décision du jury (tâche « Décision sur le poste »,"
        + " qui reste ouverte), puis marquez cette alerte comme traitée.");
  }
}
