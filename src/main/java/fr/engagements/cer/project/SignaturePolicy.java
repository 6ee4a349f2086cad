package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerCandidacyProcess.Signer;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * One signature of the project (CER_P3): the signer agrees or refuses; a refusal needs its reason,
 * which goes back to the applicant. One bean per {@link Signer}, registered by {@link SignaturePolicies}.
 */
class SignaturePolicy extends BaseTaskPolicy {

  private final Signer signer;
  private final SignatureRound round;

  SignaturePolicy(Signer signer, SignatureRound round) {
    super(CerCandidacyProcess.KEY, signer.taskKey(), signer.approved(), signer.comment());
    this.signer = signer;
    this.round = round;
  }

  @Override
  public void onCreate(DelegateTask task) {
    String role = Character.toUpperCase(signer.role().charAt(0)) + signer.role().substring(1);
    String what = signer == Signer.ARS
        ? role + " : accordez ou refusez l'ouverture d'un poste supplémentaire d'interne dans la subdivision pour le projet de "
        : role + " : accordez ou refusez votre signature au projet de ";
    StringBuilder description = new StringBuilder(what)
        .append(APPLICANT_NAME.find(task).orElse("la candidate ou du candidat"))
        .append(" : ").append(SPECIALTY.find(task).orElse("?"))
        .append(" à ").append(SUBDIVISION.find(task).orElse("?"))
        .append(", ").append(RESEARCH_MONTHS.find(task).map(String::valueOf).orElse("?")).append(" mois de recherche")
        .append(" (tour de signatures n°").append(PROJECT_ROUND.find(task).orElse(1)).append(").");
    String soFar = round.decisionsSoFar(task);
    if (!soFar.isEmpty()) {
      description.append(" Déjà décidé : ").append(soFar).append('.');
    }
    description.append(" Un refus, motivé, renvoie le projet au demandeur (CER_P3).");
    task.setDescription(description.toString());
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean approved = check.required(signer.approved(), "Votre décision");
    check.text(signer.comment(), "Le motif", InputCheck.MAX_TEXT, Boolean.FALSE.equals(approved));
    check.done();
    round.recordSigner(task, signer);
  }
}
