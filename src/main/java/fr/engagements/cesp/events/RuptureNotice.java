package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.cesp.CespContractProcess.RuptureReason;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.Letter;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * A rupture (CESP_10) decided by a DMN table: the beneficiary gets a dated letter with the sums received,
 * the reimbursement, the penalty, the total due, and the table and version that computed them (CRPA L311-3-1),
 * attached to the e-mail.
 */
@Component
class RuptureNotice {

  private final ApplicantNotifier applicant;
  private final DecisionLetters letters;

  RuptureNotice(ApplicantNotifier applicant, DecisionLetters letters) {
    this.applicant = applicant;
    this.letters = letters;
  }

  static String reasonLabel(RuptureReason reason) {
    return switch (reason) {
      case OWN_INITIATIVE -> "rupture à votre initiative";
      case STRUCK_OFF -> "radiation";
      case INCAPACITY -> "incapacité ou inaptitude";
    };
  }

  void send(DelegateExecution execution, RuptureReason reason, LocalDate ruptureDate, LocalDate diplomaDate,
      RupturePenalty.Facts facts, RupturePenalty.Result result) {
    String ufrName = UFR_NAME.find(execution).orElse(UFR.get(execution));
    Letter letter = letters.issue(LetterRequest.of(execution, CespContractProcess.KEY, LetterKind.CESP_RUPTURE, 1, reason.name())
        .decidedBy(result.decidedBy())
        .with("sender", "Contrat d’Engagement de Service Public — " + ufrName)
        .with("signatory", "Le service gestionnaire des contrats d’engagement de service public")
        .with("reasonLabel", reasonLabel(reason))
        .with("payer", PAYER.find(execution).orElse(null))
        .with("payerName", PAYER_NAME.find(execution).orElse(null))
        .with("ruptureDate", ruptureDate)
        .with("diplomaDate", diplomaDate)
        .with("netReceivedCents", facts.netReceivedCents())
        .with("remainingMonths", facts.remainingMonths())
        .with("reimbursementCents", result.reimbursementCents())
        .with("penaltyCents", result.penaltyCents())
        .with("reimbursementDueCents", result.dueCents())
        .with("rule", result.rule())
        .with("explanation", result.explanation()));
    int at = result.decidedBy().lastIndexOf(" v");
    applicant.decision(execution, "Rupture de votre contrat d'engagement de service public",
        "La rupture de votre contrat (" + reasonLabel(reason) + ", le " + FrenchFormat.day(ruptureDate) + ") a été enregistrée.\n\n"
            + "Allocation nette perçue : " + FrenchFormat.euros(facts.netReceivedCents()) + "\n"
            + "Remboursement : " + FrenchFormat.euros(result.reimbursementCents()) + "\n"
            + "Pénalité : " + FrenchFormat.euros(result.penaltyCents()) + "\n"
            + "Total dû : " + FrenchFormat.euros(result.dueCents()) + "\n"
            + PAYER_NAME.find(execution).map(p -> "Payeur de votre allocation : " + p + ".\n").orElse("") + "\n"
            + "Ce montant a été calculé automatiquement par la table de décision « " + result.decidedBy().substring(0, at)
            + " », version " + result.decidedBy().substring(at + 2) + ". Vous pouvez en obtenir les règles sur demande"
            + " (article L311-3-1 du code des relations entre le public et l'administration).", letter.id());
  }
}
