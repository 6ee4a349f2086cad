package fr.engagements.cesp.allocation;

import fr.engagements.cesp.application.CespApplication.OfferStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Informer la campagne" ({@code cesp-contract}) after 30 days without signature. */
@Component("reportCespOfferLapsedDelegate")
class ReportCespOfferLapsedDelegate implements JavaDelegate {

  private final Allocation allocation;

  ReportCespOfferLapsedDelegate(Allocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    allocation.recordAnswer(execution.getProcessBusinessKey(), OfferStatus.EXPIRED);
  }
}
