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
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant that the candidacy is closed, with its outcome and, for a funded one, the public-service months
 * still owed (CER_F3: an early end bills nothing).
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
    // CER_F3: nothing is billed at an early end; the public-service months owed for the funded months remain
    Integer owed = SERVICE_OBLIGATION_MONTHS.find(execution).orElse(null);
    if (owed != null && owed > 0) {
      body.append("\nAucune somme ne vous est réclamée. Votre obligation de servir ").append(owed)
          .append(" mois dans le service public, hors internat, après votre internat demeure (CER_F3) ; seul un manquement")
          .append(" à cette obligation entraînerait le remboursement des sommes versées.\n");
    }
    // CER_F1: only a withdrawal stops the allowance; after any other closing it goes on until the 3rd cycle starts
    boolean allowanceGoesOn = outcome != Outcome.WITHDRAWN && FUNDING_DECISION.find(execution).orElse(null) == FundingDecision.FUNDED
        && ALLOWANCE_ACTIVE.find(execution).orElse(false);
    if (allowanceGoesOn) {
      body.append("\nObligation de service public : l'allocation continue de vous être versée jusqu'au début du 3e cycle")
          .append(" (CER_F1) ; chaque mois versé vous oblige à un mois de service public hors internat, après votre internat")
          .append(" (CER_F3). Aucune somme ne vous est réclamée.\n");
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
          .with("serviceObligationMonths", owed)
          .with("allowanceGoesOn", allowanceGoesOn)).id();
    }
    applicant.decision(execution, "Clôture de votre candidature au CER", body.toString(), letterId);
  }
}
