package fr.engagements.cer.publicservice;

import static fr.engagements.cer.CerPublicServiceProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerPublicServiceProcess;
import fr.engagements.letter.DecisionLetters;
import fr.engagements.letter.LetterKind;
import fr.engagements.letter.LetterRequest;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.SystemCalls;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The letter that ends the public-service obligation (CER_F3): fulfilled, or breached with the amount and its basis. */
@Component
class PublicServiceLetter {

  private final DecisionLetters letters;
  private final ApplicantNotifier applicant;

  PublicServiceLetter(DecisionLetters letters, ApplicantNotifier applicant) {
    this.letters = letters;
    this.applicant = applicant;
  }

  void fulfilled(DelegateExecution execution) {
    int owed = CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.find(execution).orElse(0);
    int served = SERVED_MONTHS.find(execution).orElse(0);
    long id = letters.issue(request(execution, "FULFILLED")).id();
    applicant.decision(execution, "Obligation de service public du CER remplie", "Votre obligation de service public (CER_F3)"
        + " est remplie : " + served + " mois de service validés pour " + owed + " mois dus. Aucune somme ne vous est réclamée.",
        id);
  }

  void send(DelegateExecution execution) {
    long due = CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS.get(execution);
    var services = execution.getProcessEngineServices();
    int version = SystemCalls.asSystem(services.getIdentityService(), () -> services.getRepositoryService()
        .createDecisionDefinitionQuery().decisionDefinitionKey(CerPublicServiceProcess.REIMBURSEMENT_DECISION).latestVersion()
        .singleResult().getVersion());
    long id = letters.issue(request(execution, "BREACHED").decidedBy(CerPublicServiceProcess.REIMBURSEMENT_DECISION, version)).id();
    applicant.decision(execution, "Obligation de service public du CER non remplie", "Votre obligation de service public"
        + " (CER_F3) n'est pas remplie : " + BREACH_REASON.find(execution).orElse("") + ". Le remboursement des sommes"
        + " versées vous est réclamé : " + FrenchFormat.euros(due) + " (" + REIMBURSEMENT_EXPLANATION.find(execution)
        .orElse("") + ").", id);
  }

  private static LetterRequest request(DelegateExecution execution, String decision) {
    return LetterRequest.of(execution, CerPublicServiceProcess.KEY, LetterKind.CER_PUBLIC_SERVICE, 1, decision)
        .with("owedMonths", CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.find(execution).orElse(0))
        .with("servedMonths", SERVED_MONTHS.find(execution).orElse(0))
        .with("serviceDeadline", SERVICE_DEADLINE.find(execution).orElse(null))
        .with("breachReason", BREACH_REASON.find(execution).orElse(null))
        .with("reimbursementCents", CerCandidacyProcess.REIMBURSEMENT_DUE_CENTS.find(execution).orElse(null))
        .with("basis", REIMBURSEMENT_BASIS.find(execution).orElse(null))
        .with("basisExplanation", REIMBURSEMENT_EXPLANATION.find(execution).orElse(null))
        .with("netPaidCents", NET_PAID_CENTS.find(execution).orElse(null))
        .with("grossPaidCents", GROSS_PAID_CENTS.find(execution).orElse(null));
  }
}
