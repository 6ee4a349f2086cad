package fr.engagements.cesp.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Verser l'allocation mensuelle" ({@code cesp-contract}, CESP_2). */
@Component("payCespAllowanceDelegate")
class PayCespAllowanceDelegate implements JavaDelegate {

  private final CespAllowance allowance;

  PayCespAllowanceDelegate(CespAllowance allowance) {
    this.allowance = allowance;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allowance.payDueMonth(execution);
  }
}
