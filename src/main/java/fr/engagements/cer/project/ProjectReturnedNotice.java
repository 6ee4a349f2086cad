package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A refused signature returns the project (CER_P3): the applicant gets a dated letter with who refused
 * and why ({@code lastRefusal}), one per round of signatures, attached to the e-mail.
 */
@Component
class ProjectReturnedNotice {

  private final ApplicantNotifier applicant;
  private final DecisionLetters letters;

  ProjectReturnedNotice(ApplicantNotifier applicant, DecisionLetters letters) {
    this.applicant = applicant;
    this.letters = letters;
  }

  void send(DelegateExecution execution) {
    int round = PROJECT_ROUND.find(execution).orElse(1);
    String refusal = LAST_REFUSAL.get(execution);
    Letter letter = letters.issue(LetterRequest.of(execution, KEY, LetterKind.CER_PROJECT_RETURNED, round, "PROJECT_REFUSED")
        .with("campaignYear", CAMPAIGN_YEAR.get(execution))
        .with("refusal", refusal));
    applicant.decision(execution, "Votre projet médico-scientifique vous est renvoyé",
        "Votre projet médico-scientifique (tour de signatures n° " + round + ") a été refusé et vous est renvoyé pour révision.\n\n"
            + "Motif : " + refusal + "\n\nVous pouvez le réviser et le déposer de nouveau dans Tasklist (tâche « Déposer le projet"
            + " médico-scientifique »).", letter.id());
  }
}
