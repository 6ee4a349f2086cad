package fr.engagements.cer.publicservice;

import static fr.engagements.cer.CerPublicServiceProcess.*;

import java.time.LocalDate;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.CerPublicServiceProcess;
import fr.engagements.process.BaseTaskPolicy;
import fr.engagements.process.FrenchFormat;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * {@code declareServicePeriod}: the person declares a period of public service done after the residency, with its proof
 * (PDF), or that they will not serve (CER_F3); the latter needs nothing else and breaches the obligation.
 */
@Component
class DeclareServicePeriodPolicy extends BaseTaskPolicy {

  DeclareServicePeriodPolicy() {
    super(CerPublicServiceProcess.KEY, Tasks.DECLARE_SERVICE_PERIOD, SERVICE_START, SERVICE_END, SERVICE_EMPLOYER, SERVICE_PROOF,
        WILL_NOT_SERVE);
  }

  @Override
  public void onCreate(DelegateTask task) {
    int owed = CerCandidacyProcess.SERVICE_OBLIGATION_MONTHS.find(task).orElse(0);
    int served = SERVED_MONTHS.find(task).orElse(0);
    task.setDescription("Vous devez " + owed + " mois de service public hors internat (un par mois d'allocation versé, CER_F3),"
        + " après votre internat (fin prévue le " + RESIDENCY_END.find(task).map(FrenchFormat::day).orElse("?") + ") et au plus"
        + " tard le " + SERVICE_DEADLINE.find(task).map(FrenchFormat::day).orElse("?") + ". Mois validés à ce jour : " + served
        + ". Déclarez une période de service accomplie avec son justificatif (PDF), ou déclarez que vous n'accomplirez pas"
        + " ce service : le remboursement des sommes versées vous sera alors réclamé.");
    // each declaration is judged afresh; the previous ones stay in history
    for (var var : java.util.List.of(SERVICE_START, SERVICE_END)) {
      var.set(task.getExecution(), null);
    }
    SERVICE_EMPLOYER.set(task.getExecution(), null);
    WILL_NOT_SERVE.set(task.getExecution(), false);
  }

  @Override
  public void onComplete(DelegateTask task) {
    InputCheck check = new InputCheck(task);
    Boolean refuses = check.optional(WILL_NOT_SERVE, "La déclaration de renoncement au service public");
    if (Boolean.TRUE.equals(refuses)) {
      check.done();
      return;
    }
    LocalDate start = check.date(SERVICE_START, "Le début de la période de service", true);
    LocalDate end = check.date(SERVICE_END, "La fin de la période de service", true);
    check.text(SERVICE_EMPLOYER, "L'établissement ou le service public employeur", 300, true);
    check.pdf(SERVICE_PROOF, "Le justificatif de service (attestation de l'employeur)", true);
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), fr.engagements.config.EngineClock.ZONE);
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        check.problem("La fin de la période (" + FrenchFormat.day(end) + ") précède son début (" + FrenchFormat.day(start) + ").");
      } else if (PublicServiceObligation.months(start, end) < 1) {
        check.problem("La période déclarée doit couvrir au moins un mois entier.");
      }
      if (end.isAfter(today)) {
        check.problem("La période déclarée doit être accomplie : sa fin (" + FrenchFormat.day(end) + ") est postérieure à"
            + " aujourd'hui.");
      }
      RESIDENCY_END.find(task).filter(start::isBefore).ifPresent(residencyEnd -> check.problem("Le service public dû est"
          + " accompli après l'internat (hors internat, CER_F3) : la période commence le " + FrenchFormat.day(start)
          + ", avant la fin prévue de l'internat le " + FrenchFormat.day(residencyEnd) + "."));
    }
    check.done();
  }
}
