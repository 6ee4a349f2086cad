package fr.engagements.cer.funding;

import java.time.Clock;
import java.time.LocalDate;

import fr.engagements.allowance.AllowanceRates;
import fr.engagements.allowance.ContractKind;
import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.FundingDecision;
import fr.engagements.cer.CerLabels;
import fr.engagements.cer.campaign.CerCampaign;
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
  private final AllowanceRates rates;
  private final Clock clock;

  FundingNotice(ApplicantNotifier applicant, DecisionLetters letters, AllowanceRates rates, Clock clock) {
    this.applicant = applicant;
    this.letters = letters;
    this.rates = rates;
    this.clock = clock;
  }

  void send(DelegateExecution execution, FundingDecision decision, String reason, String decidedBy, CerCampaign campaign) {
    // the rate of the admission month, the first one paid (CER_F1)
    AllowanceRates.Rate rate = rates.monthlyRate(ContractKind.CER, LocalDate.now(clock));
    Letter letter = letters.issue(LetterRequest.of(execution, CerCandidacyProcess.KEY, LetterKind.CER_FUNDING, 1, decision.name())
        .decidedBy(decidedBy)
        .with("campaignYear", campaign.getYear())
        .with("monthlyGrossCents", rate.grossCents())
        .with("monthlyNetCents", rate.netCents())
        .with("reasonLabel", reason == null ? null : CerLabels.value(reason).orElse(reason))
        .with("fundedQuota", campaign.getFundedQuota())
        .with("fundedCount", campaign.getFundedCount()));
    StringBuilder body = new StringBuilder();
    if (decision == FundingDecision.FUNDED) {
      body.append("Votre Contrat d'Engagement Recherche est financé. Une allocation de ")
          .append(FrenchFormat.euros(rate.grossCents())).append(" brut par mois (")
          .append(FrenchFormat.euros(rate.netCents())).append(" net) vous sera versée de votre admission")
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
