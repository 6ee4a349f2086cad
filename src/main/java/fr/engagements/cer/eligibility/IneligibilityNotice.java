package fr.engagements.cer.eligibility;

import fr.engagements.cer.CerLabels;
import fr.engagements.notification.ApplicantNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells an ineligible applicant why, and which table and version decided (CRPA L311-3-1). */
@Component
public class IneligibilityNotice {

  private final ApplicantNotifier applicant;

  IneligibilityNotice(ApplicantNotifier applicant) {
    this.applicant = applicant;
  }

  public void send(DelegateExecution execution, EligibilityResult result) {
    if (result.eligible()) {
      return;
    }
    StringBuilder body = new StringBuilder("Votre candidature au Contrat d'Engagement Recherche n'est pas recevable");
    if (result.reason() != null) {
      body.append(" : ").append(CerLabels.value(result.reason()).orElse(result.reason()));
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
    applicant.decision(execution, "Résultat de l'examen d'éligibilité", body.toString());
  }
}
