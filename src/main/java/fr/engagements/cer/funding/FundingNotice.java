package fr.engagements.cer.funding;

import fr.engagements.allowance.Ledger;
import fr.engagements.cer.campaign.CerCampaign;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import fr.engagements.cer.CerLabels;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells an admitted applicant whether the CER is funded, why, and which table and version decided (CRPA L311-3-1):
 * a dated letter (PDF, kept with the case, with the campaign's quota) attached to the e-mail.
 */
@Component
class FundingNotice {

  private final ApplicantNotifier applicant;
  private final DecisionLetters letters;

  FundingNotice(ApplicantNotifier applicant, DecisionLetters letters) {
    this.applicant = applicant;
    this.letters = letters;
  }

  void send(DelegateExecution execution, FundingDecision decision, String reason, String decidedBy, CerCampaign campaign) {
    Letter letter = letters.issue(LetterRequest.of(execution, CerCandidacyProcess.KEY, LetterKind.CER_FUNDING, 1, decision.name())
        .decidedBy(decidedBy)
        .with("campaignYear", campaign.getYear())
        .with("monthlyGrossCents", Ledger.MONTHLY_GROSS_CENTS)
        .with("monthlyNetCents", Ledger.MONTHLY_NET_CENTS)
        .with("reasonLabel", reason == null ? null : CerLabels.value(reason).orElse(reason))
        .with("fundedQuota", campaign.getFundedQuota())
        .with("fundedCount", campaign.getFundedCount()));
    StringBuilder body = new StringBuilder();
    if (decision == FundingDecision.FUNDED) {
      body.append("Votre Contrat d'Engagement Recherche est financé. Une allocation de ")
          .append(FrenchFormat.euros(Ledger.MONTHLY_GROSS_CENTS)).append(" brut par mois (")
          .append(FrenchFormat.euros(Ledger.MONTHLY_NET_CENTS)).append(" net) vous sera versée de votre admission")
          .append(" jusqu'au début du 3e cycle (CER_F1).\n\nEn contrepartie, chaque année financée vous engage à exercer")
          .append(" une durée équivalente dans le service public ; en cas de manquement, les sommes perçues sont à")
          .append(" rembourser (CER_F3).");
    } else {
      body.append("Votre admission au Contrat d'Engagement Recherche est confirmée, sans financement (CER non financé)");
      if (reason != null) {
        body.append(" : ").append(CerLabels.value(reason).orElse(reason));
      }
      body.append(".");
    }
    body.append("\n\nCette décision a été prise automatiquement");
    if (decidedBy != null) {
      body.append(" par la table de décision « ").append(decidedBy.replaceFirst(" v(\\d+)$", " », version $1"));
    }
    body.append(". Vous pouvez en obtenir les règles sur demande (article L311-3-1 du code des relations entre le public")
        .append(" et l'administration).");
    applicant.decision(execution, "Décision de financement de votre CER", body.toString(), letter.id());
  }
}
