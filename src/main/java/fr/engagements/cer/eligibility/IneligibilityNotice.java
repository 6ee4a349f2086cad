package fr.engagements.cer.eligibility;

import static fr.engagements.cer.CerCandidacyProcess.CAMPAIGN_YEAR;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerLabels;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells an ineligible applicant why, and which table and version decided (CRPA L311-3-1): a dated letter
 * (PDF, kept with the case) attached to the e-mail.
 */
@Component
public class IneligibilityNotice {

  private final ApplicantNotifier applicant;
  private final DecisionLetters letters;

  IneligibilityNotice(ApplicantNotifier applicant, DecisionLetters letters) {
    this.applicant = applicant;
    this.letters = letters;
  }

  public void send(DelegateExecution execution, EligibilityResult result) {
    if (result.eligible()) {
      return;
    }
    String reasonLabel = result.reason() == null ? null : CerLabels.value(result.reason()).orElse(result.reason());
    Letter letter = letters.issue(LetterRequest.of(execution, CerCandidacyProcess.KEY, LetterKind.CER_INELIGIBILITY, 1,
            result.reason() == null ? "INELIGIBLE" : result.reason())
        .decidedBy(result.decisionKey(), result.decisionVersion())
        .with("campaignYear", CAMPAIGN_YEAR.get(execution))
        .with("reasonLabel", reasonLabel)
        .with("explanation", result.explanation())
        .with("rule", result.rule()));
    StringBuilder body = new StringBuilder("Votre candidature au Contrat d'Engagement Recherche n'est pas recevable");
    if (reasonLabel != null) {
      body.append(" : ").append(reasonLabel);
    }
    body.append(".\n");
    if (result.explanation() != null) {
      body.append("\n").append(result.explanation()).append('\n');
    }
    if (result.rule() != null) {
      body.append("Règle appliquée : ").append(result.rule()).append(".\n");
    }
    body.append("\nCette décision a été prise automatiquement par la table de décision « ").append(result.decisionKey())
        .append(" », version ").append(result.decisionVersion()).append(". Vous pouvez en obtenir les règles sur demande")
        .append(" (article L311-3-1 du code des relations entre le public et l'administration).");
    applicant.decision(execution, "Résultat de l'examen d'éligibilité", body.toString(), letter.id());
  }
}
