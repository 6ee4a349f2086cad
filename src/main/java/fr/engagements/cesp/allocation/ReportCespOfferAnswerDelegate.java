package fr.engagements.cesp.allocation;

import static fr.engagements.cesp.CespContractProcess.*;

import fr.engagements.cesp.application.CespApplication.OfferStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Informer la campagne" ({@code cesp-contract}) after the signature or the refusal. */
@Component("reportCespOfferAnswerDelegate")
class ReportCespOfferAnswerDelegate implements JavaDelegate {

  private final Allocation allocation;

  ReportCespOfferAnswerDelegate(Allocation allocation) {
    this.allocation = allocation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean signed = Boolean.TRUE.equals(CONTRACT_SIGNED.get(execution));
    allocation.recordAnswer(execution.getProcessBusinessKey(), signed ? OfferStatus.SIGNED : OfferStatus.DECLINED);
  }
}
