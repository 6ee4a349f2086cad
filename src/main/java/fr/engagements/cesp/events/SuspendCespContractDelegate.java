package fr.engagements.cesp.events;

import static fr.engagements.cesp.CespContractProcess.*;

import java.time.LocalDate;

import fr.engagements.cesp.contract.Commitment;
import fr.engagements.cesp.privacy.RestrictedData;
import fr.engagements.process.CaseInputException;
import fr.engagements.process.InputCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

/**
 * "Suspendre le contrat" (CESP_10): the allowance and the commitment clock stop. The reason and any health
 * evidence are special-category data: transient variables only, kept in the restricted store (cng, ars).
 */
@Component("suspendCespContractDelegate")
class SuspendCespContractDelegate implements JavaDelegate {

  private final RestrictedData restricted;
  private final Commitment commitment;

  SuspendCespContractDelegate(RestrictedData restricted, Commitment commitment) {
    this.restricted = restricted;
    this.commitment = commitment;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RestrictedData.requireTransient(execution, SUSPENSION_REASON.name(), "Le motif de suspension");
    RestrictedData.requireTransient(execution, HEALTH_EVIDENCE.name(), "Le justificatif de santé");
    InputCheck check = new InputCheck(execution);
    SuspensionReason reason = check.choice(SUSPENSION_REASON, "Le motif de suspension", SuspensionReason.class, true);
    LocalDate since = check.date(SUSPENSION_DATE, "La date de début de la suspension", true);
    FileValue evidence = check.pdf(HEALTH_EVIDENCE, "Le justificatif de santé", false);
    if (evidence != null && reason != SuspensionReason.ILLNESS) {
      check.problem("Un justificatif de santé n'est demandé que pour une suspension pour maladie : ne le joignez pas.");
    }
    check.done();
    if (Boolean.TRUE.equals(SUSPENDED.get(execution))) {
      throw CaseInputException.conflict("Le contrat " + execution.getProcessBusinessKey() + " est déjà suspendu depuis le "
          + SUSPENDED_SINCE.get(execution) + ".");
    }
    restricted.storeSuspension(execution.getProcessBusinessKey(), reason.name(), since, evidence);
    SUSPENDED.set(execution, true);
    SUSPENDED_SINCE.set(execution, since);
    SUSPENSION_COUNT.set(execution, SUSPENSION_COUNT.find(execution).orElse(0) + 1);
    commitment.suspended(execution);
  }
}
