package fr.engagements.cer.project;

import static fr.engagements.cer.CerCandidacyProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.campaign.CerCampaigns;
import fr.engagements.cer.candidacy.DocumentLabels;
import fr.engagements.directory.Directory;
import fr.engagements.directory.Institution;
import fr.engagements.directory.InstitutionKind;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.InputCheck;
import fr.engagements.process.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * {@code submitProject}: the applicant files the medico-scientific project (CER_O1, CER_P2): any
 * specialty in any subdivision of the national lists (CER_P4), the laboratory, host department and faculty
 * from the directory (CER_P11: their agents sign), at least 6 months of research
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
  private final Directory directory;

  SubmitProjectPolicy(CerCampaigns campaigns, SignatureRound round, Directory directory) {
    super(CerCandidacyProcess.KEY, Tasks.SUBMIT_PROJECT, Stream.concat(Stream.of(SPECIALTY, SUBDIVISION, RESEARCH_MONTHS,
        LABORATORY, HOST_DEPARTMENT, FACULTY), PROJECT_DOSSIER.stream()).toList());
    this.campaigns = campaigns;
    this.round = round;
    this.directory = directory;
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
    String specialty = check.text(SPECIALTY, "La spécialité (DES)", InputCheck.MAX_SHORT_TEXT, true);
    String subdivision = check.text(SUBDIVISION, "La subdivision", InputCheck.MAX_SHORT_TEXT, true);
    if (specialty != null && directory.specialty(specialty).isEmpty()) {
      check.problem("La spécialité (specialty) « " + specialty + " » n'est pas un DES de la liste nationale.");
    }
    if (subdivision != null && directory.subdivision(subdivision).isEmpty()) {
      check.problem("La subdivision (subdivision) « " + subdivision + " » n'est pas une subdivision de la liste nationale.");
    }
    // CER_P11: the actors who sign are those of the institutions the project names, chosen from the directory
    institution(check, LABORATORY, InstitutionKind.LABORATORY, "Le laboratoire de rattachement");
    institution(check, HOST_DEPARTMENT, InstitutionKind.DEPARTMENT, "Le service hospitalier d'accueil");
    institution(check, FACULTY, InstitutionKind.FACULTY, "La faculté d'accueil");
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
    // the contract's values are the lists' names, whatever the form sent (name or code)
    SPECIALTY.set(task.getExecution(), directory.specialty(specialty).orElseThrow().name());
    SUBDIVISION.set(task.getExecution(), directory.subdivision(subdivision).orElseThrow().name());
    round.open(task.getExecution());
  }

  private void institution(InputCheck check, Var<String> variable, InstitutionKind kind, String label) {
    String code = check.text(variable, label, InputCheck.MAX_SHORT_TEXT, true);
    if (code != null && directory.institution(kind, code).filter(Institution::isActive).isEmpty()) {
      check.problem(label + " (" + variable.name() + ") « " + code + " » n'est pas dans l'annuaire : choisissez-le dans la liste,"
          + " ou demandez au secrétariat de l'y ajouter.");
    }
  }
}
