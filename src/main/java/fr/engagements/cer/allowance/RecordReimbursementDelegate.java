package fr.engagements.cer.allowance;

import fr.engagements.process.ModelProperties;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Calculer le remboursement" (CER_F3): the net allowance received becomes due; the element's
 * extension property {@code reason} says why (withdrawal, project not filed, breach).
 */
@Component("recordReimbursementDelegate")
public class RecordReimbursementDelegate implements JavaDelegate {

  private final CerAllowance allowance;

  RecordReimbursementDelegate(CerAllowance allowance) {
    this.allowance = allowance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reason = ModelProperties.of(execution, "reason").orElse("Fin anticipée du CER");
    allowance.recordReimbursement(execution, reason);
  }
}
