package fr.engagements.cesp.application;

import fr.engagements.cesp.CespContractProcess;
import fr.engagements.notification.ApplicantNotifier;
import fr.engagements.process.FrenchFormat;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * On "Candidature déposée" ({@code cesp-contract}): checks the start variables, registers the application and sends the
 * applicant its receipt.
 */
@Component("registerCespApplicationListener")
class RegisterCespApplicationListener implements ExecutionListener {

  private final CespApplications applications;
  private final ApplicantNotifier applicant;

  RegisterCespApplicationListener(CespApplications applications, ApplicantNotifier applicant) {
    this.applications = applications;
    this.applicant = applicant;
  }

  @Override
  public void notify(DelegateExecution execution) {
    applications.register(execution);
    // the receipt (issue 13): the case's number, from the first minute, and where to follow it
    applicant.decision(execution, "Accusé de réception de votre candidature au CESP", "Votre candidature au Contrat"
        + " d'Engagement de Service Public (campagne " + CespContractProcess.CAMPAIGN_YEAR.get(execution) + ") est enregistrée le "
        + FrenchFormat.day(ClockUtil.getCurrentTime()) + " sous le numéro " + execution.getProcessBusinessKey() + ". Rappelez ce"
        + " numéro dans vos échanges. Vous suivez son avancement, ses étapes et ses courriers dans « Mes dossiers ».");
  }
}
