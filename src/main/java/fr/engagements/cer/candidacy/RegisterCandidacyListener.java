package fr.engagements.cer.candidacy;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** On "Candidature déposée": checks the start variables, registers the candidacy and sends the applicant its receipt. */
@Component("registerCandidacyListener")
public class RegisterCandidacyListener implements ExecutionListener {

  private final CandidacyService candidacies;
  private final ApplicantNotifier applicant;

  RegisterCandidacyListener(CandidacyService candidacies, ApplicantNotifier applicant) {
    this.candidacies = candidacies;
    this.applicant = applicant;
  }

  @Override
  public void notify(DelegateExecution execution) {
    candidacies.register(execution);
    // the receipt (issue 13): the case's number, from the first minute, and where to follow it
    applicant.decision(execution, "Accusé de réception de votre candidature au CER", "Votre candidature au Contrat"
        + " d'Engagement Recherche (campagne " + CerCandidacyProcess.CAMPAIGN_YEAR.get(execution) + ") est enregistrée le "
        + FrenchFormat.day(ClockUtil.getCurrentTime()) + " sous le numéro " + execution.getProcessBusinessKey() + ". Rappelez ce"
        + " numéro dans vos échanges. Vous suivez son avancement, ses étapes et ses courriers dans « Mes dossiers ».");
  }
}
