package fr.engagements.cer.allowance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Verser l'allocation mensuelle" (CER_F1). */
@Component("payAllowanceDelegate")
public class PayAllowanceDelegate implements JavaDelegate {

  private final CerAllowance allowance;

  PayAllowanceDelegate(CerAllowance allowance) {
    this.allowance = allowance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allowance.payDueMonth(execution);
  }
}
