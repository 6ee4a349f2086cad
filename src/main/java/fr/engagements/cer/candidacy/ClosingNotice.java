package fr.engagements.cer.candidacy;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.util.Set;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.Outcome;
import fr.engagements.cer.CerLabels;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant that the candidacy is closed, with its outcome and the sum to reimburse, if any (CER_F3).
 * Outcomes that are decisions of their own, with no earlier letter (no project filed, research obligation
 * breached, withdrawal with its reimbursement), also get a dated closing letter, attached; the others were
 * already decided by a letter (ineligibility, entry, post).
 */
@Component
class ClosingNotice {

  static final Set<Outcome> WITH_LETTER = Set.of(Outcome.PROJECT_NOT_FILED, Outcome.RESEARCH_OBLIGATION_BREACHED, Outcome.WITHDRAWN,
      Outcome.DEFENSE_MISSED);

  private final ApplicantNotifier applicant;
  private final DecisionLetters letters;

  ClosingNotice(ApplicantNotifier applicant, DecisionLetters letters) {
    this.applicant = applicant;
    this.letters = letters;
  }

  void send(DelegateExecution execution, Outcome outcome) {
    StringBuilder body = new StringBuilder("Votre candidature au Contrat d'Engagement Recherche est close.\n\nIssue : ")
        .append(CerLabels.outcome(outcome)).append(".\n");
    Long due = REIMBURSEMENT_DUE_CENTS.get(execution);
    if (due != null && due > 0) {
      body.append("\nSomme à rembourser : ").append(FrenchFormat.euros(due))
          .append(" (allocation nette perçue, CER_F3). Les modalités de remboursement vous seront communiquées.\n");
    }
    Long letterId = null;
    if (WITH_LETTER.contains(outcome)) {
      letterId = letters.issue(LetterRequest.of(execution, CerCandidacyProcess.KEY, LetterKind.CER_CLOSING, 1, outcome.name())
          .with("outcomeLabel", CerLabels.outcome(outcome))
          .with("campaignYear", CAMPAIGN_YEAR.get(execution))
          .with("researchMonthsCompleted", RESEARCH_MONTHS_COMPLETED.get(execution))
          .with("defenseDate", DEFENSE_DATE.get(execution))
          .with("minResearchMonths", MIN_RESEARCH_MONTHS)
          .with("allowancePaidCents", ALLOWANCE_PAID_CENTS.get(execution))
          .with("reimbursementDueCents", due)).id();
    }
    applicant.decision(execution, "Clôture de votre candidature au CER", body.toString(), letterId);
  }
}
