package fr.engagements.cer.candidacy;

import static fr.engagements.cer.CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS;

import fr.engagements.cer.CerCandidacyProcess.Outcome;
import fr.engagements.cer.CerLabels;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Tells the applicant that the candidacy is closed, with its outcome and the sum to reimburse, if any (CER_F3). */
@Component
class ClosingNotice {

  private final ApplicantNotifier applicant;

  ClosingNotice(ApplicantNotifier applicant) {
    this.applicant = applicant;
  }

  void send(DelegateExecution execution, Outcome outcome) {
    StringBuilder body = new StringBuilder("Votre candidature au Contrat d'Engagement Recherche est close.\n\nIssue : ")
        .append(CerLabels.outcome(outcome)).append(".\n");
    Long due = REIMBURSEMENT_DUE_CENTS.get(execution);
    if (due != null && due > 0) {
      body.append("\nSomme à rembourser : ").append(FrenchFormat.euros(due))
          .append(" (allocation nette perçue, CER_F3). Les modalités de remboursement vous seront communiquées.\n");
    }
    applicant.decision(execution, "Clôture de votre candidature au CER", body.toString());
  }
}
