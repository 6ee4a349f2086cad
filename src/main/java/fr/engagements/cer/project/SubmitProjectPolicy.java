package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.cer.candidacy.DocumentLabels;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * {@code submitProject}: the applicant files the medico-scientific project (CER_O1, CER_P2): any
 * specialty and subdivision (CER_P4; the reference lists only suggest), at least 6 months of research
 * (CER_O2), and the four documents. A resubmission keeps the documents not replaced. Submitting opens
 * a new round of signatures.
 */
@Component
class SubmitProjectPolicy extends BaseTaskPolicy {

  /** The 3rd cycle lasts at most 6 years. */
  static final int MAX_RESEARCH_MONTHS = 72;
  static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final CerCampaigns campaigns;
  private final SignatureRound round;

  SubmitProjectPolicy(CerCampaigns campaigns, SignatureRound round) {
    super(CerCandidacyProcess.KEY, Tasks.SUBMIT_PROJECT,
        Stream.concat(Stream.of(SPECIALTY, SUBDIVISION, RESEARCH_MONTHS), PROJECT_DOSSIER.stream()).toList());
    this.campaigns = campaigns;
    this.round = round;
  }

  @Override
  public void onCreate(DelegateTask task) {
    String deadline = campaigns.get(CAMPAIGN_YEAR.get(task)).getProjectDeadline().format(FRENCH_DATE);
    StringBuilder description = new StringBuilder("Déposez votre projet médico-scientifique au plus tard le ").append(deadline)
        .append(" (CER_O1) : spécialité, subdivision, au moins ").append(MIN_RESEARCH_MONTHS)
        .append(" mois de recherche au 3e cycle, projet scientifique, maquette, preuve des prérequis et CV.");
    LAST_REFUSAL.find(task).ifPresent(refusal -> description.append(" Dernier refus : ").append(refusal));
    task.setDescription(description.length() > 4000 ? description.substring(0, 4000) : description.toString());
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    check.text(SPECIALTY, "La spécialité (DES)", InputCheck.MAX_SHORT_TEXT, true);
    check.text(SUBDIVISION, "La subdivision", InputCheck.MAX_SHORT_TEXT, true);
    Integer months = check.required(RESEARCH_MONTHS, "La durée de recherche au 3e cycle");
    if (months != null && months < MIN_RESEARCH_MONTHS) {
      check.problem("La durée de recherche au 3e cycle (researchMonths) doit être d'au moins " + MIN_RESEARCH_MONTHS
          + " mois en équivalent temps plein (CER_O2, CER_P2) : " + months + " mois proposé" + (months > 1 ? "s" : "") + ".");
    } else if (months != null && months > MAX_RESEARCH_MONTHS) {
      check.problem("La durée de recherche au 3e cycle (researchMonths) ne peut dépasser la durée du 3e cycle ("
          + MAX_RESEARCH_MONTHS + " mois) : " + months + " mois proposés.");
    }
    for (Var<FileValue> document : PROJECT_DOSSIER) {
      check.pdf(document, DocumentLabels.of(document.name()), true);
    }
    check.done();
    round.open(task.getExecution());
  }
}
