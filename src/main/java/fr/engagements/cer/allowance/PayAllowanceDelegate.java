package fr.engagements.cer.allowance;

import fr.engagements.cer.CerCandidacyProcess;
import fr.engagements.cer.publicservice.PublicServiceObligation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Verser l'allocation mensuelle" (CER_F1), in the candidacy and, once it closed, in its public-service follow-up. When the
 * allowance of a candidacy still open has run to its end, the public-service obligation begins (CER_F3).
 */
@Component("payAllowanceDelegate")
public class PayAllowanceDelegate implements JavaDelegate {

  private final CerAllowance allowance;
  private final PublicServiceObligation obligation;

  PayAllowanceDelegate(CerAllowance allowance, PublicServiceObligation obligation) {
    this.allowance = allowance;
    this.obligation = obligation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allowance.payDueMonth(execution);
    if (!CerCandidacyProcess.ALLOWANCE_ACTIVE.get(execution) && execution.getProcessDefinitionId().startsWith(CerCandidacyProcess.KEY + ":")) {
      obligation.handOver(execution, false);
    }
  }
}
